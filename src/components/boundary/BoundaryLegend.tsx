import { memo, type ReactNode } from 'react';
import { messages } from '../../i18n';

/** What the shapes, outlines and colours mean; for the curve, the line and the two point styles. */
export const BoundaryLegend = memo(function BoundaryLegend({ curve }: { curve: boolean }) {
  const t = messages.boundary;
  const entry = (key: string, swatch: ReactNode, text: string) => (
    <li key={key}>
      <svg
        className="boundary__legend-swatch"
        width="18"
        height="14"
        viewBox="-9 -7 18 14"
        aria-hidden="true"
      >
        {swatch}
      </svg>
      {text}
    </li>
  );
  const point = (set: 'train' | 'test', kind: 'class0' | 'class1' | 'value') =>
    kind === 'class0' ? (
      <rect
        className={`boundary__point boundary__point--${set} boundary__point--${kind}`}
        x={-5.5}
        y={-5.5}
        width={11}
        height={11}
      />
    ) : (
      <circle className={`boundary__point boundary__point--${set} boundary__point--${kind}`} r={6} />
    );
  const entries = curve
    ? [
        entry('curve', <line className="boundary__curve" x1={-8} x2={8} />, t.legendCurve),
        entry('train', point('train', 'value'), t.legendTrain),
        entry('test', point('test', 'value'), t.legendTest),
      ]
    : [
        entry('class0', point('train', 'class0'), t.legendClass0),
        entry('class1', point('train', 'class1'), t.legendClass1),
        entry('train', <circle className="boundary__legend-train" r={6} />, t.legendTrain),
        entry('test', <circle className="boundary__legend-test" r={6} />, t.legendTest),
      ];
  return (
    <ul className="boundary__legend" aria-label={t.legend}>
      {entries}
    </ul>
  );
});
