/**
 * Derived values, computed from the state rather than stored (so they can never disagree with it).
 * Selectors that build objects are meant for `useShallow`.
 */
import {
  backwardRefusal,
  currentSampleIndex,
  forwardRefusal,
  nextSubStep,
  updateRefusal,
  layerSizes,
  type StepRefusal,
  type SubStep,
} from '../engine';
import { lastLossPoint } from './lossCurve';
import type { State } from './types';

export interface StepAvailability {
  forward: StepRefusal | null;
  backward: StepRefusal | null;
  update: StepRefusal | null;
  /** The next sub-step, flattened to primitives so a shallow comparison sees no change. */
  nextKind: SubStep['kind'];
  nextLayer: number;
}

export function selectStepAvailability(state: State): StepAvailability {
  return {
    forward: forwardRefusal(state.session, state.batchSize),
    backward: backwardRefusal(state.session),
    update: updateRefusal(state.session, state.batchSize),
    ...flatNext(nextSubStep(state.session, state.batchSize)),
  };
}

function flatNext(next: SubStep): { nextKind: SubStep['kind']; nextLayer: number } {
  return { nextKind: next.kind, nextLayer: next.layer ?? 0 };
}

export const selectCanUndo = (state: State): boolean => state.history.past.length > 0;
export const selectCanRedo = (state: State): boolean => state.history.future.length > 0;

export function selectSampleIndex(state: State): number {
  return currentSampleIndex(state.session, state.data.length);
}

export function selectCurrentSample(state: State) {
  return state.data[selectSampleIndex(state)]!;
}

/** Units per layer from input to output, as a string key that changes only when the shape does. */
export function selectShapeKey(state: State): string {
  return layerSizes(state.session.model).join('-');
}

/** What the header's loss is a mean over: one sample, a batch of several, or the whole training set. */
export type LossScope = 'sample' | 'batch' | 'trainingSet';

export interface DisplayedLoss {
  value: number;
  scope: LossScope;
  /** How many samples it is the mean of. */
  samples: number;
}

/**
 * The newest loss computed, and what it is, so that the header says the same as the loss chart:
 * - the current sample's loss once its forward pass reached the loss (a batch of one sample is that
 *   sample: each chart point of a batch-size-1 run is one sample's loss);
 * - once every sample of a batch of several is done, the batch mean, which Update records on the chart;
 * - while the next forward pass is under way, the last loss computed (it stays until replaced);
 * - after Play's fast frames, the training set's mean loss, which they record on the chart.
 * Null when none is computed, or when an edit (a weight, the loss, the batch size) made it stale.
 */
export function selectDisplayedLoss(state: State): DisplayedLoss | null {
  const { session, batchSize } = state;
  const batch = (value: number, size: number): DisplayedLoss =>
    size > 1 ? { value, scope: 'batch', samples: size } : { value, scope: 'sample', samples: 1 };
  if (session.loss !== null) {
    const batchDone = session.cursor.samplesDone >= batchSize && session.batchLoss !== null;
    return batchDone ? batch(session.batchLoss!, batchSize) : batch(session.loss, 1);
  }
  if (session.batchLoss === null) return null;
  // A batch loss without a step-by-step update behind it is what Play's frames leave (see commitTraining).
  if (session.lastUpdate === null) {
    return { value: session.batchLoss, scope: 'trainingSet', samples: state.data.length };
  }
  return batch(session.batchLoss, session.lastUpdate.batchSize);
}

/** The loss of one batch before and after the last Update. */
export interface LossChange {
  before: number;
  after: number;
  /** The batch's size: 1 when it is one sample. */
  samples: number;
  /** The number of the update. */
  update: number;
}

/**
 * "The loss fell": once the forward pass after an Update has reached the loss on the batch that
 * update was computed on, that batch's mean loss before the update and after it. Read from the
 * state (the loss curve's last point and the session's record of the update), so Undo and Redo
 * bring it back and take it away exactly. Null before any update, right after one (its forward pass
 * has not run yet), on a new batch, after an edit, and once Play's fast frames trained on.
 */
export function selectLossChange(state: State): LossChange | null {
  const { session, lossHistory } = state;
  const update = session.lastUpdate;
  const c = session.cursor;
  if (update === null || update.updates !== session.updates || c.updated) return null;
  if (c.batchStart !== update.batchStart || update.batchSize !== state.batchSize) return null;
  // The loss of the batch's first sample is the first number of the new forward pass a class sees.
  if (!c.lossDone && c.sampleInBatch === 0) return null;
  const point = lastLossPoint(lossHistory);
  if (point?.step !== update.updates || point.lossAfter === undefined) return null;
  return { before: point.loss, after: point.lossAfter, samples: update.batchSize, update: update.updates };
}

const pointsAddable = new WeakMap<readonly unknown[], boolean>();

/**
 * True when points can be added (by a click on the plot or with the point form): two raw inputs,
 * one target, every target a class 0 or 1. Remembered per data set, as it reads every sample.
 */
export function selectCanAddPoints(state: State): boolean {
  const samples = state.rawTrain;
  let known = pointsAddable.get(samples);
  if (known === undefined) {
    const first = samples[0];
    known =
      first?.x.length === 2 &&
      first.y.length === 1 &&
      samples.every((sample) => sample.y[0] === 0 || sample.y[0] === 1);
    pointsAddable.set(samples, known);
  }
  return known;
}
