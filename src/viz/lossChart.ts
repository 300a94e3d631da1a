import { format } from 'd3-format';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';

/**
 * One recorded update: the batch loss before it, and the learning rate it used; for a step-by-step
 * update also the same batch's loss after it. (Play's fast frames record the training set's loss.)
 */
export interface LossPoint {
  step: number;
  loss: number;
  learningRate: number;
  lossAfter?: number;
  testLoss?: number;
  accuracy?: number;
  testAccuracy?: number;
}

export interface LossChartProps {
  /** Ascending by step. */
  points: readonly LossPoint[];
  logScale: boolean;
  onToggleLogScale(): void;
  width?: number;
  height?: number;
  presentation?: boolean;
}

/** The per-point values the chart can draw as a line. */
export type SeriesKey = 'loss' | 'testLoss' | 'accuracy' | 'testAccuracy';

/** One vertex of a drawn line; a non-finite value breaks the line there. */
export interface SeriesVertex {
  step: number;
  value: number;
}

/** Smallest value a log axis shows: a loss of exactly 0 sits here instead of at −∞. */
export const LOG_FLOOR = 1e-12;

export const formatLoss = format('.4~g');
export const formatLearningRate = format('.3~g');
export const formatAccuracy = format('.1~%');
export const formatStep = format(',');
const formatPlainTick = format('.4~g');
const formatExponentTick = format('.1~e');

/** Axis labels of at most about six characters, so they fit the left margin: 0.05, 1500, 1e-12, 2.5e+4. */
export function formatTick(value: number): string {
  const size = Math.abs(value);
  return size !== 0 && (size < 1e-3 || size >= 1e4) ? formatExponentTick(value) : formatPlainTick(value);
}

/** The value a log axis plots: v itself, or LOG_FLOOR for v ≤ LOG_FLOOR (0 and negatives included). */
export function logSafe(value: number): number {
  return value > LOG_FLOOR ? value : LOG_FLOOR;
}

/** Reads one series off a point; undefined where the point does not carry that series. */
export const seriesValue: Readonly<Record<SeriesKey, (point: LossPoint) => number | undefined>> = {
  loss: (point) => point.loss,
  testLoss: (point) => point.testLoss,
  accuracy: (point) => point.accuracy,
  testAccuracy: (point) => point.testAccuracy,
};

export interface DownsampleOptions {
  /** How many of the newest items keep full resolution. */
  recent?: number;
  /** Upper bound on the vertices returned. */
  maxVertices?: number;
}

/**
 * The (step, value) vertices of one series, at most maxVertices of them, without dropping history:
 * the first item that carries a value and the newest `recent` items are kept as they are; the older
 * ones are split into equal-count buckets, each drawn by its minimum and maximum (in step order), so
 * spikes such as a divergence survive. A bucket whose values are all non-finite becomes one NaN
 * vertex, which keeps the gap in the line. Items where `value` is undefined are not part of the series.
 * Reads the items in place: one pass, no per-item allocation, so it can run every frame on long runs.
 */
export function downsampleSeries<T extends { step: number }>(
  items: readonly T[],
  value: (item: T) => number | undefined,
  { recent = 500, maxVertices = 1000 }: DownsampleOptions = {},
): SeriesVertex[] {
  let first = 0;
  while (first < items.length && value(items[first]!) === undefined) first++;
  const out: SeriesVertex[] = [];
  const push = (index: number) => {
    const v = value(items[index]!);
    if (v !== undefined) out.push({ step: items[index]!.step, value: v });
  };
  if (items.length - first <= maxVertices) {
    for (let i = first; i < items.length; i++) push(i);
    return out;
  }
  // One slot for the first vertex and at least one two-vertex bucket.
  const keep = Math.max(1, Math.min(recent, maxVertices - 3));
  const bucketCount = Math.floor((maxVertices - keep - 1) / 2);
  const olderEnd = items.length - keep;
  const span = olderEnd - first - 1;
  push(first);
  for (let b = 0; b < bucketCount; b++) {
    const start = first + 1 + Math.floor((b * span) / bucketCount);
    const end = first + 1 + Math.floor(((b + 1) * span) / bucketCount);
    let [minIndex, maxIndex, nonFiniteIndex] = [-1, -1, -1];
    let [minValue, maxValue] = [Infinity, -Infinity];
    for (let i = start; i < end; i++) {
      const v = value(items[i]!);
      if (v === undefined) continue;
      if (!Number.isFinite(v)) {
        if (nonFiniteIndex < 0) nonFiniteIndex = i;
        continue;
      }
      if (v < minValue) [minIndex, minValue] = [i, v];
      if (v > maxValue) [maxIndex, maxValue] = [i, v];
    }
    if (minIndex < 0) {
      if (nonFiniteIndex >= 0) out.push({ step: items[nonFiniteIndex]!.step, value: Number.NaN });
    } else {
      push(Math.min(minIndex, maxIndex));
      if (minIndex !== maxIndex) push(Math.max(minIndex, maxIndex));
    }
  }
  for (let i = olderEnd; i < items.length; i++) push(i);
  return out;
}

/**
 * The loss axis domain over the finite values: [min(0, lo), hi] on a linear axis, [lo, hi] of the
 * log-safe values on a log axis, widened when it would be a single value.
 */
export function lossDomain(values: Iterable<number>, logScale: boolean): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    const v = logScale ? logSafe(value) : value;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(lo <= hi)) return logScale ? [0.001, 1] : [0, 1];
  if (logScale) return lo === hi ? [lo / 10, hi * 10] : [lo, hi];
  lo = Math.min(0, lo);
  return lo === hi ? [lo, lo + 1] : [lo, hi];
}

/**
 * The step axis domain; a single step gets one step of room on either side. The loss after the
 * newest update is drawn one step on (see updateSegments), so the axis reaches it.
 */
export function stepDomain(points: readonly LossPoint[]): [number, number] {
  const newest = points[points.length - 1];
  const first = points[0]?.step ?? 0;
  const last = newest === undefined ? 1 : newest.step + (newest.lossAfter === undefined ? 0 : 1);
  return first === last ? [first - 1, last + 1] : [first, last];
}

/** One update's effect on its own batch: its loss before update `step` and after it. */
export interface UpdateSegment {
  step: number;
  before: number;
  after: number;
}

/**
 * The newest `limit` updates that recorded their batch's loss after the update, oldest first. Each
 * is drawn from (step, before) to (step + 1, after): where the next step's forward pass on the same
 * batch gives that loss. On a one-sample lesson (or a batch of the whole data) the segments run along
 * the loss curve and the last one carries it one step on, so one update is already a falling line;
 * with other batches each shows the drop of its own batch. Older updates are left to the loss curve,
 * which keeps every step: segments are a per-update detail, and thousands of them would be a smear.
 */
export function updateSegments(points: readonly LossPoint[], limit = 500): UpdateSegment[] {
  const out: UpdateSegment[] = [];
  for (let i = points.length - 1; i >= 0 && out.length < limit; i--) {
    const point = points[i]!;
    if (point.lossAfter !== undefined)
      out.push({ step: point.step, before: point.loss, after: point.lossAfter });
  }
  return out.reverse();
}

/** The SVG path of the update segments; a segment with a non-finite end is left out. */
export function segmentsPath(
  segments: readonly UpdateSegment[],
  x: (step: number) => number,
  y: (value: number) => number,
  logScale: boolean,
): string {
  const at = (value: number) => y(logScale ? logSafe(value) : value);
  let path = '';
  for (const { step, before, after } of segments) {
    if (!Number.isFinite(before) || !Number.isFinite(after)) continue;
    path += `M${x(step)},${at(before)}L${x(step + 1)},${at(after)}`;
  }
  return path;
}

export type LossScale = ScaleContinuousNumeric<number, number>;

/** Linear or log loss scale over `domain`, mapped onto [bottom, top] pixels and niced. */
export function lossScale(domain: [number, number], logScale: boolean, range: [number, number]): LossScale {
  return logScale
    ? scaleLog().domain(domain).range(range).nice()
    : scaleLinear().domain(domain).range(range).nice();
}

export interface Tick {
  value: number;
  label: string;
}

/**
 * Loss axis ticks. A log axis gets whole decades, thinned to about `count`, or 1-2-5 steps when it
 * spans fewer than three decades; d3's default log ticks (every 1..9) would overlap. Ticks are
 * thinned further until neighbours are at least `minSpacing` pixels apart, so labels never stack.
 */
export function lossTicks(scale: LossScale, logScale: boolean, count = 5, minSpacing = 0): Tick[] {
  const label = (value: number) => ({ value, label: formatTick(value) });
  const spaced = (ticks: number[]) =>
    ticks.every((t, i) => i === 0 || Math.abs(scale(t) - scale(ticks[i - 1]!)) >= minSpacing);
  if (!logScale) {
    let n = count;
    while (n > 1 && !spaced(scale.ticks(n))) n--;
    return scale.ticks(n).map(label);
  }
  const all = scale.ticks();
  const mantissa = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
  const decades = all.filter((t) => mantissa(t) === 1);
  if (decades.length < 3) {
    const steps = [[1, 2, 5], [1, 3], [1]].map((keep) => all.filter((t) => keep.includes(mantissa(t))));
    return (steps.find(spaced) ?? decades).map(label);
  }
  let stride = Math.ceil(decades.length / count);
  const thinned = () => decades.filter((_, i) => i % stride === 0);
  while (stride < decades.length && !spaced(thinned())) stride++;
  return thinned().map(label);
}

/** The SVG path of a series; non-finite values leave a gap, zero on a log axis sits at LOG_FLOOR. */
export function seriesPath(
  vertices: readonly SeriesVertex[],
  x: (step: number) => number,
  y: (value: number) => number,
  logScale: boolean,
): string {
  const path = line<SeriesVertex>()
    .defined((v) => Number.isFinite(v.value))
    .x((v) => x(v.step))
    .y((v) => y(logScale ? logSafe(v.value) : v.value));
  return path(vertices) ?? '';
}

export interface StepMarker {
  /** Index into the points. */
  index: number;
  step: number;
}

/**
 * Where the learning-rate markers go: the first point (the rate training started with), then every
 * point whose rate differs from the one before.
 */
export function learningRateMarkers(
  points: readonly LossPoint[],
): (StepMarker & { learningRate: number; start: boolean })[] {
  const first = points[0];
  if (first === undefined) return [];
  return [
    { index: 0, step: first.step, learningRate: first.learningRate, start: true },
    ...learningRateChanges(points).map((change) => ({ ...change, start: false })),
  ];
}

/** The points whose learning rate differs from the previous point's. */
export function learningRateChanges(points: readonly LossPoint[]): (StepMarker & { learningRate: number })[] {
  const changes: (StepMarker & { learningRate: number })[] = [];
  for (let i = 1; i < points.length; i++) {
    const point = points[i]!;
    if (!Object.is(point.learningRate, points[i - 1]!.learningRate)) {
      changes.push({ index: i, step: point.step, learningRate: point.learningRate });
    }
  }
  return changes;
}

/** Runs of consecutive points whose loss is NaN or ±Infinity: where each starts and how long it is. */
export function nonFiniteRuns(points: readonly LossPoint[]): (StepMarker & { count: number })[] {
  const runs: (StepMarker & { count: number })[] = [];
  points.forEach((point, index) => {
    if (Number.isFinite(point.loss)) return;
    const last = runs[runs.length - 1];
    if (last && last.index + last.count === index) last.count++;
    else runs.push({ index, step: point.step, count: 1 });
  });
  return runs;
}

/** A label to place: the pixel x of its marker line and its estimated text width. */
export interface LabelRequest {
  x: number;
  width: number;
}

export interface PlacedLabel {
  /** Row from the top, or null when no row has room (the label is left out rather than overlap). */
  row: number | null;
  textX: number;
  anchor: 'start' | 'end';
}

/**
 * Staggers marker labels into rows so none overlaps another: each label sits right of its line
 * (left of it near the plot's right edge) in the first row whose previous label ends `gap` before it.
 */
export function staggerLabels(
  labels: readonly LabelRequest[],
  plot: { left: number; right: number },
  rows: number,
  { pad = 4, gap = 6 } = {},
): PlacedLabel[] {
  const extents = labels.map(({ x, width }) => {
    const fitsRight = x + pad + width <= plot.right;
    const left = fitsRight ? x + pad : Math.max(plot.left, x - pad - width);
    return { left, right: left + width, fitsRight, x };
  });
  const result: PlacedLabel[] = extents.map((e) => ({
    row: null,
    textX: e.fitsRight ? e.left : e.right,
    anchor: e.fitsRight ? 'start' : 'end',
  }));
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.left - extents[b]!.left);
  const rowEnds: number[] = Array.from({ length: rows }, () => -Infinity);
  for (const i of order) {
    const { left, right } = extents[i]!;
    const row = rowEnds.findIndex((end) => end + gap <= left);
    if (row < 0) continue;
    rowEnds[row] = right;
    result[i]!.row = row;
  }
  return result;
}

/**
 * Advance widths in em, rounded up from DejaVu Sans: the widest of the fonts `system-ui` resolves to
 * (Segoe UI, Roboto and Helvetica set digits near 0.55 em, DejaVu at 0.64), so estimates bound what
 * any of them draws. Characters not listed count 0.64 em, or 1 em from the CJK blocks on.
 */
const CHAR_EM = new Map<string, number>();
for (const [chars, em] of [
  [" ,.:;'|!iIjJl", 0.33],
  ['-()[]frt', 0.42],
  ['+=<>~±×−', 0.84],
  ['EFLPSTYZ', 0.7],
  ['ABCDGHKNOQRUVX', 0.8],
  ['%mwMW…—', 1],
] as const) {
  for (const char of chars) CHAR_EM.set(char, em);
}
/** Bold (font-weight 600) glyphs run up to 14 % wider than regular ones. */
const BOLD_FACTOR = 1.15;

/**
 * Width of `text` in pixels at `fontSize`, an upper bound for the usual sans-serif UI fonts, for
 * layout before anything is drawn (and so that unit tests can check layouts without a browser).
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += CHAR_EM.get(char) ?? (char.codePointAt(0)! >= 0x2e80 ? 1 : 0.64);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

/** Index of the point whose step is nearest `step` (ties go to the earlier), or −1 with no points. */
export function nearestIndex(points: readonly LossPoint[], step: number): number {
  if (points.length === 0) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.step < step) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && step - points[lo - 1]!.step <= points[lo]!.step - step) return lo - 1;
  return lo;
}
