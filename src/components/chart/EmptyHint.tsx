import type { TextBlock } from '../../viz/chartTextLayout';

/**
 * The hint shown before the first step, drawn inside the plot in the lines the chart model wrapped
 * it into, so it stays clear of the axes and their titles at any chart width.
 */
export function EmptyHint({ hint }: { hint: TextBlock }) {
  return (
    <text className="loss-chart__empty" x={hint.x} y={hint.y} fontSize={hint.fontSize} textAnchor="middle">
      {hint.lines.map((line, i) => (
        <tspan key={i} x={hint.x} dy={i === 0 ? 0 : hint.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
