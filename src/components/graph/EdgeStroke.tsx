import { memo } from 'react';
import type { Segment } from '../../viz/layoutTypes';

export interface StrokeProps {
  selected: boolean;
  /** Hovered or focused, on the line or on its label: both light up together. */
  emphasis?: boolean;
}

/**
 * The visible line of an edge. Its opacity comes from graph.css and its layer's group (dimmed while
 * another layer is computed): one class per layer rather than an attribute on every line. Its colour
 * and width (w, or dL/dw during the backward pass: colour by sign, width by magnitude) change with
 * every step, and useEdgeAttributes writes them.
 */
export const StrokeLine = memo(function StrokeLine({
  segment,
  selected,
  emphasis = false,
}: StrokeProps & { segment: Segment }) {
  const className = ['graph-stroke', selected && 'is-selected', emphasis && 'is-emphasis'].filter(Boolean);
  return (
    <line
      className={className.join(' ')}
      x1={segment.x1}
      y1={segment.y1}
      x2={segment.x2}
      y2={segment.y2}
      strokeLinecap="round"
    />
  );
});

/**
 * An edge's wide transparent hit line. Its own memoised element: it depends on the layout only, so a
 * step that changes every edge's numbers leaves the hit lines alone (nothing to render or commit).
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

/**
 * An edge's line in its own layer, drawn below every label (the interactive edge elements carry a
 * transparent hit line), so no edge crosses another edge's numbers. The visible line comes right
 * before its hit line, which names the edge (useEdgeAttributes finds the line that way). Only used when edge labels are
 * drawn; in compact mode the edge element draws its own line (half the components to update).
 */
export const EdgeStroke = memo(function EdgeStroke(props: StrokeProps & { segment: Segment; id: string }) {
  const { segment, id } = props;
  return (
    <>
      <StrokeLine {...props} />
      {/* The edge's hit line lives here, below every label, so no label is under another edge's hit line. */}
      <HitLine segment={segment} id={id} />
    </>
  );
});
