import { memo } from 'react';
import type { Segment } from '../../viz/layoutTypes';

/**
 * An edge's wide transparent hit line (its visible line is drawn on the graph's canvas, EdgeCanvas).
 * Its own memoised element: it depends on the layout only, so a step that changes every edge's
 * numbers leaves the hit lines alone. With labels on the edges the hit lines sit in a layer below
 * every label and name their edge in data-hit; otherwise each edge element carries its own.
 */
export const HitLine = memo(function HitLine({ segment, id }: { segment: Segment; id?: string }) {
  return (
    <line
      className="graph-hit"
      data-hit={id}
      x1={segment.x1}
      y1={segment.y1}
      x2={segment.x2}
      y2={segment.y2}
    />
  );
});
