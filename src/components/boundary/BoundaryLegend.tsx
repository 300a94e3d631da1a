import { memo, type ReactNode } from 'react';
import { messages } from '../../i18n';
import { PointGlyph } from './PointMarks';

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
  const point = (set: 'train' | 'test', label: 0 | 1 | null) => (
    <PointGlyph set={set} label={label} cx={0} cy={0} radius={6} />
  );
  const entries = curve
    ? [
        entry('curve', <line className="boundary__curve" x1={-8} x2={8} />, t.legendCurve),
        entry('train', point('train', null), t.legendTrain),
        entry('test', point('test', null), t.legendTest),
      ]
    : [
        entry('class0', point('train', 0), t.legendClass0),
        entry('class1', point('train', 1), t.legendClass1),
        entry('train', point('train', null), t.legendTrain),
        entry('test', point('test', null), t.legendTest),
      ];
  return (
    <ul className="boundary__legend" aria-label={t.legend}>
      {entries}
    </ul>
  );
});
