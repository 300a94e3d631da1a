import { memo, useId, useMemo } from 'react';
import { messages } from '../../i18n';
import { logSafe, type LossChartProps } from '../../viz/lossChart';
import { ChartAxes } from './ChartAxes';
import { ChartLegend } from './ChartLegend';
import { ChartMarkers } from './ChartMarkers';
import { ChartTooltip } from './ChartTooltip';
import { EmptyHint } from './EmptyHint';
import { describePoint } from './describePoint';
import { buildChartModel } from '../../viz/chartModel';
import { useHoverIndex } from './useHoverIndex';
import './LossChart.css';

/**
 * Loss per update as an SVG line chart: train (and test) loss, each step-by-step update's drop from
 * its batch's loss before to after it, accuracy on a secondary 0–1 axis when present, a marker at the
 * starting learning rate and wherever it changed or the loss went non-finite, and a tooltip driven by
 * the pointer or by ←/→ on the focused plot. d3 computes; React renders.
 */
export const LossChart = memo(function LossChart({
  points,
  logScale,
  onToggleLogScale,
  width = 640,
  height = 280,
  presentation = false,
}: LossChartProps) {
  const t = messages.chart;
  const tooltipId = useId();
  const model = useMemo(
    () => buildChartModel(points, { logScale, width, height, presentation }),
    [points, logScale, width, height, presentation],
  );
  const { plot, x, y } = model;
  const [index, handlers] = useHoverIndex(points, (px) => x.invert(px), width);
  const hovered = index === null ? undefined : points[index];
  const hoveredX = hovered === undefined ? 0 : x(hovered.step);
  const hoveredLoss = hovered !== undefined && Number.isFinite(hovered.loss) ? hovered.loss : null;
  const first = points[0];
  const last = points[points.length - 1];

  return (
    <figure className={`loss-chart${presentation ? ' loss-chart--presentation' : ''}`} style={{ width }}>
      <div className="loss-chart__header">
        <figcaption className="loss-chart__title">{t.title}</figcaption>
        <ChartLegend series={model.series} />
        <label className="loss-chart__toggle">
          <input type="checkbox" checked={logScale} onChange={() => onToggleLogScale()} />
          {t.logScale}
        </label>
      </div>
      <div className="loss-chart__plot">
        <svg
          data-testid="loss-chart"
          role="group"
          aria-label={t.title}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          fontSize={model.fontSize}
        >
          <ChartAxes model={model} />
          <g className="loss-chart__lines" fill="none">
            {model.series.map((s) => (
              <path key={s.key} className={`loss-chart__series loss-chart__series--${s.key}`} d={s.path} />
            ))}
            {model.afterDot !== null && (
              <circle
                className="loss-chart__after-dot"
                cx={model.afterDot.x}
                cy={model.afterDot.y}
                r={presentation ? 4 : 3}
              />
            )}
          </g>
          <ChartMarkers model={model} />
          {model.emptyHint !== null && <EmptyHint hint={model.emptyHint} />}
          {hovered !== undefined && (
            <g className="loss-chart__crosshair" aria-hidden="true">
              <line x1={hoveredX} x2={hoveredX} y1={plot.top} y2={plot.bottom} />
              {hoveredLoss !== null && (
                <circle
                  cx={hoveredX}
                  cy={y(logScale ? logSafe(hoveredLoss) : hoveredLoss)}
                  r={presentation ? 5 : 4}
                />
              )}
            </g>
          )}
          {first !== undefined && last !== undefined && (
            <rect
              className="loss-chart__overlay"
              x={plot.left}
              y={plot.top}
              width={Math.max(0, plot.right - plot.left)}
              height={Math.max(0, plot.bottom - plot.top)}
              tabIndex={0}
              role="slider"
              aria-label={t.inspect}
              aria-orientation="horizontal"
              aria-valuemin={first.step}
              aria-valuemax={last.step}
              aria-valuenow={hovered?.step ?? last.step}
              aria-valuetext={describePoint(hovered ?? last).join(', ')}
              aria-describedby={hovered === undefined ? undefined : tooltipId}
              {...handlers}
            />
          )}
        </svg>
        {hovered !== undefined && (
          <ChartTooltip id={tooltipId} point={hovered} x={hoveredX} top={plot.top} width={width} />
        )}
      </div>
    </figure>
  );
});
