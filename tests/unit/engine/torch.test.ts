// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { batchGradients, parseModelSpec, traceSample, train } from '../../../src/engine';
import { describeWorst, worstDeviation } from './support/numeric';
import { paramsOf, torchFixture } from './support/torchFixture';

// The engine and float64 PyTorch differ only in summation order, so they agree to ~1e-16;
// 1e-12 (relative above 1, absolute below) leaves room without hiding a real error.
const TOLERANCE = 1e-12;

function expectMatchesTorch(actual: unknown, expected: unknown, what: string): void {
  const worst = worstDeviation(actual, expected);
  expect(worst.deviation, `${what}: ${describeWorst(worst)}`).toBeLessThanOrEqual(TOLERANCE);
}

describe.each(torchFixture.cases)('engine vs PyTorch: $name', (reference) => {
  const model = parseModelSpec(reference.model);

  it('traceSample gives torch’s z, a, dL/da, dL/dz, dL/dW, dL/db, dL/dx and loss for every sample', () => {
    reference.data.forEach((sample, s) => {
      const trace = traceSample(model, sample);
      const expected = reference.samples[s]!;
      expectMatchesTorch([trace.loss], [expected.loss], `sample ${s} loss`);
      expectMatchesTorch(trace.output, expected.output, `sample ${s} output`);
      expectMatchesTorch(trace.dLdx, expected.dLdx, `sample ${s} dL/dx`);
      expected.layers.forEach((layer, l) => {
        const got = trace.layers[l]!;
        for (const key of ['z', 'a', 'dLda', 'dLdz', 'dLdW', 'dLdb'] as const) {
          expectMatchesTorch(got[key], layer[key], `sample ${s} layer ${l + 1} ${key}`);
        }
      });
    });
  });

  it('batchGradients gives torch’s mean loss and mean gradients of the first batch', () => {
    const batch = reference.data.slice(0, reference.batchSize);
    const result = batchGradients(model, batch);
    expectMatchesTorch([result.loss], [reference.firstBatch.loss], 'batch loss');
    expectMatchesTorch(result.dLdW, reference.firstBatch.dLdW, 'batch dL/dW');
    expectMatchesTorch(result.dLdb, reference.firstBatch.dLdb, 'batch dL/db');
  });

  it(`train gives torch’s losses and parameters after each of ${reference.steps} steps`, () => {
    for (let steps = 1; steps <= reference.steps; steps++) {
      const result = train(model, reference.data, reference.optimizer, steps, reference.batchSize);
      expectMatchesTorch(result.losses, reference.losses.slice(0, steps), `losses after ${steps} steps`);
      expectMatchesTorch(
        paramsOf(result.model),
        reference.after[steps - 1],
        `parameters after ${steps} steps`,
      );
    }
  });
});

describe('torch-reference.json', () => {
  it('covers every loss, every optimizer and a cyclic batch', () => {
    const cases = torchFixture.cases;
    expect(new Set(cases.map((c) => c.model.loss))).toEqual(new Set(['mse', 'bce', 'crossEntropy']));
    expect(new Set(cases.map((c) => c.optimizer.kind))).toEqual(new Set(['sgd', 'momentum', 'adam']));
    expect(cases.some((c) => c.data.length % c.batchSize !== 0)).toBe(true);
  });
});

describe('worstDeviation (the comparison every test here relies on)', () => {
  it('reports a changed, a missing and a reshaped entry, so no comparison passes vacuously', () => {
    expect(worstDeviation({ a: [1, 2] }, { a: [1, 2.5] }).deviation).toBeCloseTo(0.2, 15);
    expect(worstDeviation({ a: [1, 2] }, { a: [1, 2], b: 3 }).deviation).toBe(Infinity);
    expect(worstDeviation([[1, 2]], [[1, 2, 3]]).deviation).toBe(Infinity);
    expect(worstDeviation([NaN], [NaN]).deviation).toBe(Infinity);
    expect(worstDeviation(new Float64Array([1, 2]), [1, 2]).deviation).toBe(0);
  });
});
