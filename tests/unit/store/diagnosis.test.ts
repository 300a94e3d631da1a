// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradientHealth } from '../../../src/engine';
import {
  batchSamples,
  createAppStore,
  createPlayer,
  type Clock,
  selectDiagnoses,
  selectGradientHealth,
  selectUnitActivity,
  lossPoints,
} from '../../../src/store';

const norms = (health: ReturnType<typeof gradientHealth>) => health.layers.map((l) => l.weightGradNorm);

describe('gradient health in the store', () => {
  it('appears with the backward pass, and after Update still shows the gradient Update applied', () => {
    const store = createAppStore({ preset: 'vanishing', ui: { granularity: 'pass' } });
    const before = store.getState().session.model;
    const batch = batchSamples(store.getState().data, 0, 1);
    store.getState().forward();
    store.getState().forward();
    expect(selectGradientHealth(store.getState())).toBeNull();
    store.getState().backward();
    const health = selectGradientHealth(store.getState());
    expect(health).toEqual(gradientHealth(before, batch));
    store.getState().update();
    expect(store.getState().session.model).not.toBe(before);
    expect(selectGradientHealth(store.getState())).toEqual(health);
    // The very same object: the bars and the diagnoses have nothing to redraw for this click.
    expect(selectGradientHealth(store.getState())).toBe(health);
    // The loss point of that update records the same norms, for the chart and the exploding check.
    expect(lossPoints(store.getState().lossHistory).at(-1)!.gradientNorms).toEqual(norms(health!));
  });

  it('is computed once per batch and set of parameters, not once per click', () => {
    const store = createAppStore({ preset: 'vanishing', ui: { granularity: 'layer' } });
    store.getState().step();
    const health = selectGradientHealth(store.getState());
    // The next batch's forward steps: its gradient through the updated model, once.
    store.getState().forward();
    const next = selectGradientHealth(store.getState());
    expect(next).not.toEqual(health);
    expect(next).toEqual(
      gradientHealth(store.getState().session.model, batchSamples(store.getState().data, 1, 1)),
    );
    store.getState().forward();
    store.getState().forward();
    expect(selectGradientHealth(store.getState())).toBe(next);
    // An edited weight is another network: computed anew.
    store.getState().setWeight(1, 0, 0, 3);
    expect(selectGradientHealth(store.getState())).not.toEqual(next);
  });

  it('diagnoses the deep sigmoid preset after its backward pass, and nothing on the default lesson', () => {
    const store = createAppStore({ preset: 'vanishing', ui: { granularity: 'pass' } });
    expect(selectDiagnoses(store.getState())).toEqual([]);
    store.getState().step();
    expect(selectDiagnoses(store.getState()).map((d) => [d.kind, d.layer])).toEqual([['vanishing', 1]]);
    store.getState().loadPreset('relu-bce');
    for (let k = 0; k < 20; k++) store.getState().step();
    expect(selectDiagnoses(store.getState())).toEqual([]);
  });

  it('answers from its cache while neither the model nor the data changes, and anew when they do', () => {
    const store = createAppStore({ preset: 'relu-bce', ui: { granularity: 'pass' } });
    const first = selectUnitActivity(store.getState());
    store.getState().forward();
    expect(selectUnitActivity(store.getState())).toBe(first);
    store.getState().setBias(1, 1, -5);
    expect(selectUnitActivity(store.getState()).dead[0]).toEqual([false, true]);
    expect(
      selectDiagnoses(store.getState()).map((d) => `${d.kind} ${d.layer}:${'unit' in d ? d.unit : ''}`),
    ).toEqual(['dead 1:1']);
    store.getState().setActivation(1, 'leakyRelu');
    expect(selectDiagnoses(store.getState())).toEqual([]);
  });

  it('Play records the gradient norms of every frame', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().setSpeed(10);
    let pending: (() => void) | null = null;
    let time = 0;
    const clock: Clock = {
      now: () => (time += 1),
      requestFrame: (callback) => ((pending = callback), 1),
      cancelFrame: () => (pending = null),
    };
    const player = createPlayer(store, clock);
    store.getState().setPlaying(true);
    for (let k = 0; k < 3; k++) (pending as (() => void) | null)?.();
    player.dispose();
    const history = lossPoints(store.getState().lossHistory);
    expect(history.length).toBeGreaterThan(0);
    const last = history.at(-1)!;
    expect(last.gradientNorms).toHaveLength(2);
    expect(last.gradientNorms!.every((n) => n > 0 && Number.isFinite(n))).toBe(true);
  });
});
