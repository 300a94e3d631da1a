import { format } from 'd3-format';
import { linePath } from './linePath';
import type { LossPoint } from '../engine';

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

/** The SVG path of a series; non-finite values leave a gap, zero on a log axis sits at LOG_FLOOR. */
export function seriesPath(
  vertices: readonly SeriesVertex[],
  x: (step: number) => number,
  y: (value: number) => number,
  logScale: boolean,
): string {
  return linePath(
    vertices,
    (v) => Number.isFinite(v.value),
    (v) => x(v.step),
    (v) => y(logScale ? logSafe(v.value) : v.value),
  );
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
