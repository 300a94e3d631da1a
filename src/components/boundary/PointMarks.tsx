import { memo } from 'react';
import type { PointMark } from '../../viz/boundary';

interface PointMarksProps {
  marks: readonly PointMark[];
  radius: number;
}

/**
 * The data points. Class is told by shape as well as colour (class 1 a circle, class 0 a square),
 * and train from test by the outline (white for train, dark and thicker for test), so nothing
 * depends on colour alone. Memoised: the points rarely change while the heatmap redraws every frame.
 */
export const PointMarks = memo(function PointMarks({ marks, radius }: PointMarksProps) {
  return (
    <g className="boundary__points">
      {marks.map((mark) => {
        const className = `boundary__point boundary__point--${mark.set} boundary__point--${
          mark.label === null ? 'value' : `class${mark.label}`
        }`;
        const common = {
          className,
          'data-set': mark.set,
          'data-index': mark.index,
          'data-label': mark.label ?? undefined,
        };
        return mark.label === 0 ? (
          <rect
            key={`${mark.set}${mark.index}`}
            {...common}
            x={mark.cx - radius * 0.9}
            y={mark.cy - radius * 0.9}
            width={radius * 1.8}
            height={radius * 1.8}
          />
        ) : (
          <circle key={`${mark.set}${mark.index}`} {...common} cx={mark.cx} cy={mark.cy} r={radius} />
        );
      })}
    </g>
  );
});
