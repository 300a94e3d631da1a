/** Forward, Backward, Update, next sub-step and whole Step: the step cursor's verbs. */
import {
  forkSession,
  frobeniusNorm,
  recordableNorms,
  meanBatchLoss,
  stepBackward,
  stepForward,
  stepIteration,
  stepNext,
  stepUpdate,
  type StepSession,
} from '../../engine';
import { askAfterStep } from '../quiz/ask';
import { appendLossPoint } from '../lossCurve';
import { assertFinite, transact, type GetState, type SetState } from '../transaction';
import type { Snapshot, State, StepActions } from '../types';

/**
 * Apply `run` to a fork of the session (parameters shared until an Update replaces them, so a
 * Forward or Backward leaves the model object, and everything drawn from it, as it was); append a
 * loss point if it applied an update: the batch's loss before it, and after it, from one forward
 * pass of the same batch through the updated network (B forward passes: a fraction of the backward
 * pass the update needed, so stepping and slow Play stay as fast as they were). A sub-step (not a
 * whole Step) asks its question in Predict first.
 */
function advance(state: State, run: (session: StepSession) => void, subStep = true): Partial<Snapshot> {
  const session = forkSession(state.session);
  run(session);
  assertFinite(session);
  const quiz = subStep ? askAfterStep(state, session) : {};
  const update = session.lastUpdate;
  if (session.updates === state.session.updates || session.batchLoss === null || update === null) {
    return { session, ...quiz };
  }
  const norms = recordableNorms(session.gradSum.W.map((sum) => frobeniusNorm(sum) / state.batchSize));
  const point = {
    step: session.updates,
    loss: session.batchLoss,
    learningRate: state.optimizer.learningRate,
    lossAfter: meanBatchLoss(session.model, state.data, update.batchStart, update.batchSize),
    // The batch-mean gradient Update just applied: the sums are kept until the next batch starts.
    ...(norms ? { gradientNorms: norms } : {}),
  };
  return { session, lossHistory: appendLossPoint(state.lossHistory, point), ...quiz };
}

export function createStepSlice(set: SetState, get: GetState): StepActions {
  return {
    forward: () =>
      transact(set, get, 'step/forward', (s) =>
        advance(s, (session) => stepForward(session, s.data, s.batchSize, s.ui.granularity)),
      ),
    backward: () =>
      transact(set, get, 'step/backward', (s) =>
        advance(s, (session) => stepBackward(session, s.data, s.batchSize, s.ui.granularity)),
      ),
    update: () =>
      transact(set, get, 'step/update', (s) =>
        advance(s, (session) => stepUpdate(session, s.batchSize, s.optimizer)),
      ),
    next: () =>
      transact(set, get, 'step/next', (s) =>
        advance(s, (session) => stepNext(session, s.data, s.batchSize, s.ui.granularity, s.optimizer)),
      ),
    step: () =>
      transact(set, get, 'step/iteration', (s) =>
        advance(s, (session) => stepIteration(session, s.data, s.batchSize, s.optimizer), false),
      ),
  };
}
