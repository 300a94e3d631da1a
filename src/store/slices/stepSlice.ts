/** Forward, Backward, Update, next sub-step and whole Step: the step cursor's verbs. */
import {
  forkSession,
  meanBatchLoss,
  stepBackward,
  stepForward,
  stepIteration,
  stepNext,
  stepUpdate,
  type StepSession,
} from '../../engine';
import { appendLossPoint } from '../lossCurve';
import { assertFinite, transact, type GetState, type SetState } from '../transaction';
import type { Snapshot, State, StepActions } from '../types';

/**
 * Apply `run` to a fork of the session (parameters shared until an Update replaces them, so a
 * Forward or Backward leaves the model object, and everything drawn from it, as it was); append a
 * loss point if it applied an update: the batch's loss before it, and after it, from one forward
 * pass of the same batch through the updated network (B forward passes: a fraction of the backward
 * pass the update needed, so stepping and slow Play stay as fast as they were).
 */
function advance(state: State, run: (session: StepSession) => void): Partial<Snapshot> {
  const session = forkSession(state.session);
  run(session);
  assertFinite(session);
  const update = session.lastUpdate;
  if (session.updates === state.session.updates || session.batchLoss === null || update === null) {
    return { session };
  }
  const point = {
    step: session.updates,
    loss: session.batchLoss,
    learningRate: state.optimizer.learningRate,
    lossAfter: meanBatchLoss(session.model, state.data, update.batchStart, update.batchSize),
  };
  return { session, lossHistory: appendLossPoint(state.lossHistory, point) };
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
        advance(s, (session) => stepIteration(session, s.data, s.batchSize, s.optimizer)),
      ),
  };
}
