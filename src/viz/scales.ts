/**
 * Colours and stroke widths. Sign and magnitude use ColorBrewer's PuOr, a diverging scheme that
 * stays distinguishable under the common colour-vision deficiencies (purple = positive, orange =
 * negative). The direction of the pass uses the Okabe–Ito blue and vermillion, so "forward" and
 * "backward" never depend on telling red from green.
 *
 * Every scale has a fixed domain: a node's colour depends on its own value only, so a step that
 * changes one layer re-colours (and re-renders) that layer alone.
 */
import { interpolatePuOr } from 'd3-scale-chromatic';

/** Okabe–Ito blue and vermillion, for strokes, bands and arrows. */
export const DIRECTION_COLORS = { forward: '#0072B2', backward: '#D55E00' } as const;

/** Darker shades of the same hues for text on white (contrast ≥ 4.5:1, WCAG AA). */
export const DIRECTION_TEXT_COLORS = { forward: '#005a8c', backward: '#a34400' } as const;

export type Direction = keyof typeof DIRECTION_COLORS;

/** Values from −LIMIT to LIMIT span the scale; beyond it the colour saturates. */
const LIMIT = 10;
/**
 * The symlog constant: the scale is linear within ±C and logarithmic beyond, so gradients of 1e-3
 * and weights of 1 are both visibly coloured.
 */
const C = 0.01;

const NEUTRAL = '#9ca3af';

/** |v| on the symlog scale, 0 … 1: log1p(|v|/C) / log1p(LIMIT/C), clamped. */
export function magnitude(v: number): number {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0 : 1;
  return Math.min(1, Math.log1p(Math.abs(v) / C) / Math.log1p(LIMIT / C));
}

/**
 * Fill colour for a value on the full diverging scale (a symmetric log scale, as d3's
 * scaleDivergingSymlog): near-white at 0, purple for positive, orange for negative.
 */
export function valueColor(v: number): string {
  if (Number.isNaN(v)) return NEUTRAL;
  // PuOr runs purple (0) → orange (1).
  return interpolatePuOr(0.5 - 0.5 * Math.sign(v) * magnitude(v));
}

/**
 * Stroke colour for an edge: the same hues, kept away from the near-white middle so a weight of
 * 0.001 is still a visible line.
 */
export function strokeColor(v: number): string {
  if (Number.isNaN(v)) return NEUTRAL;
  const offset = 0.25 + 0.25 * magnitude(v);
  return interpolatePuOr(v >= 0 ? 0.5 - offset : 0.5 + offset);
}

/** Stroke width by magnitude: 1 … 6 px (1.5 … 9 px in presentation mode). */
export function strokeWidth(v: number, presentation: boolean): number {
  const width = 1 + 5 * magnitude(v);
  return presentation ? width * 1.5 : width;
}
