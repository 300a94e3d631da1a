/**
 * The finiteness rule for Play's fast trainer. Its batches refuse a non-finite loss or gradient
 * themselves, but an update can overflow while both are finite (x = 1e307, η = 100: W becomes
 * -Infinity). Checking the parameters after every batch would cost the hot loop; instead the frame's
 * result is checked once, and only a frame that overflowed is replayed batch by batch from the
 * committed state (training is deterministic, so the replay is the same arithmetic) to find the
 * update that overflowed and keep the batches before it.
 */
import {
  createFastTrainer,
  findNonFiniteParameter,
  type FastTrainer,
  type Model,
  type NonFinite,
  type OptimizerConfig,
  type OptimizerState,
  type PackedSamples,
} from '../engine';
import { nextBatch } from './progress';
import type { Progress } from './types';

export interface FrameStart {
  model: Model;
  optimizer: OptimizerConfig;
  optimizerState: OptimizerState;
  progress: Progress;
  batchSize: number;
}

export interface GoodPrefix {
  /** A trainer holding the parameters after the last batch that stayed finite. */
  trainer: FastTrainer;
  batches: number;
  progress: Progress;
  /** The first parameter the next update would have made non-finite, with that value. */
  overflow: NonFinite;
}

function trainBatches(start: FrameStart, train: PackedSamples, batches: number, check: boolean) {
  const trainer = createFastTrainer(start.model, start.optimizer, start.optimizerState);
  const scratch = check ? trainer.toModel() : null;
  let progress = start.progress;
  for (let k = 0; k < batches; k++) {
    const batch = nextBatch(progress, start.batchSize);
    trainer.trainBatch(train.xs, train.ys, batch.indices, batch.start, batch.count);
    if (scratch) {
      trainer.readModel(scratch);
      const overflow = findNonFiniteParameter(scratch);
      if (overflow) return { trainer, progress, done: k, overflow };
    }
    progress = batch.next;
  }
  return { trainer, progress, done: batches, overflow: null };
}

/**
 * Replay `batches` batches from `start`; null if every parameter stayed finite, else the state
 * after the finite ones and the value that overflowed.
 */
export function findGoodPrefix(start: FrameStart, train: PackedSamples, batches: number): GoodPrefix | null {
  const replay = trainBatches(start, train, batches, true);
  if (!replay.overflow) return null;
  const good = trainBatches(start, train, replay.done, false);
  return { trainer: good.trainer, batches: replay.done, progress: good.progress, overflow: replay.overflow };
}
