// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nextSubStep } from '../../../src/engine';
import {
  createAppStore,
  createPlayer,
  parseLesson,
  serializeLesson,
  PRESET_IDS,
  selectLossChange,
  type AppStore,
  lossPoints,
} from '../../../src/store';
import { snapshotOf } from '../../../src/store/transaction';

/** Every number and position the lesson holds, typed arrays included, as comparable JSON (keys sorted). */
function everything(store: AppStore): string {
  const state = store.getState();
  return JSON.stringify(
    { ...snapshotOf(state), granularity: state.ui.granularity },
    (_key, value: unknown) => {
      if (value instanceof Float64Array) return Array.from(value);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
      }
      return value;
    },
  );
}

function reloaded(store: AppStore): AppStore {
  return createAppStore({ lesson: parseLesson(serializeLesson(store.getState())) });
}

describe('saved lessons', () => {
  it('keep the loss falling on screen: the before → after readout and the chart point survive a reload', () => {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().setGranularity('pass');
    store.getState().step();
    store.getState().forward();
    const change = selectLossChange(store.getState());
    expect(change).not.toBeNull();
    expect(change!.after).toBeLessThan(change!.before);
    const again = reloaded(store);
    expect(selectLossChange(again.getState())).toEqual(change);
    expect(lossPoints(again.getState().lossHistory)).toEqual(lossPoints(store.getState().lossHistory));
  });

  it.each(PRESET_IDS)(
    'restore %s exactly at every sub-step of two iterations, with SGD, momentum and Adam',
    (id) => {
      for (const optimizer of ['sgd', 'momentum', 'adam'] as const) {
        const store = createAppStore({ preset: id });
        store.getState().setOptimizer(optimizer);
        const layers = store.getState().session.model.layers.length;
        const iteration = (2 * layers + 2) * store.getState().batchSize + 1;
        for (let k = 0; k <= 2 * iteration; k++) {
          const copy = reloaded(store);
          expect(everything(copy), `${optimizer}, after ${k} sub-steps`).toBe(everything(store));
          const { session, batchSize } = store.getState();
          expect(nextSubStep(copy.getState().session, batchSize)).toEqual(nextSubStep(session, batchSize));
          expect(store.getState().next().ok).toBe(true);
        }
      }
    },
  );

  it('restores typed inputs and weights, whole-pass steps, a new seed, test data and the loss curve', () => {
    const store = createAppStore({ preset: 'relu-bce' });
    const s = () => store.getState();
    s().setSampleValue('x', 0, '1/3');
    s().setWeight(1, 0, 1, '0.123456789012345');
    s().setGranularity('pass');
    for (let k = 0; k < 7; k++) s().next();
    expect(lossPoints(s().lossHistory).length).toBeGreaterThan(0);
    expect(everything(reloaded(store))).toBe(everything(store));

    s().setSeed(9);
    s().generateData({ kind: 'rings', count: 60, noise: 0.2, testFraction: 0.25, seed: 5 });
    s().setFeatures(['x1', 'x2', 'x1x2']);
    s().setBatchSize(8);
    s().step();
    s().forward();
    expect(s().testData.length).toBeGreaterThan(0);
    expect(everything(reloaded(store))).toBe(everything(store));
  });

  it('restores Play: its place in the shuffled epoch and the measured curve', () => {
    const store = createAppStore({ preset: 'xor' });
    let time = 0;
    const frames: (() => void)[] = [];
    const player = createPlayer(store, {
      now: () => (time += 1),
      requestFrame: (callback) => frames.push(callback),
      cancelFrame: () => undefined,
    });
    store.getState().generateData({ kind: 'blobs', count: 40, noise: 0.1, testFraction: 0.25, seed: 3 });
    store.getState().setBatchSize(7);
    store.getState().setSpeed(10);
    store.getState().setPlaying(true);
    for (let k = 0; k < 5 && frames.length; k++) frames.shift()!();
    store.getState().setPlaying(false);
    player.dispose();
    expect(store.getState().progress.epoch).toBeGreaterThan(0);
    expect(lossPoints(store.getState().lossHistory)[0]?.testLoss).toBeGreaterThan(0);
    expect(everything(reloaded(store))).toBe(everything(store));
  });

  it('is an importable scenario file: import restores the step position', () => {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().forward();
    store.getState().forward();
    const text = serializeLesson(store.getState());
    const other = createAppStore({ preset: 'xor' });
    expect(other.getState().importScenario(text).ok).toBe(true);
    expect(other.getState().session.cursor).toEqual(store.getState().session.cursor);
    expect(other.getState().session.trace.a).toEqual(store.getState().session.trace.a);
  });

  const saved = () => {
    const store = createAppStore({ preset: 'textbook' });
    for (let k = 0; k < 4; k++) store.getState().forward();
    store.getState().backward();
    return JSON.parse(serializeLesson(store.getState())) as Record<string, unknown> & {
      step: Record<string, unknown> & { cursor: Record<string, unknown> };
    };
  };

  it.each([
    [
      'an unreachable step position',
      (l: ReturnType<typeof saved>) => (l.step.cursor.lossDone = false),
      'step.cursor',
    ],
    [
      'a cursor past the last layer',
      (l: ReturnType<typeof saved>) => (l.step.cursor.forwardDone = 9),
      'step.cursor.forwardDone',
    ],
    [
      'updated without the old weights',
      (l: ReturnType<typeof saved>) => (l.step.cursor.updated = true),
      'step.previous',
    ],
    [
      'a curve point without a loss',
      (l: ReturnType<typeof saved>) => (l.lossHistory = [{ step: 1, learningRate: 0.5 }]),
      'lossHistory[0].loss',
    ],
    [
      'a Play order that skips a sample',
      (l: ReturnType<typeof saved>) =>
        (l.progress = { samplesSeen: 0, epoch: 0, order: [1], position: 0, rngState: 1 }),
      'progress.order[0]',
    ],
    [
      'starting weights of another shape',
      (l: ReturnType<typeof saved>) =>
        (l.initialModel = { loss: 'mse', layers: [{ W: [[1, 2]], b: [0], activation: 'sigmoid' }] }),
      'initialModel',
    ],
    [
      'an unknown step size',
      (l: ReturnType<typeof saved>) => (l.view = { granularity: 'sample' }),
      'view.granularity',
    ],
  ])('refuses %s, naming the field, and an import of it changes nothing', (_name, spoil, field) => {
    const lesson = saved();
    spoil(lesson);
    const text = JSON.stringify(lesson);
    expect(() => parseLesson(text)).toThrow(expect.objectContaining({ field }));
    const store = createAppStore({ preset: 'xor' });
    store.getState().forward();
    const before = everything(store);
    const result = store.getState().importScenario(text);
    expect(result.ok).toBe(false);
    expect(everything(store)).toBe(before);
  });
});
