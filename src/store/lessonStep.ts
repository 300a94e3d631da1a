/**
 * A lesson's step position: the cursor, the optimizer's memory, the weights from before the last
 * Update, and the session rebuilt from them.
 *
 * The current sample's values (z, a, dL/dz, …) and the batch sums are not stored: the step position
 * says which sub-steps were taken on the current batch, and taking them again on the same weights and
 * data gives the same numbers, bit for bit. After an Update they are taken on the weights from before
 * it, which the lesson keeps for old → new.
 */
import {
  EngineError,
  cloneModel,
  createOptimizerState,
  createSession,
  expectFinite,
  expectRecord,
  expectVector,
  modelToSpec,
  stepBackward,
  stepForward,
  type CursorState,
  type Model,
  type OptimizerState,
  type Sample,
  type StepSession,
} from '../engine';
import { expectArray, expectBoolean, expectCount, sameJson } from './expect';

/** Optimizer memory; a moment that is all zeros (SGD's, or v for momentum) is left out. */
function optimizerStateToJson(state: OptimizerState) {
  const zero = (buffers: OptimizerState['m']) =>
    buffers.every(({ W, b }) => W.every((x) => x === 0) && b.every((x) => x === 0));
  const pairs = (buffers: OptimizerState['m']) =>
    buffers.map(({ W, b }) => ({ W: Array.from(W), b: Array.from(b) }));
  return {
    t: state.t,
    ...(zero(state.m) ? {} : { m: pairs(state.m) }),
    ...(zero(state.v) ? {} : { v: pairs(state.v) }),
  };
}

/** The parameters of `model` laid out as a model spec (W as out × in rows). */
function parametersToJson(model: Model, parameters: readonly { W: Float64Array; b: Float64Array }[]) {
  return modelToSpec({
    loss: model.loss,
    layers: model.layers.map((layer, l) => ({ ...layer, W: parameters[l]!.W, b: parameters[l]!.b })),
  }).layers.map(({ W, b }) => ({ W, b }));
}

/** The `step` field of a lesson: the position, and what is needed to rebuild the session there. */
export function stepToJson(session: StepSession) {
  const freshOptimizer = sameJson(
    optimizerStateToJson(session.optimizerState),
    optimizerStateToJson(createOptimizerState(session.model)),
  );
  return {
    cursor: session.cursor,
    updates: session.updates,
    batchLoss: session.batchLoss,
    ...(freshOptimizer ? {} : { optimizerState: optimizerStateToJson(session.optimizerState) }),
    ...(session.previous ? { previous: parametersToJson(session.model, session.previous) } : {}),
    ...(session.lastUpdate ? { lastUpdate: session.lastUpdate } : {}),
  };
}

/** Per-layer W and b buffers shaped like `model`'s, from [{ W: [[…]], b: […] }, …] (W as rows). */
function parseParameters(value: unknown, model: Model, field: string) {
  const layers = expectArray(value, field, model.layers.length);
  return model.layers.map((layer, l) => {
    const record = expectRecord(layers[l], `${field}[${l}]`);
    const rows = expectArray(record.W, `${field}[${l}].W`, layer.outSize);
    const W = new Float64Array(layer.W.length);
    rows.forEach((row, i) =>
      W.set(expectVector(row, `${field}[${l}].W[${i}]`, layer.inSize), i * layer.inSize),
    );
    return { W, b: Float64Array.from(expectVector(record.b, `${field}[${l}].b`, layer.outSize)) };
  });
}

/** Optimizer memory as stored: flat W buffers (one per layer), each the model's shape. */
function parseOptimizerState(value: unknown, model: Model, field: string): OptimizerState {
  const record = expectRecord(value, field);
  const buffers = (name: 'm' | 'v') => {
    if (record[name] === undefined) return createOptimizerState(model)[name];
    const layers = expectArray(record[name], `${field}.${name}`, model.layers.length);
    return model.layers.map((layer, l) => {
      const entry = expectRecord(layers[l], `${field}.${name}[${l}]`);
      return {
        W: Float64Array.from(expectVector(entry.W, `${field}.${name}[${l}].W`, layer.W.length)),
        b: Float64Array.from(expectVector(entry.b, `${field}.${name}[${l}].b`, layer.outSize)),
      };
    });
  };
  return { t: expectCount(record.t, `${field}.t`), m: buffers('m'), v: buffers('v') };
}

function parseCursor(value: unknown, layers: number, batchSize: number, samples: number): CursorState {
  const record = expectRecord(value, 'step.cursor');
  return {
    batchStart: expectCount(record.batchStart, 'step.cursor.batchStart', samples - 1),
    sampleInBatch: expectCount(record.sampleInBatch, 'step.cursor.sampleInBatch', batchSize - 1),
    forwardDone: expectCount(record.forwardDone, 'step.cursor.forwardDone', layers),
    lossDone: expectBoolean(record.lossDone, 'step.cursor.lossDone'),
    backwardDone: expectCount(record.backwardDone, 'step.cursor.backwardDone', layers),
    samplesDone: expectCount(record.samplesDone, 'step.cursor.samplesDone', batchSize),
    updated: expectBoolean(record.updated, 'step.cursor.updated'),
  };
}

function unreachableStep(): EngineError {
  return new EngineError('step.cursor', 'is not a step position the lesson can reach', 'unreachable-step');
}

/**
 * The session at the stored step position: the sub-steps of the current batch taken again, one
 * layer at a time, on the weights they were taken on. Throws if the position cannot be reached.
 */
export function restoreSession(
  value: unknown,
  model: Model,
  data: readonly Sample[],
  batchSize: number,
): StepSession {
  const record = expectRecord(value, 'step');
  const L = model.layers.length;
  const cursor = parseCursor(record.cursor, L, batchSize, data.length);
  const previous =
    record.previous === undefined ? null : parseParameters(record.previous, model, 'step.previous');
  if (cursor.updated && !previous)
    throw new EngineError('step.previous', 'is needed after an Update', 'previous-needed');
  const optimizerState =
    record.optimizerState === undefined
      ? createOptimizerState(model)
      : parseOptimizerState(record.optimizerState, model, 'step.optimizerState');
  const batchLoss =
    record.batchLoss === null || record.batchLoss === undefined
      ? null
      : expectFinite(record.batchLoss, 'step.batchLoss');
  const updates = expectCount(record.updates, 'step.updates');

  const before =
    cursor.updated && previous
      ? { ...cloneModel(model), layers: model.layers.map((layer, l) => ({ ...layer, ...previous[l]! })) }
      : model;
  const session = createSession(before);
  session.cursor.batchStart = cursor.batchStart;
  try {
    for (let sample = 0; sample <= cursor.sampleInBatch; sample++) {
      const current = sample === cursor.sampleInBatch;
      const forwards = current ? cursor.forwardDone + (cursor.lossDone ? 1 : 0) : L + 1;
      const backwards = current ? cursor.backwardDone : L;
      for (let k = 0; k < forwards; k++) stepForward(session, data, batchSize, 'layer');
      for (let k = 0; k < backwards; k++) stepBackward(session, data, batchSize, 'layer');
    }
  } catch {
    throw unreachableStep();
  }
  if (cursor.updated) {
    session.cursor.updated = true;
    session.previous = previous;
    session.model = cloneModel(model);
  }
  if (!sameJson(session.cursor, cursor)) {
    throw unreachableStep();
  }
  session.optimizerState = optimizerState;
  session.updates = updates;
  session.batchLoss = batchLoss;
  if (record.lastUpdate !== undefined)
    session.lastUpdate = parseLastUpdate(record.lastUpdate, updates, data.length);
  return session;
}

/** Which batch the last Update used (for the loss-change readout after the next forward). */
function parseLastUpdate(value: unknown, updates: number, samples: number) {
  const record = expectRecord(value, 'step.lastUpdate');
  return {
    updates: expectCount(record.updates, 'step.lastUpdate.updates', updates),
    batchStart: expectCount(record.batchStart, 'step.lastUpdate.batchStart', samples - 1),
    batchSize: expectCount(record.batchSize, 'step.lastUpdate.batchSize', samples),
  };
}
