import { messages } from '../../i18n';
import type { DrawnSeries } from '../../viz/chartModel';

/** One entry per drawn series, its swatch styled by the same class as its line. */
export function ChartLegend({ series }: { series: readonly DrawnSeries[] }) {
  if (series.length === 0) return null;
  return (
    <ul className="loss-chart__legend" aria-label={messages.chart.legend}>
      {series.map((s) => (
        <li key={s.key}>
          <svg className="loss-chart__swatch" width="28" height="12" aria-hidden="true">
            <line
              className={`loss-chart__series loss-chart__series--${s.key}`}
              x1="2"
              x2="26"
              y1="6"
              y2="6"
            />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
