/**
 * How every undoable action changes the state: compute the new values from a copy (the engine mutates
 * only the copy), check them, then commit them in one `set` together with the history entry. If any
 * step throws, nothing was set, so a refused action never half-applies.
 */
import {
  EngineError,
  createSession,
  findNonFinite,
  type Model,
  type NonFinite,
  type StepRefusal,
  type StepSession,
} from '../engine';
import { divergedError } from './divergence';
import { EMPTY_LOSS_CURVE } from './lossCurve';
import type { ActionError, ActionResult, AppState, Snapshot, State } from './types';

/** Undo depth. Each snapshot shares unchanged parts with its neighbours, so this costs little. */
export const MAX_HISTORY = 500;

export type SetState = (partial: Partial<AppState>, replace?: false, action?: string) => void;
export type GetState = () => AppState;

export const OK: ActionResult = { ok: true };

export function snapshotOf(state: State): Snapshot {
  return {
    session: state.session,
    data: state.data,
    optimizer: state.optimizer,
    batchSize: state.batchSize,
    seed: state.seed,
    initialModel: state.initialModel,
    lossHistory: state.lossHistory,
    presetId: state.presetId,
    rawTrain: state.rawTrain,
    rawTest: state.rawTest,
    testData: state.testData,
    features: state.features,
    dataset: state.dataset,
    progress: state.progress,
    quiz: state.quiz,
  };
}

/** The patch for new weights: Reset returns to them, the session starts on them, the curve starts over. */
export function freshStart(model: Model): Pick<Snapshot, 'initialModel' | 'session' | 'lossHistory'> {
  return { initialModel: model, session: createSession(model), lossHistory: EMPTY_LOSS_CURVE };
}

/** Thrown inside a transaction when a step produced NaN or Infinity. */
export class DivergedError extends Error {
  readonly error: ActionError;
  constructor(detail: NonFinite, model: Model) {
    const error = divergedError(detail, model);
    super(error.message);
    this.error = error;
  }
}

export function assertFinite(session: StepSession): void {
  const found = findNonFinite(session);
  if (found) throw new DivergedError(found, session.model);
}

export function toActionError(error: unknown): ActionError {
  if (error instanceof DivergedError) return error.error;
  if (error instanceof EngineError) {
    if (error.field === 'step') return { code: error.reason as StepRefusal, message: error.message };
    const invalid: ActionError = { code: 'invalid', message: error.message, field: error.field };
    if (error.code) invalid.reason = { code: error.code, params: error.params };
    return invalid;
  }
  return { code: 'invalid', message: error instanceof Error ? error.message : String(error) };
}

export function refuse(set: SetState, get: GetState, name: string, error: ActionError): ActionResult {
  set({ ui: { ...get().ui, error } }, false, `${name}/refused`);
  return { ok: false, error };
}

/**
 * Run `produce` on the current state; commit its result as one undoable change named `name`
 * (for devtools), or record the error and change nothing.
 */
export function transact(
  set: SetState,
  get: GetState,
  name: string,
  produce: (state: State) => Partial<Snapshot>,
): ActionResult {
  const state = get();
  let patch: Partial<Snapshot>;
  try {
    patch = produce(state);
  } catch (error) {
    return refuse(set, get, name, toActionError(error));
  }
  const past = [...state.history.past, snapshotOf(state)];
  if (past.length > MAX_HISTORY) past.splice(0, past.length - MAX_HISTORY);
  set({ ...patch, history: { past, future: [] }, ui: { ...state.ui, error: null } }, false, name);
  return OK;
}
