/**
 * The decision-boundary plot, as pure functions: the plot frame and scales of the input plane,
 * the grid of cells the network is sampled on, the colour of each cell (written straight into an
 * RGBA buffer), where the data points sit, and which point a click hits.
 *
 * Colours follow TensorFlow Playground's diverging heatmap (one hue per class, light in the middle)
 * with Okabe–Ito hues, so the two classes stay apart under every common colour-vision deficiency:
 * orange for class 0 / a low output, blue for class 1 / a high output.
 */
import { format } from 'd3-format';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export type Extent = readonly [number, number];

/** The datasets lie in about [−1, 1]²; the margin keeps noisy points inside the plot. */
export const PLANE_EXTENT: Extent = [-1.2, 1.2];

/** Cells per side of the sampled grid: 2,500 evaluations per redraw. */
export const GRID_SIZE = 50;

/** Okabe–Ito orange (class 0, low) and blue (class 1, high): the points' fills. */
export const CLASS_COLORS = { 0: '#E69F00', 1: '#0072B2' } as const;
/**
 * The heatmap's ends are the class colours mixed 40% with white, so a point stays visible on the
 * region of its own class; the middle is a light grey.
 */
export const HEATMAP_COLORS = { low: '#F0C566', middle: '#EEEEEE', high: '#66AAD1' } as const;
/** Cells where the output is NaN: a grey no class claims. */
export const NON_FINITE_COLOR = '#9CA3AF';

/** A raw sample as the plot reads it: x = [x1, x2] (or [x1] for 1-D data), y = its target(s). */
export interface PlotSample {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/** Pixel box of the plot area inside an SVG/canvas of width × height. */
export interface PlotFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  fontSize: number;
  pointRadius: number;
}

/**
 * The plot area left after room for tick labels; `square` keeps one unit of x₁ as long as one of
 * x₂, so a circle in the data stays a circle on screen.
 */
export function plotFrame(width: number, height: number, presentation: boolean, square: boolean): PlotFrame {
  const fontSize = presentation ? 16 : 12;
  const left = Math.round(fontSize * 3.2);
  const bottom = Math.round(fontSize * 2.6);
  const pad = Math.round(fontSize * 0.75);
  let plotWidth = Math.max(1, width - left - pad);
  let plotHeight = Math.max(1, height - bottom - pad);
  if (square) plotWidth = plotHeight = Math.min(plotWidth, plotHeight);
  return {
    width,
    height,
    left,
    right: left + plotWidth,
    top: pad,
    bottom: pad + plotHeight,
    fontSize,
    pointRadius: presentation ? 5.5 : 4,
  };
}

export interface PlotScales {
  /** x₁ → px. */
  x: ScaleLinear<number, number>;
  /** x₂ (2-D) or the target (1-D) → px, upwards. */
  y: ScaleLinear<number, number>;
}

export function plotScales(frame: PlotFrame, xExtent: Extent, yExtent: Extent): PlotScales {
  return {
    x: scaleLinear().domain(xExtent).range([frame.left, frame.right]),
    y: scaleLinear().domain(yExtent).range([frame.bottom, frame.top]),
  };
}

export interface Tick {
  value: number;
  position: number;
  label: string;
}

const formatTickLabel = format('~g');

/** About `count` round tick values of a scale, with their pixel positions and short labels. */
export function axisTicks(scale: ScaleLinear<number, number>, count = 5): Tick[] {
  return scale
    .ticks(count)
    .map((value) => ({ value, position: scale(value), label: formatTickLabel(value) }));
}

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

/**
 * A pixel coordinate kept finite and near the scale's range: a typed 1e307 maps to Infinity (an SVG
 * error), and to nothing drawable beyond a few plot widths anyway. Ordinary points are untouched.
 */
export function clampToView(pixel: number, scale: ScaleLinear<number, number>): number {
  const [a, b] = scale.range() as [number, number];
  const margin = 10 * Math.abs(b - a);
  const lo = Math.min(a, b) - margin;
  const hi = Math.max(a, b) + margin;
  if (Number.isNaN(pixel)) return (a + b) / 2;
  return Math.min(hi, Math.max(lo, pixel));
}

/** One drawn data point. */
export interface PointMark {
  set: 'train' | 'test';
  /** Index within its set. */
  index: number;
  cx: number;
  cy: number;
  /** Class for classification (y ≥ ½ → 1), null for regression. */
  label: 0 | 1 | null;
}

/**
 * Screen positions of the points: (x₁, x₂) for classification, (x₁, y) for 1-D regression. Test
 * points come last so they are drawn on top and win hit-test ties.
 */
export function pointMarks(
  train: readonly PlotSample[],
  test: readonly PlotSample[],
  task: 'classification' | 'regression',
  scales: PlotScales,
): PointMark[] {
  const marks: PointMark[] = [];
  const add = (set: PointMark['set']) => (sample: PlotSample, index: number) => {
    const x1 = sample.x[0] ?? 0;
    const target = sample.y[0] ?? 0;
    const classification = task === 'classification';
    marks.push({
      set,
      index,
      cx: clampToView(scales.x(x1), scales.x),
      cy: clampToView(scales.y(classification ? (sample.x[1] ?? 0) : target), scales.y),
      label: classification ? (target >= 0.5 ? 1 : 0) : null,
    });
  };
  train.forEach(add('train'));
  test.forEach(add('test'));
  return marks;
}

/** The mark nearest to (px, py) within `radius` pixels (the later one on a tie), or null. */
export function hitTest(
  marks: readonly PointMark[],
  px: number,
  py: number,
  radius: number,
): PointMark | null {
  let best: PointMark | null = null;
  let bestDistance = radius * radius;
  for (const mark of marks) {
    const d = (mark.cx - px) ** 2 + (mark.cy - py) ** 2;
    if (d <= bestDistance) [best, bestDistance] = [mark, d];
  }
  return best;
}

/** Whether (px, py) lies in the plot area. */
export function insidePlot(frame: PlotFrame, px: number, py: number): boolean {
  return px >= frame.left && px <= frame.right && py >= frame.top && py <= frame.bottom;
}

/** A client position → the plot's own pixels, allowing for CSS scaling of the element. */
export function clientToPlot(
  clientX: number,
  clientY: number,
  rect: { left: number; top: number; width: number; height: number },
  frame: { width: number; height: number },
): [number, number] {
  const sx = rect.width > 0 ? frame.width / rect.width : 1;
  const sy = rect.height > 0 ? frame.height / rect.height : 1;
  return [(clientX - rect.left) * sx, (clientY - rect.top) * sy];
}

/**
 * The y extent of a 1-D regression plot: the output range (when fixed) and the targets, padded by
 * 10%, and never narrower than PLANE_EXTENT. The fitted curve does not widen it, so a diverging
 * network cannot squash the data into a line; the curve is clipped instead.
 */
export function regressionExtent(
  train: readonly PlotSample[],
  test: readonly PlotSample[],
  range: Extent | 'auto',
): Extent {
  let [lo, hi] = range === 'auto' ? [Infinity, -Infinity] : range;
  for (const sample of [...train, ...test]) {
    const y = sample.y[0];
    if (y === undefined || !Number.isFinite(y)) continue;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  if (!(lo <= hi)) return PLANE_EXTENT;
  const pad = 0.1 * (hi - lo);
  return [Math.min(PLANE_EXTENT[0], lo - pad), Math.max(PLANE_EXTENT[1], hi + pad)];
}

/**
 * SVG path of the fitted curve y = evaluate(x, 0) at `samples` evenly spaced x over the x scale's
 * domain; non-finite outputs break the line.
 */
export function curvePath(
  evaluate: (x1: number, x2: number) => number,
  scales: PlotScales,
  samples = 200,
): string {
  const [lo, hi] = scales.x.domain() as [number, number];
  const xs = Array.from({ length: samples }, (_, i) => lo + ((hi - lo) * i) / (samples - 1));
  const ys = xs.map((x) => evaluate(x, 0));
  const path = line<number>()
    .defined((_, i) => Number.isFinite(ys[i]))
    .x((x) => scales.x(x))
    .y((_, i) => clampToView(scales.y(ys[i]!), scales.y));
  return path(xs) ?? '';
}
