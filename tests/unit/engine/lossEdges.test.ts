// @vitest-environment node
/**
 * Each loss through both paths, the traced one (layerOps: sampleLoss, outputGradients) and the fast
 * trainer's (fastKernels: outputDelta on a packed layout), against one table of losses and output
 * gradients dL/dz written by hand, at the edges: 0, −0, ±1e300, subnormals, ±Infinity and NaN.
 * bce and crossEntropy are computed from the logits (BCEWithLogitsLoss, CrossEntropyLoss), so they
 * stay finite where ŷ rounds to 0 or 1; an infinite logit gives NaN, as in PyTorch (∞ − ∞).
 */
import { describe, it } from 'vitest';
import {
  outputGradients,
  sampleLoss,
  sigmoid,
  softmax,
  type ActivationName,
  type LossName,
  type Model,
} from '../../../src/engine';
import { ACTIVATION_CODE, activate, outputDelta } from '../../../src/engine/fastKernels';
import { packLayout } from '../../../src/engine/fastTrain';
import { TINY, expectSameNumbers, show } from './support/numeric';

interface LossEdge {
  z: number[];
  y: number[];
  loss: number;
  dLdz: number[];
}

const INF = Infinity;
const LN2 = 0.6931471805599453;

const OUTPUT_ACTIVATION: Record<LossName, ActivationName> = {
  mse: 'linear',
  bce: 'sigmoid',
  crossEntropy: 'softmax',
};

const EDGES: Record<LossName, LossEdge[]> = {
  // L = mean (ŷ − y)², dL/dz = 2(ŷ − y)/n on a linear output.
  mse: [
    { z: [0], y: [0], loss: 0, dLdz: [0] },
    { z: [-0], y: [0], loss: 0, dLdz: [-0] },
    { z: [1, 3], y: [0, 1], loss: 2.5, dLdz: [1, 2] },
    { z: [1e300], y: [0], loss: INF, dLdz: [2e300] },
    // (2^−1074)² underflows to 0; 2·2^−1074 is the next subnormal.
    { z: [TINY], y: [0], loss: 0, dLdz: [1e-323] },
    { z: [INF], y: [1], loss: INF, dLdz: [INF] },
    { z: [NaN], y: [0], loss: NaN, dLdz: [NaN] },
  ],
  // L = mean max(z, 0) − z·y + log(1 + e^−|z|), dL/dz = (σ(z) − y)/n.
  bce: [
    { z: [0], y: [1], loss: LN2, dLdz: [-0.5] },
    { z: [-0], y: [0], loss: LN2, dLdz: [0.5] },
    { z: [0], y: [0.3], loss: LN2, dLdz: [0.2] },
    { z: [1e300], y: [1], loss: 0, dLdz: [0] },
    { z: [1e300], y: [0], loss: 1e300, dLdz: [1] },
    { z: [-1e300], y: [1], loss: 1e300, dLdz: [-1] },
    { z: [-1e300], y: [0], loss: 0, dLdz: [0] },
    // σ(−50) = e^−50/(1 + e^−50), and 1 + e^−50 rounds to 1.
    { z: [50, -50], y: [0, 0], loss: 25, dLdz: [0.5, Math.exp(-50) / 2] },
    { z: [TINY], y: [1], loss: LN2, dLdz: [-0.5] },
    { z: [INF], y: [1], loss: NaN, dLdz: [0] },
    { z: [NaN], y: [0], loss: NaN, dLdz: [NaN] },
  ],
  // L = −Σ y_k (z_k − log Σ e^z), dL/dz = softmax(z)·Σy − y; a zero target adds nothing, even at −∞.
  crossEntropy: [
    { z: [0, 0], y: [1, 0], loss: LN2, dLdz: [-0.5, 0.5] },
    { z: [0, -0], y: [0.5, 0.5], loss: LN2, dLdz: [0, 0] },
    { z: [1e300, -1e300], y: [0, 1], loss: 2e300, dLdz: [1, -1] },
    { z: [1e300, -1e300], y: [1, 0], loss: 0, dLdz: [0, 0] },
    { z: [TINY, 0], y: [0, 1], loss: LN2, dLdz: [0.5, -0.5] },
    { z: [800, 0, -800], y: [0, 0, 1], loss: 1600, dLdz: [1, 0, -1] },
    { z: [-INF, 0], y: [0, 1], loss: 0, dLdz: [0, 0] },
    { z: [NaN, 0], y: [1, 0], loss: NaN, dLdz: [NaN, NaN] },
  ],
};

function outputModel(loss: LossName, n: number): Model {
  const activation = OUTPUT_ACTIVATION[loss];
  return {
    loss,
    layers: [{ inSize: 1, outSize: n, W: new Float64Array(n), b: new Float64Array(n), activation }],
  };
}

/** ŷ of the traced path, from z. */
function tracedOutput(activation: ActivationName, z: number[]): Float64Array {
  if (activation === 'softmax') {
    const out = new Float64Array(z.length);
    softmax(z, out);
    return out;
  }
  return Float64Array.from(z, activation === 'sigmoid' ? sigmoid : (v) => v);
}

function traced(loss: LossName, { z, y }: LossEdge): { loss: number; dLdz: Float64Array } {
  const model = outputModel(loss, z.length);
  const a = tracedOutput(OUTPUT_ACTIVATION[loss], z);
  const dLda = new Float64Array(z.length);
  const dLdz = new Float64Array(z.length);
  outputGradients(model, z, a, y, dLda, dLdz);
  return { loss: sampleLoss(model, z, a, y), dLdz };
}

/** Through outputDelta on the packed layout: the input unit first, then the outputs; y at offset 2. */
function fast(loss: LossName, { z, y }: LossEdge): { loss: number; dLdz: Float64Array } {
  const n = z.length;
  const layout = packLayout(outputModel(loss, n));
  const zs = Float64Array.of(9, ...z);
  const as = new Float64Array(n + 1);
  activate(ACTIVATION_CODE[OUTPUT_ACTIVATION[loss]], zs, as, 1, n + 1);
  const da = new Float64Array(n + 1);
  const dz = new Float64Array(n + 1);
  const value = outputDelta(layout, zs, as, [5, 5, ...y], 2, da, dz);
  return { loss: value, dLdz: dz.subarray(1) };
}

const PATHS = { traced, fast };

describe.each(Object.entries(PATHS))('%s path at the edges', (_path, run) => {
  it.each(Object.keys(EDGES) as LossName[])('%s: loss and dL/dz', (name) => {
    for (const edge of EDGES[name]) {
      const result = run(name, edge);
      const what = `${name}(z = [${edge.z.map(show).join(', ')}], y = [${edge.y.join(', ')}])`;
      expectSameNumbers([result.loss], [edge.loss], `${what}: loss`);
      expectSameNumbers(result.dLdz, edge.dLdz, `${what}: dL/dz`);
    }
  });
});
