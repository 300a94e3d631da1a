// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LOSSES, createRng, sigmoid, softmax, softmaxBackward, type LossName } from '../../../src/engine';
import { centralDifference, deviation } from './support/numeric';

const rng = createRng(11);
const uniform = (lo: number, hi: number) => lo + (hi - lo) * rng.next();
const vector = (n: number, lo: number, hi: number) => Array.from({ length: n }, () => uniform(lo, hi));

function probabilityVector(n: number): number[] {
  const raw = vector(n, 0.05, 1);
  const sum = raw.reduce((s, v) => s + v, 0);
  return raw.map((v) => v / sum);
}

function softmaxOf(z: number[]): number[] {
  const out = new Float64Array(z.length);
  softmax(z, out);
  return Array.from(out);
}

const withEntry = (v: number[], i: number, t: number) => v.map((x, k) => (k === i ? t : x));

/** The output of the layer each loss sits on, from the logits z. */
const OUTPUT: Record<LossName, (z: number[]) => number[]> = {
  mse: (z) => z,
  bce: (z) => z.map(sigmoid),
  crossEntropy: softmaxOf,
};

/** A target each loss accepts: any numbers, numbers in [0, 1], a probability vector. */
const TARGET: Record<LossName, (n: number) => number[]> = {
  mse: (n) => vector(n, -2, 2),
  bce: (n) => vector(n, 0, 1),
  crossEntropy: probabilityVector,
};

/** L as a function of ŷ alone, the function whose gradient gradOutput is. */
const LOSS_OF_OUTPUT: Record<LossName, (yHat: number[], y: number[]) => number> = {
  mse: (yHat, y) => LOSSES.mse.value(yHat, yHat, y),
  bce: (yHat, y) =>
    LOSSES.bce.value(
      yHat.map((p) => Math.log(p / (1 - p))),
      yHat,
      y,
    ),
  // −Σ y_k log ŷ_k with the ŷ_k independent (off the simplex too), as DESIGN.md defines it.
  crossEntropy: (yHat, y) => -y.reduce((s, yk, k) => s + yk * Math.log(yHat[k]!), 0),
};

const CASES: LossName[] = ['mse', 'bce', 'crossEntropy'];

describe.each(CASES)('LOSSES.%s', (name) => {
  const loss = LOSSES[name];

  it('gradOutput (dL/dŷ) matches central differences in ŷ', () => {
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + (trial % 4);
      const z = vector(n, -3, 3);
      const yHat = OUTPUT[name](z);
      const y = TARGET[name](n);
      const grad = new Float64Array(n);
      loss.gradOutput(z, yHat, y, grad);
      for (let k = 0; k < n; k++) {
        const numeric = centralDifference(
          (t) => LOSS_OF_OUTPUT[name](withEntry(yHat, k, t), y),
          yHat[k]!,
          1e-7,
        );
        expect(deviation(grad[k]!, numeric), `trial ${trial}, dL/dŷ[${k}]`).toBeLessThan(1e-7);
      }
    }
  });

  it('value (computed from the logits) equals the loss written in ŷ', () => {
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + (trial % 4);
      const z = vector(n, -3, 3);
      const yHat = OUTPUT[name](z);
      const y = TARGET[name](n);
      expect(deviation(loss.value(z, yHat, y), LOSS_OF_OUTPUT[name](yHat, y))).toBeLessThan(1e-13);
    }
  });
});

describe.each(['bce', 'crossEntropy'] as const)('LOSSES.%s.gradLogits', (name) => {
  const loss = LOSSES[name];

  it('dL/dz matches central differences of the loss in the logits', () => {
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + (trial % 4);
      const z = vector(n, -4, 4);
      const y = TARGET[name](n);
      const L = (zz: number[]) => loss.value(zz, OUTPUT[name](zz), y);
      const grad = new Float64Array(n);
      loss.gradLogits!(z, OUTPUT[name](z), y, grad);
      for (let k = 0; k < n; k++) {
        const numeric = centralDifference((t) => L(withEntry(z, k, t)), z[k]!, 1e-6);
        expect(deviation(grad[k]!, numeric), `trial ${trial}, dL/dz[${k}]`).toBeLessThan(1e-8);
      }
    }
  });

  it('equals dL/dŷ carried back through the activation (the unfused chain rule)', () => {
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + (trial % 4);
      const z = vector(n, -4, 4);
      const yHat = OUTPUT[name](z);
      const y = TARGET[name](n);
      const dLdyHat = new Float64Array(n);
      loss.gradOutput(z, yHat, y, dLdyHat);
      const chained = new Float64Array(n);
      if (name === 'bce') yHat.forEach((p, k) => (chained[k] = dLdyHat[k]! * p * (1 - p)));
      else softmaxBackward(yHat, dLdyHat, chained);
      const fused = new Float64Array(n);
      loss.gradLogits!(z, yHat, y, fused);
      fused.forEach((g, k) => expect(deviation(g, chained[k]!)).toBeLessThan(1e-12));
    }
  });
});

describe('saturated outputs (|z| = 50)', () => {
  const allFinite = (values: ArrayLike<number>) => Array.from(values).every(Number.isFinite);

  it('bce stays finite and exact where ŷ rounds to 0 or 1', () => {
    for (const z of [[50], [-50], [50, -50]]) {
      const yHat = z.map(sigmoid);
      for (const y of [z.map(() => 0), z.map(() => 1), z.map(() => 0.3)]) {
        const value = LOSSES.bce.value(z, yHat, y);
        const dLdz = new Float64Array(z.length);
        const dLdyHat = new Float64Array(z.length);
        LOSSES.bce.gradLogits!(z, yHat, y, dLdz);
        LOSSES.bce.gradOutput(z, yHat, y, dLdyHat);
        expect(Number.isFinite(value), `bce(${z}; ${y})`).toBe(true);
        expect(allFinite(dLdz)).toBe(true);
        expect(allFinite(dLdyHat)).toBe(true);
        // max(z, 0) − z·y + log(1 + e^−|z|), which is what BCEWithLogitsLoss gives.
        const exact = z.reduce((s, zk, k) => s + Math.max(zk, 0) - zk * y[k]! + Math.log1p(Math.exp(-50)), 0);
        expect(deviation(value, exact / z.length)).toBeLessThan(1e-15);
      }
    }
  });

  it('bce of a confidently wrong output is about 50, not Infinity', () => {
    expect(LOSSES.bce.value([50], [sigmoid(50)], [0])).toBeCloseTo(50, 12);
    expect(LOSSES.bce.value([-50], [sigmoid(-50)], [1])).toBeCloseTo(50, 12);
  });

  it('crossEntropy stays finite when the true class has probability e^−100', () => {
    const z = [50, -50, 0];
    const yHat = softmaxOf(z);
    for (const y of [
      [0, 1, 0],
      [1, 0, 0],
      [0.2, 0.5, 0.3],
    ]) {
      const value = LOSSES.crossEntropy.value(z, yHat, y);
      const dLdz = new Float64Array(3);
      const dLdyHat = new Float64Array(3);
      LOSSES.crossEntropy.gradLogits!(z, yHat, y, dLdz);
      LOSSES.crossEntropy.gradOutput(z, yHat, y, dLdyHat);
      expect(Number.isFinite(value), `crossEntropy(${y})`).toBe(true);
      expect(allFinite(dLdz)).toBe(true);
      expect(allFinite(dLdyHat)).toBe(true);
    }
    expect(LOSSES.crossEntropy.value(z, yHat, [0, 1, 0])).toBeCloseTo(100, 10);
    expect(LOSSES.crossEntropy.value(z, yHat, [1, 0, 0])).toBeCloseTo(0, 15);
  });
});
