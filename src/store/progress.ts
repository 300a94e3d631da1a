/**
 * Play's walk through the training data: seeded shuffled epochs, taken batch by batch. Plain data,
 * so Undo restores it and a replay from the same state gives the same batches.
 */
import { createRng, shuffledIndices } from '../engine';
import type { Progress } from './types';

export function initialProgress(sampleCount: number, seed: number): Progress {
  const rng = createRng(seed ^ 0x5eed);
  const order = shuffledIndices(sampleCount, rng);
  return { samplesSeen: 0, epoch: 0, order, position: 0, rngState: rng.state() };
}

/**
 * The next batch of at most `batchSize` indices (the last batch of an epoch may be shorter), and
 * the progress after it; a new shuffled order starts each epoch.
 */
export function nextBatch(
  progress: Progress,
  batchSize: number,
): { indices: readonly number[]; start: number; count: number; next: Progress } {
  const n = progress.order.length;
  const count = Math.min(batchSize, n - progress.position);
  const start = progress.position;
  const position = start + count;
  if (position < n) {
    return {
      indices: progress.order,
      start,
      count,
      next: { ...progress, position, samplesSeen: progress.samplesSeen + count },
    };
  }
  const rng = createRng(0, progress.rngState);
  const order = shuffledIndices(n, rng);
  return {
    indices: progress.order,
    start,
    count,
    next: {
      samplesSeen: progress.samplesSeen + count,
      epoch: progress.epoch + 1,
      order,
      position: 0,
      rngState: rng.state(),
    },
  };
}
