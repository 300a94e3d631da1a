// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { architectureOf, createRng, initModel, parseModelSpec, traceSample } from '../../../src/engine';
import { createAppStore, type AppStore, lossPoints } from '../../../src/store';

const firstWeight = (store: AppStore) => store.getState().session.model.layers[0]!.W[0];
const outputBias = (store: AppStore) => store.getState().session.model.layers[1]!.b[0];

/** The relu-bce preset with W1[0][0] = 0.9 and b2[0] = −0.3 typed in: the lesson as prepared. */
const prepared = () =>
  parseModelSpec({
    loss: 'bce',
    layers: [
      {
        W: [
          [0.9, -0.2],
          [0.3, 0.8],
        ],
        b: [0.1, -0.1],
        activation: 'relu',
      },
      { W: [[0.6, -0.4]], b: [-0.3], activation: 'sigmoid' },
    ],
  });

describe('reset returns to the lesson as prepared', () => {
  it('keeps a weight, a bias and an input typed before training, and the next forward uses them', () => {
    const store = createAppStore({ preset: 'relu-bce', ui: { granularity: 'pass' } });
    expect(store.getState().setWeight(1, 0, 0, '0.9').ok).toBe(true);
    expect(store.getState().setBias(2, 0, '-0.3').ok).toBe(true);
    expect(store.getState().setSampleValue('x', 1, '2').ok).toBe(true);
    for (let k = 0; k < 3; k++) store.getState().step();
    expect(firstWeight(store)).not.toBe(0.9);

    expect(store.getState().reset().ok).toBe(true);
    const s = store.getState();
    expect(firstWeight(store)).toBe(0.9);
    expect(outputBias(store)).toBe(-0.3);
    expect(s.rawTrain[0]).toEqual({ x: [1, 2], y: [1] });
    expect(s.session.updates).toBe(0);
    expect(lossPoints(s.lossHistory)).toEqual([]);

    store.getState().forward();
    store.getState().forward();
    const expected = traceSample(prepared(), { x: [1, 2], y: [1] });
    expect(store.getState().session.loss).toBeCloseTo(expected.loss, 12);
    expect([...store.getState().session.trace.z[0]!]).toEqual(expected.layers[0]!.z);
  });

  it('counts forward and backward without an update as before training', () => {
    const store = createAppStore({ preset: 'relu-bce', ui: { granularity: 'pass' } });
    store.getState().forward();
    store.getState().forward();
    store.getState().backward();
    store.getState().setWeight(1, 0, 0, '0.9');
    store.getState().step();
    store.getState().reset();
    expect(firstWeight(store)).toBe(0.9);
  });

  it('does not move the starting point for a value typed after training has started', () => {
    const store = createAppStore({ preset: 'relu-bce' });
    store.getState().setWeight(1, 0, 0, '0.9');
    store.getState().step();
    store.getState().setWeight(1, 0, 0, '7');
    store.getState().setBias(2, 0, '3');
    store.getState().step();
    store.getState().reset();
    expect(firstWeight(store)).toBe(0.9);
    expect(outputBias(store)).toBe(0.05);
  });

  it('starts over from a value typed after undoing back before the first update', () => {
    const store = createAppStore({ preset: 'relu-bce' });
    store.getState().step();
    store.getState().undo();
    store.getState().setWeight(1, 0, 0, '0.9');
    store.getState().step();
    store.getState().reset();
    expect(firstWeight(store)).toBe(0.9);
  });

  it('can be undone and redone, typed starting point included', () => {
    const store = createAppStore({ preset: 'relu-bce' });
    store.getState().setWeight(1, 0, 0, '0.9');
    store.getState().step();
    store.getState().step();
    const trained = store.getState().session;
    const curve = store.getState().lossHistory;
    store.getState().reset();
    expect(store.getState().undo().ok).toBe(true);
    expect(store.getState().session).toBe(trained);
    expect(store.getState().lossHistory).toBe(curve);
    expect(store.getState().redo().ok).toBe(true);
    expect(firstWeight(store)).toBe(0.9);
    expect(store.getState().session.updates).toBe(0);
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    store.getState().reset();
    expect(firstWeight(store)).toBe(0.9);
    store.getState().undo();
    store.getState().undo();
    store.getState().reset();
    expect(firstWeight(store)).toBe(0.5);
  });

  it("starts Play's pass over the data afresh", () => {
    const store = createAppStore({ preset: 'xor' });
    const { session, progress } = store.getState();
    store.getState().commitTraining({
      model: session.model,
      optimizerState: session.optimizerState,
      updates: 40,
      progress: { ...progress, epoch: 10, samplesSeen: 40 },
      point: { step: 40, loss: 0.5, learningRate: 0.1 },
    });
    store.getState().reset();
    expect(store.getState().progress).toEqual(progress);
    expect(store.getState().session.updates).toBe(0);
  });

  it('keeps the settings chosen since: activations, loss and learning rate are not training', () => {
    const store = createAppStore({ preset: 'relu-bce' });
    store.getState().step();
    store.getState().setActivation(1, 'tanh');
    store.getState().setLearningRate('0.1');
    store.getState().reset();
    const model = store.getState().session.model;
    expect(model.layers[0]!.activation).toBe('tanh');
    expect(model.layers[0]!.W[0]).toBe(0.5);
    expect(store.getState().optimizer.learningRate).toBe(0.1);
  });
});

describe('a new lesson is a new starting point', () => {
  it('a new preset: Reset goes to its weights, not to the ones typed before', () => {
    const store = createAppStore({ preset: 'relu-bce' });
    store.getState().setWeight(1, 0, 0, '0.9');
    store.getState().loadPreset('textbook');
    store.getState().step();
    store.getState().reset();
    expect(firstWeight(store)).toBe(0.15);
  });

  it('a new seed: Reset goes to the seeded weights', () => {
    const store = createAppStore({ preset: 'relu-bce' });
    store.getState().setWeight(1, 0, 0, '0.9');
    store.getState().setSeed(7);
    const seeded = initModel(architectureOf(store.getState().session.model), createRng(7));
    store.getState().step();
    store.getState().reset();
    expect([...store.getState().session.model.layers[0]!.W]).toEqual([...seeded.layers[0]!.W]);
    expect(firstWeight(store)).not.toBe(0.9);
  });

  it('a new shape: Reset goes to the seeded weights of that shape, and typing then moves the start', () => {
    const store = createAppStore({ preset: 'relu-bce' });
    store.getState().setWeight(1, 0, 0, '0.9');
    store.getState().setUnits(1, 3);
    const seeded = initModel(architectureOf(store.getState().session.model), createRng(42));
    store.getState().setBias(1, 2, '0.25');
    store.getState().step();
    store.getState().reset();
    const layer = store.getState().session.model.layers[0]!;
    expect([...layer.W]).toEqual([...seeded.layers[0]!.W]);
    expect(layer.b[2]).toBe(0.25);
  });

  it('an imported scenario is its own starting point', () => {
    const source = createAppStore({ preset: 'textbook' });
    source.getState().step();
    const trainedWeight = firstWeight(source);
    const store = createAppStore({ preset: 'relu-bce' });
    store.getState().setWeight(1, 0, 0, '0.9');
    expect(store.getState().importScenario(source.getState().exportScenario()).ok).toBe(true);
    store.getState().step();
    store.getState().reset();
    expect(firstWeight(store)).toBe(trainedWeight);
  });
});
