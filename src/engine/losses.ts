/**
 * Loss functions for one sample, each value beside its gradient. The batch loss is the mean of these
 * over the samples (see trace.ts), as PyTorch's `reduction="mean"` does.
 *
 * Each loss is defined once, as a `LossKernel` over the output units [o, o + n) of shared buffers
 * (the fast trainer's packed layout, fastKernels.ts); `LOSSES` gives the same functions over plain
 * vectors for the traced path (layerOps.ts).
 *
 * bce and crossEntropy are evaluated from the logits z of their output layer (as
 * BCEWithLogitsLoss and CrossEntropyLoss do), so a saturated output (|z| = 50) still gives a finite
 * loss and gradient; their dL/dz is the fused closed form rather than dL/dŷ · f'(z).
 */
import type { ActivationName } from './activations';

export type LossName = 'mse' | 'bce' | 'crossEntropy';
export const LOSS_NAMES: readonly LossName[] = ['mse', 'bce', 'crossEntropy'];

/** Floor of the denominators in dL/dŷ, as PyTorch's binary_cross_entropy_backward uses. */
const EPSILON = 1e-12;

type Values = ArrayLike<number>;

/**
 * A loss on the output units [o, o + n) of the logits z and the outputs ŷ, against the targets
 * y[yOff … yOff + n); gradients are written to out[o … o + n).
 */
export interface LossKernel {
  value(z: Values, yHat: Values, o: number, y: Values, yOff: number, n: number): number;
  /** dL/dŷ */
  gradOutput(yHat: Values, o: number, y: Values, yOff: number, n: number, out: Float64Array): void;
  /** dL/dz in closed form, when the loss is fused with its activation. */
  gradLogits?(yHat: Values, o: number, y: Values, yOff: number, n: number, out: Float64Array): void;
}

/** log(1 + e^x) without overflow. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** log Σ_k e^{z_k} over [from, to), shifted by max z so it never overflows. */
export function logSumExp(z: Values, from: number, to: number): number {
  let max = -Infinity;
  for (let k = from; k < to; k++) if (z[k]! > max) max = z[k]!;
  let sumExp = 0;
  for (let k = from; k < to; k++) sumExp += Math.exp(z[k]! - max);
  return max + Math.log(sumExp);
}

/** L = (1/n) Σ_k (ŷ_k − y_k)²;  dL/dŷ_k = 2(ŷ_k − y_k)/n */
export const MSE: LossKernel = {
  value(_z, yHat, o, y, yOff, n) {
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const d = yHat[o + k]! - y[yOff + k]!;
      sum += d * d;
    }
    return sum / n;
  },
  gradOutput(yHat, o, y, yOff, n, out) {
    for (let k = 0; k < n; k++) out[o + k] = (2 * (yHat[o + k]! - y[yOff + k]!)) / n;
  },
};

/**
 * L = (1/n) Σ_k −[y_k log ŷ_k + (1 − y_k) log(1 − ŷ_k)] with ŷ = σ(z), evaluated as
 * max(z, 0) − z·y + log(1 + e^−|z|);  dL/dŷ_k = (ŷ_k − y_k) / (ŷ_k(1 − ŷ_k)) / n;
 * dL/dz_k = (ŷ_k − y_k)/n.
 */
export const BCE: LossKernel = {
  value(z, _yHat, o, y, yOff, n) {
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const zk = z[o + k]!;
      sum += Math.max(zk, 0) - zk * y[yOff + k]! + Math.log1p(Math.exp(-Math.abs(zk)));
    }
    return sum / n;
  },
  gradOutput(yHat, o, y, yOff, n, out) {
    for (let k = 0; k < n; k++) {
      const p = yHat[o + k]!;
      out[o + k] = (p - y[yOff + k]!) / Math.max(p * (1 - p), EPSILON) / n;
    }
  },
  gradLogits(yHat, o, y, yOff, n, out) {
    for (let k = 0; k < n; k++) out[o + k] = (yHat[o + k]! - y[yOff + k]!) / n;
  },
};

/**
 * L = −Σ_k y_k log ŷ_k with ŷ = softmax(z), evaluated as −Σ_k y_k (z_k − log Σ_j e^{z_j});
 * dL/dŷ_k = −y_k / ŷ_k;  dL/dz_k = ŷ_k Σ_j y_j − y_k (= ŷ_k − y_k for a one-hot or soft label).
 */
export const CROSS_ENTROPY: LossKernel = {
  value(z, _yHat, o, y, yOff, n) {
    const lse = logSumExp(z, o, o + n);
    let loss = 0;
    for (let k = 0; k < n; k++) {
      const yk = y[yOff + k]!;
      if (yk !== 0) loss -= yk * (z[o + k]! - lse);
    }
    return loss;
  },
  gradOutput(yHat, o, y, yOff, n, out) {
    for (let k = 0; k < n; k++) out[o + k] = -y[yOff + k]! / Math.max(yHat[o + k]!, EPSILON);
  },
  gradLogits(yHat, o, y, yOff, n, out) {
    let ySum = 0;
    for (let k = 0; k < n; k++) ySum += y[yOff + k]!;
    for (let k = 0; k < n; k++) out[o + k] = yHat[o + k]! * ySum - y[yOff + k]!;
  },
};

export const LOSS_KERNELS: Record<LossName, LossKernel> = { mse: MSE, bce: BCE, crossEntropy: CROSS_ENTROPY };

export interface Loss {
  /** The output activation this loss requires, if any. */
  readonly requires?: ActivationName;
  /** L for one sample, from the output layer's z and ŷ = a and the target y. */
  value(z: Values, yHat: Values, y: Values): number;
  /** dL/dŷ for one sample. */
  gradOutput(z: Values, yHat: Values, y: Values, out: Float64Array): void;
  /** dL/dz of the output layer in closed form, when the loss is fused with its activation. */
  gradLogits?(z: Values, yHat: Values, y: Values, out: Float64Array): void;
}

/** A kernel over whole vectors (offsets 0, n = the number of targets). */
function overVectors(kernel: LossKernel, requires?: ActivationName): Loss {
  const loss: Loss = {
    ...(requires ? { requires } : {}),
    value: (z, yHat, y) => kernel.value(z, yHat, 0, y, 0, y.length),
    gradOutput: (_z, yHat, y, out) => kernel.gradOutput(yHat, 0, y, 0, y.length, out),
  };
  const { gradLogits } = kernel;
  if (gradLogits) loss.gradLogits = (_z, yHat, y, out) => gradLogits(yHat, 0, y, 0, y.length, out);
  return loss;
}

export const LOSSES: Record<LossName, Loss> = {
  mse: overVectors(MSE),
  bce: overVectors(BCE, 'sigmoid'),
  crossEntropy: overVectors(CROSS_ENTROPY, 'softmax'),
};
