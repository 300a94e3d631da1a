import type { ChartModel } from './chartModel';

/** A dashed vertical line per learning-rate change or non-finite run, its label in the top margin. */
export function ChartMarkers({ model }: { model: ChartModel }) {
  const { plot, fontSize } = model;
  return (
    <g className="loss-chart__markers">
      {model.markers.map((marker) => (
        <g key={marker.key} className={`loss-chart__marker loss-chart__marker--${marker.kind}`}>
          <title>{marker.description}</title>
          <line
            x1={marker.x}
            x2={marker.x}
            y1={marker.labelY === null ? plot.top : marker.labelY - fontSize + 2}
            y2={plot.bottom}
          />
          {marker.labelY !== null && (
            <text x={marker.textX} y={marker.labelY} textAnchor={marker.anchor}>
              {marker.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}
