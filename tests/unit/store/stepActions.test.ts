// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { traceSample } from '../../../src/engine';
import { createAppStore, selectStepAvailability, lossPoints } from '../../../src/store';
import { DIVERGING_SCENARIO_TEXT } from '../../fixtures/diverging';

describe('store step actions', () => {
  it('forward, backward and update walk one iteration layer by layer', () => {
    const store = createAppStore({ preset: 'textbook' });
    const s = () => store.getState();
    expect(s().forward()).toEqual({ ok: true });
    expect(s().session.cursor.forwardDone).toBe(1);
    expect(s().forward().ok).toBe(true);
    expect(s().forward().ok).toBe(true); // the loss
    expect(s().session.loss).toBeCloseTo(0.298371109, 9);
    expect(s().backward().ok).toBe(true);
    expect(s().backward().ok).toBe(true);
    expect(s().update().ok).toBe(true);
    expect(Array.from(s().session.model.layers[1]!.W)[0]).toBeCloseTo(0.35891648, 8);
    const after = traceSample(s().session.model, s().data[0]!).loss;
    expect(lossPoints(s().lossHistory)).toEqual([
      {
        step: 1,
        loss: s().session.batchLoss,
        learningRate: 0.5,
        lossAfter: after,
        gradientNorms: expect.any(Array),
      },
    ]);
  });

  it('whole-pass granularity takes a pass per click and agrees with traceSample', () => {
    const store = createAppStore({ preset: 'relu-bce', ui: { granularity: 'pass' } });
    const { session: before, data } = store.getState();
    const expected = traceSample(before.model, data[0]!);
    store.getState().forward();
    expect(store.getState().session.loss).toBe(expected.loss);
    store.getState().backward();
    expect(Array.from(store.getState().session.trace.dLdW[0]!)).toEqual(expected.layers[0]!.dLdW.flat());
  });

  it('refuses Backward before the loss, says why, and changes nothing', () => {
    const store = createAppStore({ preset: 'textbook' });
    const before = store.getState();
    const result = store.getState().backward();
    expect(result).toMatchObject({ ok: false, error: { code: 'backward-needs-loss' } });
    const after = store.getState();
    expect(after.session).toBe(before.session);
    expect(after.history).toBe(before.history);
    expect(after.ui.error?.code).toBe('backward-needs-loss');
  });

  it('refuses Update until the backward pass reached layer 1', () => {
    const store = createAppStore({ preset: 'textbook', ui: { granularity: 'pass' } });
    store.getState().forward();
    expect(store.getState().update()).toMatchObject({ ok: false, error: { code: 'update-needs-backward' } });
    expect(selectStepAvailability(store.getState()).update).toBe('update-needs-backward');
    store.getState().backward();
    expect(selectStepAvailability(store.getState()).update).toBeNull();
  });

  it('next takes whichever sub-step comes next, and a new forward on the same sample shows a lower loss', () => {
    const store = createAppStore({ preset: 'relu-bce' });
    const kinds: string[] = [];
    for (let k = 0; k < 6; k++) {
      kinds.push(selectStepAvailability(store.getState()).nextKind);
      expect(store.getState().next().ok).toBe(true);
    }
    expect(kinds).toEqual(['forward', 'forward', 'loss', 'backward', 'backward', 'update']);
    const firstLoss = lossPoints(store.getState().lossHistory)[0]!.loss;
    store.getState().setGranularity('pass');
    store.getState().forward();
    expect(store.getState().session.loss).toBeLessThan(firstLoss);
  });

  it('step runs a whole iteration per click and records the loss curve with the learning rate', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().step();
    store.getState().setLearningRate('0.1');
    store.getState().step();
    expect(lossPoints(store.getState().lossHistory).map((p) => [p.step, p.learningRate])).toEqual([
      [1, 1],
      [2, 0.1],
    ]);
  });

  it('refuses a step that makes the network explode and keeps the state before it', () => {
    const store = createAppStore({ scenarioText: DIVERGING_SCENARIO_TEXT });
    let result = store.getState().step();
    let guard = 0;
    while (result.ok && guard++ < 100) result = store.getState().step();
    expect(result).toMatchObject({ ok: false, error: { code: 'update-non-finite' } });
    const before = store.getState().session;
    expect(Number.isFinite(before.model.layers[0]!.W[0])).toBe(true);
    expect(store.getState().step().ok).toBe(false);
    expect(store.getState().session).toBe(before);
  });
});
