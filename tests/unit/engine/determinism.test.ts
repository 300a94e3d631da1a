// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createRng,
  initModel,
  train,
  type Architecture,
  type Model,
  type OptimizerConfig,
  type Sample,
} from '../../../src/engine';

const ARCHITECTURE: Architecture = {
  inputs: 3,
  layers: [
    { units: 5, activation: 'relu' },
    { units: 4, activation: 'tanh' },
    { units: 3, activation: 'leakyRelu' },
    { units: 2, activation: 'sigmoid' },
  ],
  loss: 'bce',
};

const DATA: Sample[] = [
  { x: [0.5, -1, 0.25], y: [1, 0] },
  { x: [-0.3, 0.8, 1.5], y: [0, 1] },
  { x: [1.2, 0.1, -0.7], y: [1, 1] },
  { x: [0, -0.4, 0.9], y: [0, 0] },
  { x: [-1.1, -0.2, 0.3], y: [0.5, 0.2] },
];

/** Every parameter as a flat list, W then b per layer. */
function parameters(model: Model): number[] {
  return model.layers.flatMap((layer) => [...layer.W, ...layer.b]);
}

function expectBitIdentical(actual: readonly number[], expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  const differing = actual.flatMap((v, k) => (Object.is(v, expected[k]) ? [] : [k]));
  expect(differing, 'indices that are not bit-identical').toEqual([]);
}

describe('initModel', () => {
  it('gives bit-identical weights for the same seed', () => {
    const a = initModel(ARCHITECTURE, createRng(42));
    const b = initModel(ARCHITECTURE, createRng(42));
    expectBitIdentical(parameters(a), parameters(b));
    expect(a.layers.map((layer) => layer.activation)).toEqual(ARCHITECTURE.layers.map((l) => l.activation));
  });

  it('gives different weights for different seeds, including neighbouring ones', () => {
    const weights = [0, 1, 2, 42].map((seed) => parameters(initModel(ARCHITECTURE, createRng(seed))));
    for (let i = 0; i < weights.length; i++) {
      for (let j = i + 1; j < weights.length; j++) {
        const same = weights[i]!.filter((w, k) => w !== 0 && Object.is(w, weights[j]![k])).length;
        expect(same, `seeds #${i} and #${j} share weights`).toBe(0);
      }
    }
  });

  it('does not depend on Math.random', () => {
    const before = parameters(initModel(ARCHITECTURE, createRng(7)));
    const original = Math.random;
    Math.random = () => 0.5;
    try {
      expectBitIdentical(parameters(initModel(ARCHITECTURE, createRng(7))), before);
    } finally {
      Math.random = original;
    }
  });
});

describe('train', () => {
  const model = initModel(ARCHITECTURE, createRng(3));
  const optimizers: OptimizerConfig[] = [
    { kind: 'sgd', learningRate: 0.3 },
    { kind: 'momentum', learningRate: 0.1 },
    { kind: 'adam', learningRate: 0.01 },
  ];

  it.each(optimizers)('gives bit-identical losses and weights when run twice ($kind)', (optimizer) => {
    const first = train(model, DATA, optimizer, 40, 2);
    const second = train(model, DATA, optimizer, 40, 2);
    expect(first.losses).toHaveLength(40);
    expectBitIdentical(first.losses, second.losses);
    expectBitIdentical(parameters(first.model), parameters(second.model));
  });

  it('leaves its input model bit-identical and its data unchanged', () => {
    const weightsBefore = model.layers.map((layer) => ({ W: [...layer.W], b: [...layer.b] }));
    const dataBefore = structuredClone(DATA);
    const result = train(model, DATA, { kind: 'adam', learningRate: 0.05 }, 25, 3);
    expect(result.model).not.toBe(model);
    model.layers.forEach((layer, l) => {
      expectBitIdentical([...layer.W], weightsBefore[l]!.W);
      expectBitIdentical([...layer.b], weightsBefore[l]!.b);
    });
    expect(DATA).toEqual(dataBefore);
    // The trained copy did move, so the comparison above is not between two untouched models.
    expect(parameters(result.model)).not.toEqual(parameters(model));
  });

  it('shares no buffer between the trained copy and the input', () => {
    const result = train(model, DATA, { kind: 'sgd', learningRate: 0.1 }, 1);
    result.model.layers.forEach((layer, l) => {
      expect(layer.W.buffer).not.toBe(model.layers[l]!.W.buffer);
      expect(layer.b.buffer).not.toBe(model.layers[l]!.b.buffer);
    });
  });
});
