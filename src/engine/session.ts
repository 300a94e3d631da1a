/**
 * A step session: the model, its optimizer state, the step cursor and the current sample's values,
 * as plain data (numbers and typed arrays) a store can snapshot, fork and restore.
 */
import { cloneModel, type Model } from './model';
import { cloneOptimizerState, createOptimizerState, type OptimizerState } from './optimizers';
import { createTraceBuffers, type TraceBuffers } from './trace';

export interface CursorState {
  /** Index into the data of the current batch's first sample. */
  batchStart: number;
  /** Which sample of the batch is being traced, 0 … B − 1. */
  sampleInBatch: number;
  /** Layers forwarded for the current sample, 0 … L. */
  forwardDone: number;
  lossDone: boolean;
  /** Layers back-propagated for the current sample, counted from the output, 0 … L. */
  backwardDone: number;
  /** Samples of this batch whose gradients are accumulated. */
  samplesDone: number;
  /** True after Update, until the next Forward starts the next batch. */
  updated: boolean;
}

export interface StepSession {
  model: Model;
  optimizerState: OptimizerState;
  cursor: CursorState;
  /** The current sample's values. Index l is layer l + 1. */
  trace: TraceBuffers;
  /** The current sample's loss, once computed. */
  loss: number | null;
  /** Σ over finished samples of their loss and gradients; the mean is taken by Update. */
  batchLossSum: number;
  gradSum: { W: Float64Array[]; b: Float64Array[] };
  /** Mean loss and gradients of the last completed batch (what Update applied or will apply). */
  batchLoss: number | null;
  /** The parameters before the last update, for old → new; null until an update, and after the next forward. */
  previous: { W: Float64Array; b: Float64Array }[] | null;
  /** Updates applied so far. */
  updates: number;
  /**
   * The batch the last Update was computed on, so the next forward can be compared with it ("the
   * loss fell"). Kept while the cursor moves on to the next batch; null before any update and after
   * an edit (restartBatch), since a forward then no longer shows the update's effect alone.
   */
  lastUpdate: UpdateRecord | null;
}

export interface UpdateRecord {
  /** `updates` after it: the number of the update. */
  updates: number;
  batchStart: number;
  batchSize: number;
}

export function emptyCursor(batchStart: number): CursorState {
  return {
    batchStart,
    sampleInBatch: 0,
    forwardDone: 0,
    lossDone: false,
    backwardDone: 0,
    samplesDone: 0,
    updated: false,
  };
}

export function zeroGradients(model: Model): StepSession['gradSum'] {
  return {
    W: model.layers.map((layer) => new Float64Array(layer.W.length)),
    b: model.layers.map((layer) => new Float64Array(layer.outSize)),
  };
}

export function createSession(model: Model): StepSession {
  return {
    model: cloneModel(model),
    optimizerState: createOptimizerState(model),
    cursor: emptyCursor(0),
    trace: createTraceBuffers(model),
    loss: null,
    batchLossSum: 0,
    gradSum: zeroGradients(model),
    batchLoss: null,
    previous: null,
    updates: 0,
    lastUpdate: null,
  };
}

const copyAll = (arrays: Float64Array[]) => arrays.map((a) => a.slice());

/** A deep copy: nothing in it is shared with `session`. */
export function cloneSession(session: StepSession): StepSession {
  return {
    ...forkSession(session),
    model: cloneModel(session.model),
    optimizerState: cloneOptimizerState(session.optimizerState),
    previous: session.previous ? session.previous.map(({ W, b }) => ({ W: W.slice(), b: b.slice() })) : null,
  };
}

/**
 * A copy to take sub-steps on that shares the parameters, the optimizer state and `previous` with
 * the original: the step functions only replace those (stepUpdate), never change them in place.
 * Copies what forward and backward steps write: the cursor, the trace and the batch sums.
 */
export function forkSession(session: StepSession): StepSession {
  const { trace } = session;
  return {
    ...session,
    cursor: { ...session.cursor },
    trace: {
      z: copyAll(trace.z),
      a: copyAll(trace.a),
      dLda: copyAll(trace.dLda),
      dLdz: copyAll(trace.dLdz),
      dLdW: copyAll(trace.dLdW),
      dLdb: copyAll(trace.dLdb),
      dLdx: trace.dLdx.slice(),
    },
    gradSum: { W: copyAll(session.gradSum.W), b: copyAll(session.gradSum.b) },
  };
}

/**
 * Start the current batch again from its first sample, dropping partial values (after an edit): the
 * losses computed so far belong to the network before the edit, so they go too.
 */
export function restartBatch(session: StepSession): void {
  session.cursor = emptyCursor(session.cursor.batchStart);
  session.trace = createTraceBuffers(session.model);
  session.loss = null;
  session.batchLossSum = 0;
  session.batchLoss = null;
  session.gradSum = zeroGradients(session.model);
  session.previous = null;
  session.lastUpdate = null;
}

/** Index into the data of the sample being traced. */
export function currentSampleIndex(session: StepSession, dataLength: number): number {
  return (session.cursor.batchStart + session.cursor.sampleInBatch) % dataLength;
}
