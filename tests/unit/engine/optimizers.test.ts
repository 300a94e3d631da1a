// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  applyUpdate,
  cloneOptimizerState,
  createOptimizerState,
  type Model,
  type OptimizerConfig,
} from '../../../src/engine';
import { describeWorst, worstDeviation } from './support/numeric';
import { torchFixture, type ParamsSnapshot } from './support/torchFixture';

const { start, grads, runs } = torchFixture.optimizers;

/** One layer holding the fixture's W (1 × 4) and b (1); the optimizer only sees the numbers. */
function modelFrom(params: ParamsSnapshot): Model {
  const inSize = params.W[0]!.length;
  return {
    layers: [
      {
        inSize,
        outSize: params.W.length,
        W: Float64Array.from(params.W.flat()),
        b: Float64Array.from(params.b),
        activation: 'linear',
      },
    ],
    loss: 'mse',
  };
}

function snapshot(model: Model): ParamsSnapshot {
  const { W, b, inSize } = model.layers[0]!;
  return { W: [Array.from(W.subarray(0, inSize))], b: Array.from(b) };
}

const describeConfig = (config: OptimizerConfig) =>
  Object.entries(config)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');

describe.each(runs.map((run) => [describeConfig(run.optimizer), run] as const))(
  'applyUpdate vs torch.optim (%s)',
  (_name, run) => {
    it(`gives torch's parameters after each of ${grads.length} steps`, () => {
      const model = modelFrom(start);
      const state = createOptimizerState(model);
      grads.forEach((g, step) => {
        applyUpdate(model, [g.W.flat()], [g.b], run.optimizer, state);
        const worst = worstDeviation(snapshot(model), run.after[step]);
        expect(worst.deviation, `step ${step + 1}: ${describeWorst(worst)}`).toBeLessThanOrEqual(1e-12);
      });
      expect(state.t).toBe(grads.length);
    });
  },
);

describe('optimizer state', () => {
  const g1 = { W: [[0.5, -1, 0.25, 2]], b: [1] };
  const g2 = { W: [[-0.5, 0.3, 0.25, 1]], b: [-2] };

  it('momentum starts its velocity at the first gradient, so its first step is plain sgd', () => {
    const withMomentum = modelFrom(start);
    const plain = modelFrom(start);
    applyUpdate(
      withMomentum,
      [g1.W.flat()],
      [g1.b],
      { kind: 'momentum', learningRate: 0.1 },
      createOptimizerState(withMomentum),
    );
    applyUpdate(
      plain,
      [g1.W.flat()],
      [g1.b],
      { kind: 'sgd', learningRate: 0.1 },
      createOptimizerState(plain),
    );
    expect(snapshot(withMomentum)).toEqual(snapshot(plain));
  });

  it('adam’s first step moves each parameter by the learning rate against the gradient’s sign', () => {
    const model = modelFrom(start);
    applyUpdate(
      model,
      [g1.W.flat()],
      [g1.b],
      { kind: 'adam', learningRate: 0.01 },
      createOptimizerState(model),
    );
    const moved = snapshot(model);
    const before = [...start.W.flat(), ...start.b];
    [...moved.W.flat(), ...moved.b].forEach((p, k) => {
      const g = [...g1.W.flat(), ...g1.b][k]!;
      expect(p - before[k]!).toBeCloseTo(-0.01 * Math.sign(g), 8);
    });
  });

  it('keeps the momentum when the learning rate changes between steps', () => {
    const model = modelFrom(start);
    const state = createOptimizerState(model);
    applyUpdate(model, [g1.W.flat()], [g1.b], { kind: 'momentum', learningRate: 0.1 }, state);
    const afterFirst = snapshot(model);
    applyUpdate(model, [g2.W.flat()], [g2.b], { kind: 'momentum', learningRate: 0.2 }, state);
    // v₂ = 0.9·g₁ + g₂ and p₂ = p₁ − 0.2·v₂: the velocity survived the change of η.
    const expectedW = afterFirst.W[0]!.map((p, k) => p - 0.2 * (0.9 * g1.W[0]![k]! + g2.W[0]![k]!));
    const expectedB = afterFirst.b.map((p, k) => p - 0.2 * (0.9 * g1.b[k]! + g2.b[k]!));
    const worst = worstDeviation(snapshot(model), { W: [expectedW], b: expectedB });
    expect(worst.deviation, describeWorst(worst)).toBeLessThan(1e-15);
  });

  it('cloneOptimizerState is a deep copy: updating with the clone leaves the original as it was', () => {
    const model = modelFrom(start);
    const state = createOptimizerState(model);
    const adam: OptimizerConfig = { kind: 'adam', learningRate: 0.01 };
    applyUpdate(model, [g1.W.flat()], [g1.b], adam, state);
    const copy = cloneOptimizerState(state);
    const original = cloneOptimizerState(state);
    applyUpdate(modelFrom(start), [g2.W.flat()], [g2.b], adam, copy);
    expect(copy.t).toBe(2);
    expect(state).toStrictEqual(original);
  });
});
