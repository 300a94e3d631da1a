/**
 * A lesson: the scenario file plus where the class has got to (the current and starting weights, the
 * optimizer's memory, the step position, the loss curve and Play's place in its epoch). It is the
 * scenario format with optional fields, so a saved lesson or a link is also an importable file, and
 * it is validated the same way: whole, before anything changes.
 *
 * The step position and the session rebuilt from it are lessonStep.ts.
 */
import {
  EngineError,
  architectureOf,
  createRng,
  initModel,
  describeValue,
  expectFinite,
  expectRecord,
  expectVector,
  modelToSpec,
  parseModelSpec,
  type Granularity,
  type LossPoint,
} from '../engine';
import { expectArray, expectCount, sameJson } from './expect';
import { restoreSession, stepToJson } from './lessonStep';
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
import type { Progress, Snapshot, State } from './types';

/** A saved lesson may be larger than an imported file: a long Play leaves a long loss curve. */
export const MAX_LESSON_BYTES = 4_000_000;
/** The loss curve kept in a saved lesson: the most recent points (a minute of Play is ~3,600). */
export const MAX_SAVED_LOSS_POINTS = 20_000;

/** A restored lesson: everything Undo would restore but the quiz, and the step size it was taken with. */
export interface Lesson {
  snapshot: Omit<Snapshot, 'quiz'>;
  granularity?: Granularity;
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
    step: stepToJson(session),
    view: { granularity: state.ui.granularity },
  };
}

export function serializeLesson(state: State): string {
  return JSON.stringify(lessonToJson(state));
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
