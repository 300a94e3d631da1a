// @vitest-environment node
/**
 * Play at top speed, without React: what it measures on a network of several outputs and on test
 * data, and how it follows a change made while it plays (learning rate, data) or after it stops.
 */
import { describe, expect, it } from 'vitest';
import { traceSample, type Sample } from '../../../src/engine';
import { createAppStore, createPlayer, lossPoints, type AppStore } from '../../../src/store';
import { fakeClock } from './support/fakeClock';

const oneHot = (k: number) => [0, 1, 2].map((i) => (i === k ? 1 : 0));
const train: Sample[] = [
  { x: [1, 0], y: oneHot(0) },
  { x: [0, 1], y: oneHot(1) },
  { x: [-1, -1], y: oneHot(2) },
];
const test: Sample[] = [
  { x: [0.9, 0.1], y: oneHot(0) },
  { x: [-0.8, -1], y: oneHot(2) },
];
const softmax = {
  layers: [
    {
      W: [
        [0.3, -0.1],
        [-0.2, 0.4],
        [0.1, 0.1],
      ],
      b: [0, 0, 0],
      activation: 'softmax',
    },
  ],
  loss: 'crossEntropy',
};

function softmaxStore(): AppStore {
  const scenario = {
    format: 'backprop-lab.scenario',
    version: 1,
    model: softmax,
    data: train,
    testData: test,
    optimizer: { kind: 'sgd', learningRate: 0.5 },
    batchSize: 3,
    seed: 2,
  };
  return createAppStore({ scenarioText: JSON.stringify(scenario) });
}

/** Runs `frames` top-speed frames of Play and stops it. */
function play(store: AppStore, frames: number) {
  const { clock, frame } = fakeClock();
  const player = createPlayer(store, clock);
  store.getState().setSpeed(10);
  store.getState().setPlaying(true);
  for (let k = 0; k < frames; k++) frame();
  store.getState().setPlaying(false);
  player.dispose();
}

/** The share of `samples` whose largest output is at the target's 1. */
function argMaxAccuracy(store: AppStore, samples: readonly Sample[]): number {
  const model = store.getState().session.model;
  const right = samples.filter((sample) => {
    const out = traceSample(model, sample).output;
    return out.indexOf(Math.max(...out)) === sample.y.indexOf(1);
  });
  return right.length / samples.length;
}

describe('Play at top speed', () => {
  it('measures a many-output network by arg-max, on the training and the test data', () => {
    const store = softmaxStore();
    play(store, 1);
    const point = lossPoints(store.getState().lossHistory).at(-1)!;
    expect(point.accuracy).toBe(argMaxAccuracy(store, train));
    expect(point.testAccuracy).toBe(argMaxAccuracy(store, test));
    const testLoss =
      test.reduce((sum, s) => sum + traceSample(store.getState().session.model, s).loss, 0) / 2;
    expect(point.testLoss).toBeCloseTo(testLoss, 12);
    expect(point.gradientNorms).toHaveLength(1);
  });

  it('uses a learning rate changed while it plays from the next frame on', () => {
    const store = softmaxStore();
    const { clock, frame } = fakeClock();
    createPlayer(store, clock);
    store.getState().setSpeed(10);
    store.getState().setPlaying(true);
    frame();
    expect(store.getState().setLearningRate('0.05')).toEqual({ ok: true });
    frame();
    store.getState().setPlaying(false);
    const rates = lossPoints(store.getState().lossHistory).map((p) => p.learningRate);
    expect(rates[0]).toBe(0.5);
    expect(rates.at(-1)).toBe(0.05);
  });

  it('trains on data changed while it plays, and on weights typed in after it stopped', () => {
    const store = createAppStore({ preset: 'xor' });
    const { clock, frame } = fakeClock();
    createPlayer(store, clock);
    store.getState().setSpeed(10);
    store.getState().setPlaying(true);
    frame();
    expect(store.getState().generateData({ kind: 'blobs', count: 40, noise: 0, seed: 4 })).toEqual({
      ok: true,
    });
    frame();
    store.getState().setPlaying(false);
    const afterData = store.getState().session.updates;
    expect(afterData).toBeGreaterThan(0);
    expect(store.getState().progress.order).toHaveLength(store.getState().data.length);

    expect(store.getState().setWeight(1, 0, 0, '0.25')).toEqual({ ok: true });
    expect(store.getState().session.model.layers[0]!.W[0]).toBe(0.25);
    store.getState().setPlaying(true);
    frame();
    store.getState().setPlaying(false);
    // Trained on from the typed weight, not from the weights the player held before.
    const W = store.getState().session.model.layers[0]!.W[0]!;
    expect(W).not.toBe(0.25);
    expect(Math.abs(W - 0.25)).toBeLessThan(1);
  });

  it('stops asking for frames once disposed', () => {
    const store = softmaxStore();
    const { clock, frame } = fakeClock();
    const player = createPlayer(store, clock);
    store.getState().setSpeed(10);
    store.getState().setPlaying(true);
    frame();
    const updates = store.getState().session.updates;
    player.dispose();
    frame();
    expect(store.getState().session.updates).toBe(updates);
  });
});
