/**
 * What the edges' lines look like: one line per weight, coloured by sign and as wide as its
 * magnitude (w, or dL/dw during the backward pass), the layers not being computed stepped back, the
 * selected edge wider and the hovered or focused one lit up. The graph draws these lines on one
 * canvas beneath its SVG (EdgeCanvas) and the picture export writes them as SVG lines: one
 * definition for both.
 */
import type { GraphValues, ParameterValues } from './graphValues';
import type { NetworkLayout, Segment } from './layoutTypes';
import { strokeColor, strokeWidth } from './scales';

/**
 * Line opacity: normal; while another layer is computed (still 3:1 against the page and the band:
 * the line is the only sign of its edge); hovered or focused. The contrast tests read these.
 */
export const STROKE_OPACITY = { normal: 0.9, dim: 0.78, emphasis: 1 } as const;

/** The selected edge's line is this much wider; a hovered or focused one at least EMPHASIS_WIDTH. */
export const SELECTED_EXTRA_WIDTH = 2;
export const EMPHASIS_WIDTH = 5;

export interface EdgeStroke extends Segment {
  /** "L:I:J", as the edge's data-edge. */
  id: string;
  color: string;
  width: number;
  opacity: number;
}

/** w, or dL/dw during the backward pass: what an edge's line shows by colour and width. */
export function strokeValue(values: GraphValues, p: ParameterValues): number {
  return values.phase === 'backward' && p.grad !== undefined ? p.grad : p.value;
}

/**
 * Every edge's line in drawing order: layer by layer, then the selected and the hovered or focused
 * edge's on top. None in the table layout, which draws no lines. `selected` and `emphasis` are edge
 * ids ("L:I:J") or null.
 */
export function edgeStrokes(
  layout: NetworkLayout,
  values: GraphValues,
  selected: string | null,
  emphasis: string | null,
): EdgeStroke[] {
  if (layout.tables.length > 0) return [];
  const active = values.activeLayer;
  const strokes: EdgeStroke[] = [];
  const onTop: EdgeStroke[] = [];
  for (const layer of layout.edges)
    for (const row of layer)
      for (const edge of row) {
        const p = values.edges[edge.layer]?.[edge.i]?.[edge.j];
        if (!p) continue;
        const value = strokeValue(values, p);
        let width = strokeWidth(value, layout.presentation);
        if (edge.id === selected) width += SELECTED_EXTRA_WIDTH;
        const lit = edge.id === emphasis;
        (lit || edge.id === selected ? onTop : strokes).push({
          id: edge.id,
          x1: edge.x1,
          y1: edge.y1,
          x2: edge.x2,
          y2: edge.y2,
          color: strokeColor(value),
          width: lit ? Math.max(width, EMPHASIS_WIDTH) : width,
          opacity: lit
            ? STROKE_OPACITY.emphasis
            : active !== null && edge.layer !== active
              ? STROKE_OPACITY.dim
              : STROKE_OPACITY.normal,
        });
      }
  return onTop.length ? strokes.concat(onTop) : strokes;
}
