import { memo } from 'react';
import type { PointMark } from '../../viz/boundary';

interface PointGlyphProps {
  set: PointMark['set'];
  label: PointMark['label'];
  cx: number;
  cy: number;
  radius: number;
  /** Attributes for the point itself (its data-set, data-index, …), not for its halo. */
  data?: Record<string, string | number | undefined>;
}

/**
 * One point: class 0 a square, class 1 (and a regression sample) a circle. A training point's
 * white ring lies on a dark halo: the ring alone, like the orange and blue fills, fades into the
 * light heatmap (1.0–2.6:1), the halo keeps 3:1 against every colour of it (WCAG 1.4.11).
 */
export function PointGlyph({ set, label, cx, cy, radius, data }: PointGlyphProps) {
  const kind = label === null ? 'value' : `class${label}`;
  const shape = (className: string, attributes?: PointGlyphProps['data']) =>
    label === 0 ? (
      <rect
        className={className}
        {...attributes}
        x={cx - radius * 0.9}
        y={cy - radius * 0.9}
        width={radius * 1.8}
        height={radius * 1.8}
      />
    ) : (
      <circle className={className} {...attributes} cx={cx} cy={cy} r={radius} />
    );
  const point = shape(`boundary__point boundary__point--${set} boundary__point--${kind}`, data);
  if (set === 'test') return point;
  return (
    <>
      {shape('boundary__halo')}
      {point}
    </>
  );
}

interface PointMarksProps {
  marks: readonly PointMark[];
  radius: number;
}

/**
 * The data points. Class is told by shape as well as colour (class 1 a circle, class 0 a square),
 * and train from test by the outline (a white ring on a thin dark halo for train, a thicker dark
 * ring for test), so nothing depends on colour alone. Memoised: the points rarely change while the
 * heatmap redraws every frame.
 */
export const PointMarks = memo(function PointMarks({ marks, radius }: PointMarksProps) {
  return (
    <g className="boundary__points">
      {marks.map((mark) => (
        <PointGlyph
          key={`${mark.set}${mark.index}`}
          set={mark.set}
          label={mark.label}
          cx={mark.cx}
          cy={mark.cy}
          radius={radius}
          data={{ 'data-set': mark.set, 'data-index': mark.index, 'data-label': mark.label ?? undefined }}
        />
      ))}
    </g>
  );
});
