/**
 * A lesson: the scenario file plus where the class has got to (the current and starting weights, the
 * optimizer's memory, the step position, the loss curve and Play's place in its epoch). It is the
 * scenario format with optional fields, so a saved lesson or a link is also an importable file, and
 * it is validated the same way: whole, before anything changes.
 *
 * The current sample's values (z, a, dL/dz, …) and the batch sums are not stored: the step position
 * says which sub-steps were taken on the current batch, and taking them again on the same weights and
 * data gives the same numbers, bit for bit. After an Update they are taken on the weights from before
 * it, which the lesson keeps for old → new.
 */
import {
  EngineError,
  architectureOf,
  cloneModel,
  createOptimizerState,
  createRng,
  initModel,
  createSession,
  describeValue,
  expectFinite,
  expectRecord,
  expectVector,
  modelToSpec,
  parseModelSpec,
  stepBackward,
  stepForward,
  type CursorState,
  type Granularity,
  type Model,
  type OptimizerState,
  type Sample,
  type StepSession,
} from '../engine';
import { lossCurveOf, lossPoints } from './lossCurve';
import { isPresetId } from './presets';
import { initialProgress } from './progress';
import {
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  fileTooLarge,
  parseJson,
  parseScenarioValue,
  type Scenario,
} from './scenario';
import { snapshotFromScenario } from './slices/scenarioSlice';
import type { LossPoint, Progress, Snapshot, State } from './types';

/** A saved lesson may be larger than an imported file: a long Play leaves a long loss curve. */
export const MAX_LESSON_BYTES = 4_000_000;
/** The loss curve kept in a saved lesson: the most recent points (a minute of Play is ~3,600). */
export const MAX_SAVED_LOSS_POINTS = 20_000;

/** A restored lesson: everything Undo would restore but the quiz, and the step size it was taken with. */
export interface Lesson {
  snapshot: Omit<Snapshot, 'quiz'>;
  granularity?: Granularity;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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

/**
 * The weights Reset returns to: "seeded" when they are the seed's initialisation of the model's
 * shape (after a new shape or seed), which keeps a link to hand-typed weights short.
 */
function startingPoint(state: State, spec: ReturnType<typeof modelToSpec>): unknown {
  const seeded = initModel(architectureOf(state.session.model), createRng(state.seed));
  return sameJson(spec, modelToSpec(seeded)) ? SEEDED : spec;
}

const SEEDED = 'seeded';

/** The lesson as a plain JSON object, every number at full precision. */
export function lessonToJson(state: State): Record<string, unknown> {
  const { session } = state;
  const model = modelToSpec(session.model);
  const initialModel = modelToSpec(state.initialModel);
  const freshOptimizer = sameJson(
    optimizerStateToJson(session.optimizerState),
    optimizerStateToJson(createOptimizerState(session.model)),
  );
  const progressIsInitial = sameJson(state.progress, initialProgress(state.data.length, state.seed));
  const lossHistory = lossPoints(state.lossHistory).slice(-MAX_SAVED_LOSS_POINTS);
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    model,
    data: state.rawTrain,
    optimizer: state.optimizer,
    batchSize: state.batchSize,
    seed: state.seed,
    ...(state.rawTest.length ? { testData: state.rawTest } : {}),
    ...(state.features ? { features: state.features } : {}),
    ...(state.dataset ? { dataset: state.dataset } : {}),
    ...(state.presetId ? { preset: state.presetId } : {}),
    ...(sameJson(model, initialModel) ? {} : { initialModel: startingPoint(state, initialModel) }),
    ...(lossHistory.length ? { lossHistory } : {}),
    ...(progressIsInitial ? {} : { progress: state.progress }),
    step: {
      cursor: session.cursor,
      updates: session.updates,
      batchLoss: session.batchLoss,
      ...(freshOptimizer ? {} : { optimizerState: optimizerStateToJson(session.optimizerState) }),
      ...(session.previous ? { previous: parametersToJson(session.model, session.previous) } : {}),
      ...(session.lastUpdate ? { lastUpdate: session.lastUpdate } : {}),
    },
    view: { granularity: state.ui.granularity },
  };
}

export function serializeLesson(state: State): string {
  return JSON.stringify(lessonToJson(state));
}

function unreachableStep(): EngineError {
  return new EngineError('step.cursor', 'is not a step position the lesson can reach', 'unreachable-step');
}

function expectCount(value: unknown, field: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new EngineError(
      field,
      `must be a whole number from 0 to ${max} (got ${describeValue(value)})`,
      'whole-number-range',
      { max, value: describeValue(value) },
    );
  }
  return value;
}

function expectBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean')
    throw new EngineError(field, `must be true or false (got ${describeValue(value)})`, 'not-boolean', {
      value: describeValue(value),
    });
  return value;
}

function expectArray(value: unknown, field: string, length?: number): unknown[] {
  if (!Array.isArray(value)) throw new EngineError(field, 'must be an array', 'not-an-array');
  if (length !== undefined && value.length !== length)
    throw new EngineError(field, `must have ${length} entries (has ${value.length})`, 'wrong-length', {
      expected: length,
      actual: value.length,
    });
  return value;
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

/**
 * The session at the stored step position: the sub-steps of the current batch taken again, one
 * layer at a time, on the weights they were taken on. Throws if the position cannot be reached.
 */
function restoreSession(
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

function parseLossHistory(value: unknown): LossPoint[] {
  const points = expectArray(value, 'lossHistory');
  return points.map((raw, i) => {
    const field = `lossHistory[${i}]`;
    const record = expectRecord(raw, field);
    const point: LossPoint = {
      step: expectCount(record.step, `${field}.step`),
      loss: expectFinite(record.loss, `${field}.loss`),
      learningRate: expectFinite(record.learningRate, `${field}.learningRate`),
    };
    for (const name of ['lossAfter', 'testLoss', 'accuracy', 'testAccuracy'] as const) {
      if (record[name] !== undefined) point[name] = expectFinite(record[name], `${field}.${name}`);
    }
    if (record.gradientNorms !== undefined)
      point.gradientNorms = expectVector(record.gradientNorms, `${field}.gradientNorms`);
    return point;
  });
}

function parseProgress(value: unknown, samples: number): Progress {
  const record = expectRecord(value, 'progress');
  const order = expectArray(record.order, 'progress.order', samples).map((index, i) =>
    expectCount(index, `progress.order[${i}]`, samples - 1),
  );
  if (new Set(order).size !== samples)
    throw new EngineError('progress.order', 'must list every sample once', 'order-every-sample');
  return {
    samplesSeen: expectCount(record.samplesSeen, 'progress.samplesSeen'),
    epoch: expectCount(record.epoch, 'progress.epoch'),
    order,
    position: expectCount(record.position, 'progress.position', samples),
    rngState: expectCount(record.rngState, 'progress.rngState', 0xffffffff),
  };
}

/**
 * Validate a lesson (a scenario with optional progress fields) and build the state it describes.
 * Throws EngineError naming the field; never returns half a lesson.
 */
export function parseLessonValue(json: unknown): Lesson {
  const scenario: Scenario = parseScenarioValue(json);
  const root = expectRecord(json, 'scenario');
  const presetId = typeof root.preset === 'string' && isPresetId(root.preset) ? root.preset : null;
  const snapshot = snapshotFromScenario(scenario, presetId);
  const { data, batchSize } = snapshot;
  const model = scenario.model;
  if (root.initialModel !== undefined) {
    const initialModel =
      root.initialModel === SEEDED
        ? initModel(architectureOf(model), createRng(scenario.seed))
        : parseModelSpec(root.initialModel, 'initialModel');
    if (!sameJson(architectureOf(initialModel), architectureOf(model))) {
      throw new EngineError(
        'initialModel',
        'must have the same layers, activations and loss as the model',
        'initial-model-mismatch',
      );
    }
    snapshot.initialModel = initialModel;
  }
  if (root.lossHistory !== undefined) snapshot.lossHistory = lossCurveOf(parseLossHistory(root.lossHistory));
  if (root.progress !== undefined) snapshot.progress = parseProgress(root.progress, data.length);
  if (root.step !== undefined) snapshot.session = restoreSession(root.step, model, data, batchSize);
  const view = root.view === undefined ? {} : expectRecord(root.view, 'view');
  const granularity = view.granularity;
  if (granularity !== undefined && granularity !== 'layer' && granularity !== 'pass') {
    throw new EngineError(
      'view.granularity',
      `must be "layer" or "pass" (got ${describeValue(granularity)})`,
      'one-of',
      { choices: '"layer", "pass"', value: describeValue(granularity) },
    );
  }
  return granularity ? { snapshot, granularity } : { snapshot };
}

export function parseLesson(text: string, maxBytes = MAX_LESSON_BYTES): Lesson {
  if (text.length > maxBytes) {
    throw fileTooLarge(text, maxBytes);
  }
  return parseLessonValue(parseJson(text));
}
