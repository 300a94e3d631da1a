/**
 * The decision boundary's heatmap, as pure functions: the grid of cells the network is sampled on,
 * the range the colours span, and the colour of each cell, written straight into an RGBA buffer.
 * Colours follow TensorFlow Playground's diverging heatmap (one hue per class, light in the middle)
 * with the class colours of boundary.ts.
 */
import type { Extent } from './boundary';

/** Cells per side of the sampled grid: 2,500 evaluations per redraw. */
export const GRID_SIZE = 50;

/**
 * The heatmap's ends are the class colours mixed 40% with white, so a point stays visible on the
 * region of its own class; the middle is a light grey.
 */
export const HEATMAP_COLORS = { low: '#F0C566', middle: '#EEEEEE', high: '#66AAD1' } as const;
/** Cells where the output is NaN: a grey no class claims. */
export const NON_FINITE_COLOR = '#9CA3AF';

/** Centre of cell i of n along [lo, hi]: lo + (i + ½)(hi − lo)/n. */
export function cellCentre(i: number, n: number, [lo, hi]: Extent): number {
  return lo + ((i + 0.5) * (hi - lo)) / n;
}

/**
 * values[r·n + c] = evaluate(x₁ of column c, x₂ of row r) at the cell centres, row 0 at the top
 * (the largest x₂), the order an ImageData wants. Writes into `values` (length ≥ n²), allocates nothing.
 */
export function sampleGrid(
  evaluate: (x1: number, x2: number) => number,
  n: number,
  xExtent: Extent,
  yExtent: Extent,
  values: Float64Array,
): Float64Array {
  const [yLo, yHi] = yExtent;
  for (let r = 0; r < n; r++) {
    const x2 = cellCentre(n - 1 - r, n, [yLo, yHi]);
    for (let c = 0; c < n; c++) values[r * n + c] = evaluate(cellCentre(c, n, xExtent), x2);
  }
  return values;
}

/**
 * The [lo, hi] the colours span: the given range, or for 'auto' the finite minimum and maximum of
 * the first `count` values ([0, 1] when none is finite).
 */
export function colourDomain(values: Float64Array, count: number, range: Extent | 'auto'): Extent {
  if (range !== 'auto') return range;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < count; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** t = (v − lo)/(hi − lo) clamped to [0, 1]; ½ when lo = hi; NaN stays NaN. */
export function normalise(v: number, [lo, hi]: Extent): number {
  if (Number.isNaN(v)) return NaN;
  if (!(hi > lo)) return 0.5;
  const t = (v - lo) / (hi - lo);
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

function hexRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const LUT_STEPS = 256;
/** RGB of t = k/255: light orange → light grey → light blue, linear in RGB on each half (as Playground's scale). */
const LUT = (() => {
  const low = hexRgb(HEATMAP_COLORS.low);
  const mid = hexRgb(HEATMAP_COLORS.middle);
  const high = hexRgb(HEATMAP_COLORS.high);
  const lut = new Uint8ClampedArray(LUT_STEPS * 3);
  for (let k = 0; k < LUT_STEPS; k++) {
    const t = k / (LUT_STEPS - 1);
    const [from, to, s] = t < 0.5 ? [low, mid, t * 2] : [mid, high, t * 2 - 1];
    for (let ch = 0; ch < 3; ch++) lut[k * 3 + ch] = Math.round(from[ch]! + (to[ch]! - from[ch]!) * s);
  }
  return lut;
})();
const NON_FINITE_RGB = hexRgb(NON_FINITE_COLOR);

/** The heatmap colour of a normalised output t ∈ [0, 1] as [r, g, b] (grey for NaN). */
export function heatmapRgb(t: number): [number, number, number] {
  if (Number.isNaN(t)) return [...NON_FINITE_RGB];
  const k = Math.round(Math.min(1, Math.max(0, t)) * (LUT_STEPS - 1)) * 3;
  return [LUT[k]!, LUT[k + 1]!, LUT[k + 2]!];
}

/**
 * Colours the first `count` values into rgba (4 bytes each, opaque), on the scale `domain`.
 * Allocates nothing: it runs on every redraw while training plays.
 */
export function paintHeatmap(
  values: Float64Array,
  count: number,
  domain: Extent,
  rgba: Uint8ClampedArray,
): void {
  for (let i = 0; i < count; i++) {
    const t = normalise(values[i]!, domain);
    const o = i * 4;
    if (Number.isNaN(t)) {
      rgba[o] = NON_FINITE_RGB[0];
      rgba[o + 1] = NON_FINITE_RGB[1];
      rgba[o + 2] = NON_FINITE_RGB[2];
    } else {
      const k = Math.round(t * (LUT_STEPS - 1)) * 3;
      rgba[o] = LUT[k]!;
      rgba[o + 1] = LUT[k + 1]!;
      rgba[o + 2] = LUT[k + 2]!;
    }
    rgba[o + 3] = 255;
  }
}
