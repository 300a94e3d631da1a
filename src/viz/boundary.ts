/**
 * The decision-boundary plot, as pure functions: the plot frame and scales of the input plane,
 * where the data points sit, which point a click hits, and the fitted curve of 1-D regression (the
 * heatmap behind them is heatmap.ts).
 *
 * Colours follow TensorFlow Playground's diverging heatmap (one hue per class, light in the middle)
 * with Okabe–Ito hues, so the two classes stay apart under every common colour-vision deficiency:
 * orange for class 0 / a low output, blue for class 1 / a high output.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { linePath } from './linePath';

export type Extent = readonly [number, number];

/** The datasets lie in about [−1, 1]²; the margin keeps noisy points inside the plot. */
export const PLANE_EXTENT: Extent = [-1.2, 1.2];

/** Okabe–Ito orange (class 0, low) and blue (class 1, high): the points' fills. */
export const CLASS_COLORS = { 0: '#E69F00', 1: '#0072B2' } as const;
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
  return linePath(
    xs,
    (_, i) => Number.isFinite(ys[i]),
    (x) => scales.x(x),
    (_, i) => clampToView(scales.y(ys[i]!), scales.y),
  );
}
