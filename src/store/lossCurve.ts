/**
 * The loss curve as an immutable chunked list, so that a Play frame appending one point copies at
 * most one chunk and the list of chunks, never the whole history, and the undo entries of
 * consecutive frames share every sealed chunk. Past MAX_LOSS_POINTS points the older part is thinned
 * to every other point (the curve keeps its shape, its first point and its newest points), so an
 * hour of top-speed Play holds a bounded curve.
 */
import type { LossPoint } from '../engine';

/** Points per sealed chunk. */
export const CHUNK_SIZE = 256;
/** Above this many points the sealed part is thinned by half; the chart is a few hundred px wide. */
export const MAX_LOSS_POINTS = 4096;

export interface LossCurve {
  /** Full chunks of CHUNK_SIZE points, oldest first; never changed once sealed. */
  readonly chunks: readonly (readonly LossPoint[])[];
  /** The newest points, fewer than CHUNK_SIZE. */
  readonly tail: readonly LossPoint[];
  readonly length: number;
}

export const EMPTY_LOSS_CURVE: LossCurve = Object.freeze({ chunks: [], tail: [], length: 0 });

function chunked(points: readonly LossPoint[]): LossCurve {
  const chunks: LossPoint[][] = [];
  const sealed = points.length - (points.length % CHUNK_SIZE);
  for (let i = 0; i < sealed; i += CHUNK_SIZE) chunks.push(points.slice(i, i + CHUNK_SIZE));
  return { chunks, tail: points.slice(sealed), length: points.length };
}

/** Every other point of the sealed part (the first one kept), then the tail as it was. */
function thinned(curve: LossCurve): LossCurve {
  const older = curve.chunks.flat().filter((_, i) => i % 2 === 0);
  return chunked([...older, ...curve.tail]);
}

/** The curve with `point` appended: shares every sealed chunk with `curve`. */
export function appendLossPoint(curve: LossCurve, point: LossPoint): LossCurve {
  const tail = [...curve.tail, point];
  const next: LossCurve =
    tail.length === CHUNK_SIZE
      ? { chunks: [...curve.chunks, tail], tail: [], length: curve.length + 1 }
      : { chunks: curve.chunks, tail, length: curve.length + 1 };
  return next.length > MAX_LOSS_POINTS ? thinned(next) : next;
}

/** A curve holding `points` (thinned if there are more than MAX_LOSS_POINTS). */
export function lossCurveOf(points: readonly LossPoint[]): LossCurve {
  let curve = chunked(points);
  while (curve.length > MAX_LOSS_POINTS) curve = thinned(curve);
  return curve;
}

/** The points, oldest first, as one new array (for drawing or saving; not kept in the store). */
export function lossPoints(curve: LossCurve): LossPoint[] {
  return [...curve.chunks.flat(), ...curve.tail];
}

export function lastLossPoint(curve: LossCurve): LossPoint | undefined {
  return curve.tail.length > 0 ? curve.tail[curve.tail.length - 1] : curve.chunks.at(-1)?.at(-1);
}
