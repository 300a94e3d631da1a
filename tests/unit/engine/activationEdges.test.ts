// @vitest-environment node
/**
 * Both paths, the traced one (layerOps: forwardLayer, activationBackward) and the fast trainer's
 * kernels (fastKernels: activate, activationBackward), against one table of values written by hand
 * at the edges: 0, −0, ±1e300, the smallest subnormal, ±Infinity and NaN. The conventions are
 * PyTorch's (see activations.ts): relu′(0) = 0, relu(NaN) = NaN, leakyRelu slope 0.01 for z ≤ 0,
 * sigmoid and tanh saturating to exact 0 and ±1 with derivative 0.
 */
import { describe, expect, it } from 'vitest';
import {
  activationBackward,
  forwardLayer,
  softmax,
  softmaxBackward,
  type ActivationName,
  type ElementwiseActivationName,
  type Layer,
} from '../../../src/engine';
import {
  ACTIVATION_CODE,
  activate,
  activationBackward as fastActivationBackward,
} from '../../../src/engine/fastKernels';
import { TINY, expectSameNumbers, show } from './support/numeric';

/** [z, f(z), f′(z)] */
type Edge = readonly [number, number, number];
const INF = Infinity;

const EDGES: Record<ElementwiseActivationName, Edge[]> = {
  linear: [
    [0, 0, 1],
    [-0, -0, 1],
    [1e300, 1e300, 1],
    [-1e300, -1e300, 1],
    [TINY, TINY, 1],
    [-TINY, -TINY, 1],
    [INF, INF, 1],
    [-INF, -INF, 1],
    [NaN, NaN, 1],
  ],
  relu: [
    [0, 0, 0],
    [-0, 0, 0],
    [1e300, 1e300, 1],
    [-1e300, 0, 0],
    [TINY, TINY, 1],
    [-TINY, 0, 0],
    [INF, INF, 1],
    [-INF, 0, 0],
    // torch.relu(nan) is nan, and its backward (threshold_backward on the result) passes the gradient.
    [NaN, NaN, 1],
  ],
  leakyRelu: [
    [0, 0, 0.01],
    [-0, -0, 0.01],
    [2, 2, 1],
    [-3, -0.03, 0.01],
    [1e300, 1e300, 1],
    [-1e300, -1e298, 0.01],
    [TINY, TINY, 1],
    // 0.01 × −2^−1074 underflows to −0.
    [-TINY, -0, 0.01],
    [INF, INF, 1],
    [-INF, -INF, 0.01],
    [NaN, NaN, 0.01],
  ],
  sigmoid: [
    [0, 0.5, 0.25],
    [-0, 0.5, 0.25],
    [1e300, 1, 0],
    [-1e300, 0, 0],
    [800, 1, 0],
    [-800, 0, 0],
    // σ(−740) = e^−740/(1 + e^−740) = e^−740 ≈ 4.2e−322, a subnormal; σ′ = a(1 − a) = a there.
    [-740, 4.2e-322, 4.2e-322],
    [TINY, 0.5, 0.25],
    [-TINY, 0.5, 0.25],
    [INF, 1, 0],
    [-INF, 0, 0],
    [NaN, NaN, NaN],
  ],
  tanh: [
    [0, 0, 1],
    [-0, -0, 1],
    [1e300, 1, 0],
    [-1e300, -1, 0],
    [20, 1, 0],
    [TINY, TINY, 1],
    [-TINY, -TINY, 1],
    [INF, 1, 0],
    [-INF, -1, 0],
    [NaN, NaN, NaN],
  ],
};

/** a and dL/dz (with dL/da = 1) of one unit with W = 1, b = −0, so z is x exactly (−0 + x = x). */
function traced(activation: ActivationName, x: number): [number, number] {
  const layer: Layer = { inSize: 1, outSize: 1, W: Float64Array.of(1), b: Float64Array.of(-0), activation };
  const z = new Float64Array(1);
  const a = new Float64Array(1);
  forwardLayer(layer, [x], z, a);
  const dLdz = new Float64Array(1);
  activationBackward(layer, z, a, [1], dLdz);
  return [a[0]!, dLdz[0]!];
}

/** The same through the fast kernels, on the middle unit of three, the neighbours left untouched. */
function fast(activation: ActivationName, x: number): [number, number] {
  const code = ACTIVATION_CODE[activation];
  const z = Float64Array.of(7, x, 7);
  const a = Float64Array.of(7, 7, 7);
  const da = Float64Array.of(7, 1, 7);
  const dz = Float64Array.of(7, 7, 7);
  activate(code, z, a, 1, 2);
  fastActivationBackward(code, z, a, da, dz, 1, 2);
  expect([a[0], a[2], dz[0], dz[2]]).toEqual([7, 7, 7, 7]);
  return [a[1]!, dz[1]!];
}

const PATHS = { traced, fast };

describe.each(Object.entries(PATHS))('%s path at the edges', (_path, run) => {
  it.each(Object.keys(EDGES) as ElementwiseActivationName[])('%s: value and derivative', (name) => {
    for (const [z, value, derivative] of EDGES[name]) {
      expectSameNumbers(run(name, z), [value, derivative], `${name}(${show(z)}), ${name}′(${show(z)})`);
    }
  });
});

/** [z, softmax(z)] */
const SOFTMAX_EDGES: [number[], number[]][] = [
  [
    [0, -0],
    [0.5, 0.5],
  ],
  [
    [1e300, -1e300],
    [1, 0],
  ],
  [
    [TINY, 0],
    [0.5, 0.5],
  ],
  [
    [800, 0, -800],
    [1, 0, 0],
  ],
  [
    [-INF, 0],
    [0, 1],
  ],
  // z − max z is NaN for the infinite entry, as in torch.softmax.
  [
    [INF, 0],
    [NaN, NaN],
  ],
  [
    [NaN, 0],
    [NaN, NaN],
  ],
];

describe('softmax at the edges, both paths', () => {
  it.each(SOFTMAX_EDGES)('softmax(%j)', (z, expected) => {
    const tracedOut = new Float64Array(z.length);
    softmax(z, tracedOut);
    expectSameNumbers(tracedOut, expected, 'traced');
    const fastOut = new Float64Array(z.length + 1);
    activate(ACTIVATION_CODE.softmax, Float64Array.of(9, ...z), fastOut, 1, z.length + 1);
    expectSameNumbers(fastOut.subarray(1), expected, 'fast');
  });

  it('backward: a = (½, ½), dL/da = (1, 0) gives dL/dz = (¼, −¼) in both', () => {
    const tracedDz = new Float64Array(2);
    softmaxBackward([0.5, 0.5], [1, 0], tracedDz);
    expectSameNumbers(tracedDz, [0.25, -0.25], 'traced');
    const fastDz = new Float64Array(3);
    fastActivationBackward(
      ACTIVATION_CODE.softmax,
      new Float64Array(3),
      Float64Array.of(9, 0.5, 0.5),
      Float64Array.of(9, 1, 0),
      fastDz,
      1,
      3,
    );
    expectSameNumbers(fastDz.subarray(1), [0.25, -0.25], 'fast');
  });
});
