// @vitest-environment node
/**
 * Momentum and Adam worked by hand on the smallest network, through both paths: the traced one
 * (accumulateBatch + applyUpdate) and the fast trainer. One linear unit z = w·x + b, mse, the sample
 * x = 1, y = 0, starting at w = 0.5, b = 0, η = 0.1: L = (w + b)², so dL/dw = dL/db = 2(w + b).
 */
import { describe, expect, it } from 'vitest';
import {
  accumulateBatch,
  applyUpdate,
  createFastTrainer,
  createOptimizerState,
  packSamples,
  type Model,
  type OptimizerConfig,
} from '../../../src/engine';

const SAMPLE = { x: [1], y: [0] };

function unit(): Model {
  return {
    loss: 'mse',
    layers: [{ inSize: 1, outSize: 1, W: Float64Array.of(0.5), b: Float64Array.of(0), activation: 'linear' }],
  };
}

/** [w, b] after each of two steps on each path. */
function twoSteps(config: OptimizerConfig): Record<'traced' | 'fast', [number, number][]> {
  const model = unit();
  const state = createOptimizerState(model);
  const trainer = createFastTrainer(unit(), config);
  const { xs, ys } = packSamples([SAMPLE], 1, 1);
  const result: Record<'traced' | 'fast', [number, number][]> = { traced: [], fast: [] };
  for (let step = 0; step < 2; step++) {
    const { dLdW, dLdb } = accumulateBatch(model, [SAMPLE]);
    applyUpdate(model, dLdW, dLdb, config, state);
    result.traced.push([model.layers[0]!.W[0]!, model.layers[0]!.b[0]!]);
    trainer.trainBatch(xs, ys, [0], 0, 1);
    const fast = trainer.toModel().layers[0]!;
    result.fast.push([fast.W[0]!, fast.b[0]!]);
  }
  return result;
}

describe.each(['traced', 'fast'] as const)('%s path, worked by hand', (path) => {
  it('momentum (μ 0.9): v₁ = g₁, then v₂ = μ·v₁ + g₂', () => {
    // Step 1: g = 2(0.5 + 0) = 1, v = 1: w = 0.5 − 0.1 = 0.4, b = −0.1.
    // Step 2: g = 2(0.4 − 0.1) = 0.6, v = 0.9·1 + 0.6 = 1.5: w = 0.4 − 0.15 = 0.25, b = −0.25.
    const [first, second] = twoSteps({ kind: 'momentum', learningRate: 0.1 })[path];
    expect(first![0]).toBeCloseTo(0.4, 15);
    expect(first![1]).toBeCloseTo(-0.1, 15);
    expect(second![0]).toBeCloseTo(0.25, 15);
    expect(second![1]).toBeCloseTo(-0.25, 15);
  });

  it('adam (β1 0.9, β2 0.999, ε 1e-8), bias-corrected', () => {
    // Step 1: g = 1; m = 0.1, v = 0.001; m̂ = m/(1 − 0.9) = 1, v̂ = v/(1 − 0.999) = 1;
    //   Δ = 0.1·1/(1 + 1e-8) = 0.0999999990: w = 0.4000000010, b = −0.0999999990.
    // Step 2: g = 2(w + b) = 0.6000000040; m = 0.09 + 0.1·g = 0.1500000004,
    //   v = 0.000999 + 0.001·g² = 0.0013590000048; m̂ = m/0.19 = 0.7894736863, v̂ = v/0.001999 = 0.6798399224;
    //   Δ = 0.1·m̂/(√v̂ + 1e-8) = 0.0957490165: w = 0.3042509845, b = −0.1957490155.
    const [first, second] = twoSteps({ kind: 'adam', learningRate: 0.1 })[path];
    expect(first![0]).toBeCloseTo(0.400000001, 10);
    expect(first![1]).toBeCloseTo(-0.099999999, 10);
    expect(second![0]).toBeCloseTo(0.3042509845, 10);
    expect(second![1]).toBeCloseTo(-0.1957490155, 10);
  });
});
