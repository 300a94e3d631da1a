import type { ChartModel } from '../../viz/chartModel';

/**
 * A dashed vertical line per learning-rate change or non-finite run, its label in the top margin.
 * All lines go first so that no line is painted across another marker's label.
 */
export function ChartMarkers({ model }: { model: ChartModel }) {
  const { plot, fontSize, markers } = model;
  const className = (kind: string) => `loss-chart__marker loss-chart__marker--${kind}`;
  return (
    <g className="loss-chart__markers">
      {markers.map((marker) => (
        <g key={marker.key} className={className(marker.kind)}>
          <title>{marker.description}</title>
          <line
            x1={marker.x}
            x2={marker.x}
            y1={marker.labelY === null ? plot.top : marker.labelY - fontSize + 2}
            y2={plot.bottom}
          />
        </g>
      ))}
      {markers.map(
        (marker) =>
          marker.labelY !== null && (
            <text
              key={marker.key}
              className={className(marker.kind)}
              x={marker.textX}
              y={marker.labelY}
              textAnchor={marker.anchor}
            >
              {marker.label}
            </text>
          ),
      )}
    </g>
  );
}
