import { messages } from '../../i18n';
import type { ChartModel } from './chartModel';

/** Grid, tick labels and axis titles, rendered by React from the scales' ticks. */
export function ChartAxes({ model }: { model: ChartModel }) {
  const { plot, fontSize, xTicks, yTicks, accuracyTicks } = model;
  const t = messages.chart;
  const middleY = (plot.top + plot.bottom) / 2;
  return (
    <g className="loss-chart__axes" aria-hidden="true">
      {yTicks.map((tick) => (
        <g key={`y-${tick.value}`} transform={`translate(0,${tick.position})`}>
          <line className="loss-chart__grid" x1={plot.left} x2={plot.right} />
          <text x={plot.left - 6} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <g key={`x-${tick.value}`} transform={`translate(${tick.position},0)`}>
          <line className="loss-chart__tick" y1={plot.bottom} y2={plot.bottom + 4} />
          <text y={plot.bottom + 6} dy="0.71em" textAnchor={tick.anchor}>
            {tick.label}
          </text>
        </g>
      ))}
      {accuracyTicks.map((tick) => (
        <g key={`a-${tick.value}`} transform={`translate(${plot.right},${tick.position})`}>
          <line className="loss-chart__tick" x2={4} />
          <text x={6} dy="0.32em">
            {tick.label}
          </text>
        </g>
      ))}
      <line className="loss-chart__domain" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      <line className="loss-chart__domain" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      <text x={(plot.left + plot.right) / 2} y={model.height - 4} textAnchor="middle">
        {t.stepAxis}
      </text>
      <text transform={`translate(${fontSize},${middleY}) rotate(-90)`} textAnchor="middle">
        {t.lossAxis}
      </text>
      {accuracyTicks.length > 0 && (
        <text transform={`translate(${model.width - 4},${middleY}) rotate(-90)`} textAnchor="middle">
          {t.accuracyAxis}
        </text>
      )}
    </g>
  );
}
