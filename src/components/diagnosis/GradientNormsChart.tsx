import { memo, useMemo, useRef } from 'react';
import { format, messages } from '../../i18n';
import { normsChart, type NormsPoint } from '../../viz/gradientHealth';
import { useElementSize } from '../graph/useElementSize';

const t = messages.diagnosis;

/** ‖dL/dW‖ of each layer over the updates (Step and Play), log scale, one labelled line per layer. */
export const GradientNormsChart = memo(function GradientNormsChart({
  points,
  fontSize,
}: {
  points: readonly NormsPoint[];
  fontSize: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(ref, { width: 320, height: 0 });
  const height = fontSize * 11;
  const layout = useMemo(
    () => normsChart(points, width, height, fontSize),
    [points, width, height, fontSize],
  );
  return (
    <div ref={ref} className="gradient-norms">
      {layout ? (
        <svg
          role="img"
          aria-label={t.chartLabel}
          data-testid="gradient-norms"
          width={layout.width}
          height={layout.height}
          fontSize={fontSize}
        >
          <rect
            x={layout.plot.left}
            y={layout.plot.top}
            width={layout.plot.right - layout.plot.left}
            height={layout.plot.bottom - layout.plot.top}
            className="gradient-plot"
          />
          {layout.yTicks.map((tick) => (
            <text
              key={tick.label}
              x={layout.plot.left - 4}
              y={tick.position + fontSize * 0.35}
              textAnchor="end"
            >
              {tick.label}
            </text>
          ))}
          {layout.xTicks.map((tick) => (
            <text key={tick.label} x={tick.position} y={layout.height - fontSize * 0.3} textAnchor="middle">
              {tick.label}
            </text>
          ))}
          {layout.series.map((s) => (
            <g key={s.layer} data-series={s.layer}>
              <path d={s.path} stroke={s.color} fill="none" strokeWidth={2} />
              <text
                x={layout.plot.right + 3}
                y={s.labelY + fontSize * 0.35}
                className="gradient-series-label"
              >
                {format(t.layerShort, { layer: s.layer })}
              </text>
            </g>
          ))}
        </svg>
      ) : (
        <p className="hint">{t.chartHint}</p>
      )}
    </div>
  );
});
