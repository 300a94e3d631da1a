import { memo } from 'react';
import type { Segment } from '../../viz/layoutTypes';
import { strokeColor, strokeWidth } from '../../viz/scales';

export interface StrokeProps {
  /** w, or dL/dw during the backward pass: colour by sign, width by magnitude. */
  value: number;
  presentation: boolean;
  /** Another layer is being computed: this edge steps back. */
  dim: boolean;
  selected: boolean;
}

/** The visible line of an edge. */
export function StrokeLine({
  segment,
  value,
  presentation,
  dim,
  selected,
}: StrokeProps & { segment: Segment }) {
  return (
    <line
      className={selected ? 'graph-stroke is-selected' : 'graph-stroke'}
      x1={segment.x1}
      y1={segment.y1}
      x2={segment.x2}
      y2={segment.y2}
      stroke={strokeColor(value)}
      strokeWidth={strokeWidth(value, presentation) + (selected ? 2 : 0)}
      strokeOpacity={dim ? 0.3 : 0.9}
      strokeLinecap="round"
    />
  );
}

/**
 * An edge's line in its own layer, drawn below every label (the interactive edge elements carry a
 * transparent hit line), so no edge crosses another edge's numbers. Only used when edge labels are
 * drawn; in compact mode the edge element draws its own line (half the components to update).
 */
export const EdgeStroke = memo(StrokeLine);
