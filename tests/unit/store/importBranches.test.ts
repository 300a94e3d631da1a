// @vitest-environment node
/**
 * Every branch of an import, without React: each optional field of a scenario or a saved lesson
 * applied when valid, and refused naming the field when not, with the state left as it was.
 */
import { describe, expect, it } from 'vitest';
import { architectureOf, createRng, initModel, modelToSpec, parseModelSpec } from '../../../src/engine';
import {
  MAX_SCENARIO_BYTES,
  createAppStore,
  lossPoints,
  parseLesson,
  serializeLesson,
  type AppStore,
} from '../../../src/store';
import { MAX_SAMPLES } from '../../../src/store/scenario';
import { textbookScenario, TEXTBOOK_SAMPLE, TEXTBOOK_SPEC } from '../../fixtures/textbook';

type File = Record<string, unknown>;

/** The textbook scenario with `changes` applied on top. */
const file = (changes: File = {}): File => ({ ...textbookScenario(), ...changes });

function importInto(store: AppStore, content: unknown) {
  return store.getState().importScenario(typeof content === 'string' ? content : JSON.stringify(content));
}

/** A 2-input, 1-output sigmoid network for the data-shaped cases. */
const binarySpec = (inputs = 2) => ({
  layers: [{ W: [Array.from({ length: inputs }, () => 0.1)], b: [0], activation: 'sigmoid' }],
  loss: 'bce',
});

describe('importing a scenario file', () => {
  it.each([
    ['larger than 1 MB', ' '.repeat(MAX_SCENARIO_BYTES + 1), 'file'],
    ['not JSON', '{"format":', 'file'],
    ['not an object', '[1, 2]', 'scenario'],
    ['of another format', file({ format: 'other' }), 'format'],
    ['of another version', file({ version: 2 }), 'version'],
    ['with an unknown dataset', file({ data: undefined, dataset: { kind: 'swirl' } }), 'dataset.kind'],
    [
      'with too many samples',
      file({ data: Array.from({ length: MAX_SAMPLES + 1 }, () => TEXTBOOK_SAMPLE) }),
      'data',
    ],
    [
      'with too many test samples',
      file({ testData: Array.from({ length: MAX_SAMPLES + 1 }, () => TEXTBOOK_SAMPLE) }),
      'testData',
    ],
    ['with a bad test sample', file({ testData: [{ x: [1], y: [0, 1] }] }), 'testData[0].x'],
    [
      'with a target bce cannot take',
      file({ model: binarySpec(), data: [{ x: [0, 1], y: [2] }] }),
      'data[0].y[0]',
    ],
    [
      'with features the network has no inputs for',
      file({ model: binarySpec(), data: [{ x: [0, 1], y: [1] }], features: ['x1', 'x2', 'x1x2'] }),
      'features',
    ],
    [
      'with an unknown feature',
      file({ model: binarySpec(), data: [{ x: [0, 1], y: [1] }], features: ['x3', 'x1'] }),
      'features',
    ],
    ['with a seed written as text', file({ seed: '0x10' }), 'seed'],
    ['with a batch larger than the data', file({ batchSize: 2 }), 'batchSize'],
    [
      'with an unknown optimizer',
      file({ optimizer: { kind: 'rmsprop', learningRate: 0.1 } }),
      'optimizer.kind',
    ],
  ])('refuses one %s, naming %s, and changes nothing', (_case, content, field) => {
    const store = createAppStore({ preset: 'xor' });
    const before = store.getState();
    const result = importInto(store, content);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.field).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}`));
    expect(store.getState().session).toBe(before.session);
    expect(store.getState().rawTrain).toBe(before.rawTrain);
    expect(store.getState().ui.error).toEqual(result.ok ? null : result.error);
  });

  it('takes the defaults for a missing batch size (1) and seed (0)', () => {
    const store = createAppStore({ preset: 'xor' });
    const rest: Partial<ReturnType<typeof textbookScenario>> = textbookScenario();
    delete rest.batchSize;
    delete rest.seed;
    expect(importInto(store, rest)).toEqual({ ok: true });
    expect(store.getState().batchSize).toBe(1);
    expect(store.getState().seed).toBe(0);
  });

  it('generates the data from a dataset given without data, train and test apart', () => {
    const store = createAppStore({ preset: 'textbook' });
    const dataset = { kind: 'xor', count: 40, noise: 0, seed: 3 };
    expect(importInto(store, file({ model: binarySpec(), data: undefined, dataset }))).toEqual({ ok: true });
    const s = store.getState();
    expect(s.rawTrain.length + s.rawTest.length).toBe(40);
    expect(s.rawTest.length).toBeGreaterThan(0);
    expect(s.dataset).toMatchObject(dataset);
  });

  it('applies input features to 2-D and to 1-D data', () => {
    const store = createAppStore({ preset: 'textbook' });
    const twoD = file({
      model: binarySpec(3),
      data: [{ x: [0.5, 2], y: [1] }],
      features: ['x1', 'x2', 'x1x2'],
    });
    expect(importInto(store, twoD)).toEqual({ ok: true });
    expect(store.getState().data[0]!.x).toEqual([0.5, 2, 1]);
    expect(store.getState().rawTrain[0]!.x).toEqual([0.5, 2]);
    const oneD = file({ model: binarySpec(2), data: [{ x: [3], y: [0] }], features: ['x1', 'x1sq'] });
    expect(importInto(store, oneD)).toEqual({ ok: true });
    expect(store.getState().data[0]!.x).toEqual([3, 9]);
  });

  it('keeps test data apart from the training data', () => {
    const store = createAppStore({ preset: 'xor' });
    const testData = [{ x: [0.2, 0.4], y: [0, 1] }];
    expect(importInto(store, file({ testData }))).toEqual({ ok: true });
    expect(store.getState().rawTest).toEqual(testData);
    expect(store.getState().data).toEqual([TEXTBOOK_SAMPLE]);
  });
});

describe('importing a saved lesson', () => {
  /** The textbook lesson after two Steps with momentum (optimizer memory, a curve, old weights). */
  function trained(): AppStore {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().setOptimizer('momentum');
    store.getState().step();
    store.getState().step();
    return store;
  }
  const saved = () => JSON.parse(serializeLesson(trained().getState())) as File;

  it('restores the step position, the optimizer memory, the old weights and the curve', () => {
    const source = trained();
    const store = createAppStore({ preset: 'xor' });
    expect(importInto(store, serializeLesson(source.getState()))).toEqual({ ok: true });
    const [a, b] = [store.getState(), source.getState()];
    expect(a.session.cursor).toEqual(b.session.cursor);
    expect(a.session.updates).toBe(2);
    expect(a.session.optimizerState.m[0]!.W).toEqual(b.session.optimizerState.m[0]!.W);
    expect(a.session.previous).toEqual(b.session.previous);
    expect(lossPoints(a.lossHistory)).toEqual(lossPoints(b.lossHistory));
    expect(a.presetId).toBe('textbook');
  });

  it('keeps a known preset id and drops an unknown one', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(importInto(store, file({ preset: 'no-such-preset' }))).toEqual({ ok: true });
    expect(store.getState().presetId).toBeNull();
  });

  it('rebuilds "seeded" starting weights from the seed', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(importInto(store, file({ initialModel: 'seeded', seed: 5 }))).toEqual({ ok: true });
    const model = parseModelSpec(TEXTBOOK_SPEC);
    expect(modelToSpec(store.getState().initialModel)).toEqual(
      modelToSpec(initModel(architectureOf(model), createRng(5))),
    );
  });

  it('reads a loss curve with every optional field', () => {
    const store = createAppStore({ preset: 'xor' });
    const point = {
      step: 1,
      loss: 0.5,
      learningRate: 0.1,
      lossAfter: 0.4,
      testLoss: 0.6,
      accuracy: 0.5,
      testAccuracy: 0.25,
      gradientNorms: [0.1, 0.2],
    };
    expect(importInto(store, file({ lossHistory: [point] }))).toEqual({ ok: true });
    expect(lossPoints(store.getState().lossHistory)).toEqual([point]);
  });

  it('opens a lesson in the step size it was saved with', () => {
    const store = createAppStore({ preset: 'xor' });
    const lesson = parseLesson(JSON.stringify(file({ view: { granularity: 'pass' } })));
    expect(store.getState().openLesson(lesson)).toEqual({ ok: true });
    expect(store.getState().ui.granularity).toBe('pass');
    const refused = parseLesson.bind(null, JSON.stringify(file({ view: { granularity: 'epoch' } })));
    expect(refused).toThrow(/"layer" or "pass"/);
  });

  it.each([
    ['starting weights of another shape', () => file({ initialModel: binarySpec() }), 'initialModel'],
    ['a loss curve that is not a list', () => file({ lossHistory: { step: 1 } }), 'lossHistory'],
    [
      'a loss point without a loss',
      () => file({ lossHistory: [{ step: 1, learningRate: 0.1 }] }),
      'lossHistory[0].loss',
    ],
    [
      'an epoch order that repeats a sample',
      () =>
        file({
          data: [TEXTBOOK_SAMPLE, TEXTBOOK_SAMPLE],
          progress: { samplesSeen: 0, epoch: 0, order: [0, 0], position: 0, rngState: 1 },
        }),
      'progress.order',
    ],
    [
      'a step position past the network',
      () => ({
        ...saved(),
        step: {
          ...(saved().step as File),
          cursor: { ...((saved().step as File).cursor as File), forwardDone: 9 },
        },
      }),
      'step.cursor.forwardDone',
    ],
    [
      'a finished Update without the weights before it',
      () => {
        const lesson = saved();
        const step = lesson.step as File;
        const rest: File = { ...step, cursor: { ...(step.cursor as File), updated: true } };
        delete rest.previous;
        return { ...lesson, step: rest };
      },
      'step.previous',
    ],
    [
      'a step position the sub-steps cannot reach',
      () => {
        const lesson = saved();
        const step = lesson.step as File;
        return {
          ...lesson,
          step: { ...step, cursor: { ...(step.cursor as File), lossDone: true, forwardDone: 0 } },
        };
      },
      'step.cursor',
    ],
    [
      'optimizer memory of the wrong size',
      () => {
        const lesson = saved();
        const step = lesson.step as File;
        return { ...lesson, step: { ...step, optimizerState: { t: 2, m: [{ W: [1], b: [0, 0] }] } } };
      },
      'step.optimizerState.m',
    ],
    [
      'a last update from the future',
      () => {
        const lesson = saved();
        const step = lesson.step as File;
        return { ...lesson, step: { ...step, lastUpdate: { updates: 99, batchStart: 0, batchSize: 1 } } };
      },
      'step.lastUpdate.updates',
    ],
    ['a step view that is not an object', () => file({ view: 'pass' }), 'view'],
  ])('refuses a lesson with %s, naming %s, and changes nothing', (_case, content, field) => {
    const store = createAppStore({ preset: 'xor' });
    const before = store.getState();
    const result = importInto(store, content());
    expect(result.ok ? '' : result.error.field).toBe(field);
    expect(store.getState().session).toBe(before.session);
  });
});
