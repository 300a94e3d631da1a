import { memo, useMemo, useRef } from 'react';
import type { GradientHealth } from '../../engine';
import { format, messages } from '../../i18n';
import { formatValue } from '../../viz/format';
import { BAR_COLORS, healthBars } from '../../viz/gradientHealth';
import { useElementSize } from '../graph/useElementSize';

const t = messages.diagnosis;

/** ‖dL/dW‖ and mean |dL/dz| of every layer as bars on a log scale, layer 1 on top, values written beside. */
export const GradientBars = memo(function GradientBars({
  health,
  fontSize,
}: {
  health: GradientHealth;
  fontSize: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(ref, { width: 320, height: 0 });
  const layout = useMemo(() => healthBars(health, width, fontSize), [health, width, fontSize]);
  return (
    <div ref={ref} className="gradient-bars">
      <ul className="gradient-legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: BAR_COLORS.weightGradNorm }} /> {t.weightNorm}
        </li>
        <li>
          <span className="swatch" style={{ background: BAR_COLORS.meanAbsDz }} /> {t.meanDz}
        </li>
      </ul>
      <svg
        role="img"
        aria-label={t.barsLabel}
        data-testid="gradient-bars"
        width={layout.width}
        height={layout.height}
        fontSize={fontSize}
      >
        {layout.rows.map((row) => {
          const [norm, dz] = row.bars;
          return (
            <g
              key={row.layer}
              data-layer={row.layer}
              data-weight-grad-norm={norm!.value}
              data-mean-abs-dz={dz!.value}
            >
              <title>
                {format(t.barTitle, {
                  layer: row.layer,
                  norm: formatValue(norm!.value),
                  dz: formatValue(dz!.value),
                })}
              </title>
              <text x={0} y={row.labelY} className="gradient-layer">
                {format(t.layerShort, { layer: row.layer })}
              </text>
              {row.bars.map((bar) => (
                <g key={bar.kind}>
                  <rect
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                    fill={BAR_COLORS[bar.kind]}
                  />
                  <text x={bar.labelX} y={bar.y + bar.height - 1}>
                    {formatValue(bar.value)}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
        <line
          x1={layout.plotLeft}
          x2={layout.width - fontSize * 5.5}
          y1={layout.axisY}
          y2={layout.axisY}
          className="gradient-axis"
        />
        {layout.ticks.map((tick) => (
          <text
            key={tick.label}
            x={tick.position}
            y={layout.axisY + fontSize * 1.1}
            textAnchor="middle"
            className="gradient-tick"
          >
            {tick.label}
          </text>
        ))}
      </svg>
    </div>
  );
});
