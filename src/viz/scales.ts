/**
 * Colours and stroke widths. Sign and magnitude use ColorBrewer's PuOr, a diverging scheme that
 * stays distinguishable under the common colour-vision deficiencies (purple = positive, orange =
 * negative). The direction of the pass uses the Okabe–Ito blue and vermillion, so "forward" and
 * "backward" never depend on telling red from green.
 *
 * Every scale has a fixed domain: a node's colour depends on its own value only, so a step that
 * changes one layer re-colours (and re-renders) that layer alone.
 */
import { interpolateRgbBasis } from 'd3-interpolate';

/** Okabe–Ito blue and vermillion, for strokes, bands and arrows. */
export const DIRECTION_COLORS = { forward: '#0072B2', backward: '#D55E00' } as const;

/**
 * Darker shades of the same hues for text: ≥ 4.5:1 (WCAG AA) on white and on every tinted node card
 * (valueColor at the card's 30 % over the active layer's band), tests/unit/viz/contrast.test.ts.
 */
export const DIRECTION_TEXT_COLORS = { forward: '#004a73', backward: '#7a3300' } as const;

export type Direction = keyof typeof DIRECTION_COLORS;

/** Values from −LIMIT to LIMIT span the scale; beyond it the colour saturates. */
const LIMIT = 10;
/**
 * The symlog constant: the scale is linear within ±C and logarithmic beyond, so gradients of 1e-3
 * and weights of 1 are both visibly coloured.
 */
const C = 0.01;

const NEUTRAL = '#9ca3af';

/**
 * d3-scale-chromatic's interpolatePuOr, built the way it builds it (a B-spline through ColorBrewer's
 * 11-class PuOr): that module cannot be tree-shaken and would bring every scheme into the first paint.
 */
export const interpolatePuOr = interpolateRgbBasis(
  '2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08'
    .match(/.{6}/g)!
    .map((hex) => `#${hex}`),
);

/** |v| on the symlog scale, 0 … 1: log1p(|v|/C) / log1p(LIMIT/C), clamped. */
export function magnitude(v: number): number {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0 : 1;
  return Math.min(1, Math.log1p(Math.abs(v) / C) / Math.log1p(LIMIT / C));
}

/**
 * Magnitudes are quantised to STEPS levels and the colours of each level computed once: an Update
 * re-colours every edge, and a table lookup (and an unchanged string for an unchanged level, so
 * React writes nothing to the DOM) keeps that within a frame. 100 levels are finer than the eye
 * tells apart.
 */
const STEPS = 100;
const level = (v: number) => Math.round(magnitude(v) * STEPS);
const table = (colour: (sign: 1 | -1, m: number) => string) => ({
  positive: Array.from({ length: STEPS + 1 }, (_, k) => colour(1, k / STEPS)),
  negative: Array.from({ length: STEPS + 1 }, (_, k) => colour(-1, k / STEPS)),
});
const pick = (colours: ReturnType<typeof table>, v: number) =>
  (v >= 0 ? colours.positive : colours.negative)[level(v)]!;

// PuOr runs purple (0) → orange (1). Fills stop short of its darkest ends (0.1 … 0.9) so the text
// on a tinted card keeps 4.5:1; strokes use only its dark ends (0 … 0.08, 0.92 … 1) so even the
// faintest edge keeps 3:1 against the page and the band (the width tells the magnitude too).
const FILLS = table((sign, m) => interpolatePuOr(0.5 - 0.4 * sign * m));
const STROKES = table((sign, m) => interpolatePuOr(0.5 - sign * (0.42 + 0.08 * m)));

/**
 * Fill colour for a value on the full diverging scale (a symmetric log scale, as d3's
 * scaleDivergingSymlog): near-white at 0, purple for positive, orange for negative.
 */
export function valueColor(v: number): string {
  return Number.isNaN(v) ? NEUTRAL : pick(FILLS, v);
}

/**
 * Stroke colour for an edge: the same hues, kept away from the near-white middle so a weight of
 * 0.001 is still a visible line.
 */
export function strokeColor(v: number): string {
  return Number.isNaN(v) ? NEUTRAL : pick(STROKES, v);
}

/** Stroke width by magnitude: 1 … 6 px (1.5 … 9 px in presentation mode), in the same levels. */
export function strokeWidth(v: number, presentation: boolean): number {
  const width = 1 + (5 * level(v)) / STEPS;
  return presentation ? width * 1.5 : width;
}
