// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppStore, MAX_HISTORY, lossPoints } from '../../../src/store';

const numbers = (store: ReturnType<typeof createAppStore>) => {
  const { session } = store.getState();
  return JSON.stringify({
    W: session.model.layers.map((layer) => Array.from(layer.W)),
    b: session.model.layers.map((layer) => Array.from(layer.b)),
    z: session.trace.z.map((z) => Array.from(z)),
    dLdW: session.trace.dLdW.map((g) => Array.from(g)),
    cursor: session.cursor,
    m: session.optimizerState.m.map((m) => Array.from(m.W)),
  });
};

describe('store undo and redo', () => {
  it('restores every sub-step exactly, 250 sub-steps deep, and redoes them', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().setOptimizer('adam');
    const seen = [numbers(store)];
    for (let k = 0; k < 250; k++) {
      expect(store.getState().next().ok).toBe(true);
      seen.push(numbers(store));
    }
    for (let k = 250; k > 0; k--) {
      expect(store.getState().undo().ok).toBe(true);
      expect(numbers(store)).toBe(seen[k - 1]);
    }
    for (let k = 1; k <= 250; k++) {
      store.getState().redo();
      expect(numbers(store)).toBe(seen[k]);
    }
    expect(MAX_HISTORY).toBeGreaterThanOrEqual(200);
  });

  it('undoes setting changes too, and a new action clears the redo list', () => {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().setLearningRate('0.1');
    store.getState().undo();
    expect(store.getState().optimizer.learningRate).toBe(0.5);
    store.getState().forward();
    expect(store.getState().redo()).toMatchObject({ ok: false, error: { code: 'nothing-to-redo' } });
  });

  it('says so when there is nothing to undo', () => {
    const store = createAppStore();
    expect(store.getState().undo()).toMatchObject({ ok: false, error: { code: 'nothing-to-undo' } });
  });

  it('keeps at most MAX_HISTORY entries', () => {
    const store = createAppStore({ preset: 'textbook' });
    for (let k = 0; k < MAX_HISTORY + 20; k++) store.getState().next();
    expect(store.getState().history.past).toHaveLength(MAX_HISTORY);
  });

  it('reset returns to the initial weights and is undoable', () => {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().step();
    const trained = store.getState().session;
    store.getState().reset();
    expect(store.getState().session.model.layers[0]!.W[0]).toBe(0.15);
    expect(lossPoints(store.getState().lossHistory)).toEqual([]);
    store.getState().undo();
    expect(store.getState().session).toBe(trained);
  });
});
