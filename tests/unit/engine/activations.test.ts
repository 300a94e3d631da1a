// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  LEAKY_SLOPE,
  createRng,
  sigmoid,
  softmax,
  softmaxBackward,
  type ElementwiseActivationName,
} from '../../../src/engine';
import { centralDifference, deviation, linspace } from './support/numeric';

const ELEMENTWISE: ElementwiseActivationName[] = ['linear', 'relu', 'leakyRelu', 'sigmoid', 'tanh'];
const KINKED = new Set<ElementwiseActivationName>(['relu', 'leakyRelu']);

// 401 points over [−8, 8]: steep parts, saturation and, for the kinked ones, both sides of 0.
const POINTS = linspace(-8, 8, 401);

describe('ACTIVATIONS[name].der', () => {
  it.each(ELEMENTWISE)('%s: der(z, f(z)) matches the central difference of f', (name) => {
    const { output, der } = ACTIVATIONS[name];
    let checked = 0;
    for (const z of POINTS) {
      // The central difference straddles the kink at 0 for |z| < h; it says nothing there.
      if (KINKED.has(name) && Math.abs(z) < 1e-3) continue;
      const numeric = centralDifference(output, z, 1e-6);
      expect(deviation(der(z, output(z)), numeric), `${name}'(${z})`).toBeLessThan(1e-8);
      checked++;
    }
    expect(checked).toBeGreaterThan(390);
  });

  it('relu′(0) = 0 and leakyRelu′(0) = 0.01, as PyTorch', () => {
    expect(ACTIVATIONS.relu.der(0, 0)).toBe(0);
    expect(ACTIVATIONS.relu.output(0)).toBe(0);
    expect(ACTIVATIONS.leakyRelu.der(0, 0)).toBe(LEAKY_SLOPE);
    expect(LEAKY_SLOPE).toBe(0.01);
  });

  it('leakyRelu keeps slope 0.01 below zero', () => {
    expect(ACTIVATIONS.leakyRelu.output(-3)).toBeCloseTo(-0.03, 15);
    expect(ACTIVATIONS.leakyRelu.der(-3, -0.03)).toBe(0.01);
  });
});

describe('sigmoid', () => {
  it('is stable at ±800: 1 and 0, never NaN, and its derivative is 0', () => {
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    for (const z of [800, -800, 1e308, -1e308]) {
      const a = ACTIVATIONS.sigmoid.output(z);
      expect(Number.isNaN(a)).toBe(false);
      expect(ACTIVATIONS.sigmoid.der(z, a)).toBe(0);
    }
  });

  it('is symmetric: σ(−z) = 1 − σ(z)', () => {
    for (const z of POINTS) expect(deviation(sigmoid(-z), 1 - sigmoid(z))).toBeLessThan(1e-15);
  });
});

describe('softmax', () => {
  const rng = createRng(7);
  const randomVector = (n: number, scale: number) => Array.from({ length: n }, () => scale * rng.normal());

  it('gives a probability vector that ignores a common shift and never overflows', () => {
    const out = new Float64Array(3);
    softmax([1000, 0, -1000], out);
    expect(Array.from(out)).toEqual([1, 0, 0]);
    const z = [0.3, -1.2, 2.5, 0];
    const a = new Float64Array(4);
    const shifted = new Float64Array(4);
    softmax(z, a);
    softmax(
      z.map((v) => v + 500),
      shifted,
    );
    expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 15);
    a.forEach((v, i) => expect(deviation(v, shifted[i]!)).toBeLessThan(1e-15));
  });

  it('softmaxBackward is the gradient of a scalar function of the softmax output', () => {
    // g(a) = Σ c_i a_i + ½ Σ a_i², so dg/da = c + a; softmaxBackward must turn that into dg/dz.
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + (trial % 5);
      const z = randomVector(n, 3);
      const c = randomVector(n, 2);
      const g = (zz: number[]) => {
        const a = new Float64Array(n);
        softmax(zz, a);
        return a.reduce((s, ai, i) => s + c[i]! * ai + 0.5 * ai * ai, 0);
      };
      const a = new Float64Array(n);
      softmax(z, a);
      const dgda = Array.from(a, (ai, i) => c[i]! + ai);
      const dgdz = new Float64Array(n);
      softmaxBackward(a, dgda, dgdz);
      for (let i = 0; i < n; i++) {
        const numeric = centralDifference((t) => g(z.map((v, k) => (k === i ? t : v))), z[i]!, 1e-6);
        expect(deviation(dgdz[i]!, numeric), `trial ${trial}, dg/dz[${i}]`).toBeLessThan(1e-8);
      }
    }
  });
});
