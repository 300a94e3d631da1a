import { messages } from '../../i18n';
import type { ChartModel } from '../../viz/chartModel';
import { CENTRE_BASELINE_EM, TICK_PAD } from '../../viz/chartTextLayout';

/** Grid, tick labels and axis titles, rendered by React at the positions the chart model chose. */
export function ChartAxes({ model }: { model: ChartModel }) {
  const { plot, xTicks, yTicks, accuracyTicks, titles } = model;
  const t = messages.chart;
  const centred = `${CENTRE_BASELINE_EM}em`;
  return (
    <g className="loss-chart__axes" aria-hidden="true">
      {yTicks.map((tick) => (
        <g key={`y-${tick.value}`} transform={`translate(0,${tick.position})`}>
          <line className="loss-chart__grid" x1={plot.left} x2={plot.right} />
          <text x={plot.left - TICK_PAD} dy={centred} textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <g key={`x-${tick.value}`} transform={`translate(${tick.position},0)`}>
          <line className="loss-chart__tick" y1={plot.bottom} y2={plot.bottom + 4} />
          <text y={model.xLabelY} textAnchor={tick.anchor}>
            {tick.label}
          </text>
        </g>
      ))}
      {accuracyTicks.map((tick) => (
        <g key={`a-${tick.value}`} transform={`translate(${plot.right},${tick.position})`}>
          <line className="loss-chart__tick" x2={4} />
          <text x={TICK_PAD} dy={centred}>
            {tick.label}
          </text>
        </g>
      ))}
      <line className="loss-chart__domain" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      <line className="loss-chart__domain" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      <text x={titles.step.x} y={titles.step.y} textAnchor="middle">
        {t.stepAxis}
      </text>
      <text transform={`translate(${titles.loss.x},${titles.loss.y}) rotate(-90)`} textAnchor="middle">
        {t.lossAxis}
      </text>
      {titles.accuracy !== null && (
        <text
          transform={`translate(${titles.accuracy.x},${titles.accuracy.y}) rotate(-90)`}
          textAnchor="middle"
        >
          {t.accuracyAxis}
        </text>
      )}
    </g>
  );
}
