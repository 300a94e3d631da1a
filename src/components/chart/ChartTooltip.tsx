import type { LossPoint } from '../../engine';
import { describePoint } from './describePoint';

interface ChartTooltipProps {
  id: string;
  point: LossPoint;
  /** Pixel x of the point inside the chart. */
  x: number;
  top: number;
  width: number;
}

/** The hovered point's numbers, beside the crosshair and on the side with more room. */
export function ChartTooltip({ id, point, x, top, width }: ChartTooltipProps) {
  const side = x > width / 2 ? { right: width - x + 10 } : { left: x + 10 };
  return (
    <div id={id} role="tooltip" className="loss-chart__tooltip" style={{ top, ...side }}>
      {describePoint(point).map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
