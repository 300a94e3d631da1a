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

/** The loss shown in the panel: the current sample's once computed, else the last batch's. */
export function selectDisplayedLoss(state: State): number | null {
  return state.session.loss ?? state.session.batchLoss;
}
