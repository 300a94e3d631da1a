// @vitest-environment node
/**
 * One finiteness rule on every path: a non-finite loss, gradient or updated parameter is never
 * committed; the refusal names the value; Undo still goes back.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, createPlayer, type AppStore, lossPoints } from '../../../src/store';
import { fakeClock } from './support/fakeClock';

/** The repro: 1-1 sigmoid BCE, x = 1e307, η = 100. The update overflows W1[1][1]. */
function overflowScenario(learningRate = 100) {
  return {
    format: 'backprop-lab.scenario',
    version: 1,
    model: { layers: [{ W: [[0.5]], b: [0], activation: 'sigmoid' }], loss: 'bce' },
    data: [{ x: [1e307], y: [0] }],
    optimizer: { kind: 'sgd', learningRate },
    batchSize: 1,
    seed: 1,
  };
}

function overflowStore(): AppStore {
  return createAppStore({ scenarioText: JSON.stringify(overflowScenario()) });
}

function everyParameterFinite(store: AppStore): boolean {
  return store
    .getState()
    .session.model.layers.every((l) => [...l.W, ...l.b].every((v) => Number.isFinite(v)));
}

describe('the finiteness rule', () => {
  it('Step refuses an update that overflows, naming the weight and its would-be value', () => {
    const store = overflowStore();
    const before = store.getState().exportScenario();
    const result = store.getState().step();
    expect(result).toMatchObject({ ok: false, error: { code: 'diverged', field: 'W1[1][1]' } });
    expect(store.getState().ui.error?.message).toBe('W1[1][1] would become -Infinity');
    expect(store.getState().exportScenario()).toBe(before);
    expect(everyParameterFinite(store)).toBe(true);
  });

  it('Update alone refuses it too, and Undo still goes back over the forward and backward steps', () => {
    const store = overflowStore();
    store.getState().setGranularity('pass');
    store.getState().forward();
    store.getState().backward();
    const past = store.getState().history.past.length;
    expect(store.getState().update()).toMatchObject({ ok: false, error: { field: 'W1[1][1]' } });
    expect(store.getState().history.past).toHaveLength(past);
    expect(store.getState().undo().ok).toBe(true);
    expect(store.getState().session.cursor.backwardDone).toBe(0);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'Play at speed %i pauses at the overflow, names W1[1][1], and commits nothing non-finite',
    (speed) => {
      const store = overflowStore();
      const before = store.getState().exportScenario();
      store.getState().setSpeed(speed);
      const { clock, frame, advance } = fakeClock();
      const player = createPlayer(store, clock);
      store.getState().setPlaying(true);
      for (let k = 0; k < 50 && store.getState().ui.playing; k++) {
        advance(1000);
        frame();
      }
      const s = store.getState();
      expect(s.ui.playing).toBe(false);
      expect(s.ui.error).toMatchObject({ code: 'diverged', field: 'W1[1][1]' });
      expect(s.ui.error?.message).toMatch(/^W1\[1\]\[1\] would become -Infinity$/);
      expect(everyParameterFinite(store)).toBe(true);
      expect(lossPoints(s.lossHistory).every((p) => Number.isFinite(p.loss))).toBe(true);
      // Slow speeds took their forward and backward sub-steps; Undo walks back to the start.
      while (store.getState().history.past.length > 0) store.getState().undo();
      expect(store.getState().exportScenario()).toBe(before);
      player.dispose();
    },
  );

  it('top speed keeps the batches before the one that overflowed', () => {
    // Benign samples and one that overflows: the frame's finite prefix is committed, then Play stops.
    const scenario = overflowScenario(100);
    scenario.data = [
      ...Array.from({ length: 30 }, (_, i) => ({ x: [i / 30], y: [i % 2] })),
      { x: [1e307], y: [0] },
    ];
    const store = createAppStore({ scenarioText: JSON.stringify(scenario) });
    const order = store.getState().progress.order;
    const badPosition = order.indexOf(30);
    store.getState().setSpeed(10);
    const { clock, frame } = fakeClock();
    createPlayer(store, clock);
    store.getState().setPlaying(true);
    for (let k = 0; k < 50 && store.getState().ui.playing; k++) frame();
    const s = store.getState();
    expect(s.ui.error).toMatchObject({ code: 'diverged', field: 'W1[1][1]' });
    expect(s.session.updates).toBe(badPosition);
    expect(everyParameterFinite(store)).toBe(true);
  });

  it('import refuses a file whose numbers overflow to Infinity, naming the field, state unchanged', () => {
    const store = createAppStore({ preset: 'textbook' });
    const before = store.getState().exportScenario();
    const text = JSON.stringify(overflowScenario()).replace('0.5', '1e999');
    const result = store.getState().importScenario(text);
    expect(result).toMatchObject({ ok: false, error: { field: 'model.layers[0].W[0][0]' } });
    expect(store.getState().exportScenario()).toBe(before);
  });
});
