/**
 * Loss functions for one sample, each value beside its gradient. The batch loss is the mean of these
 * over the samples (see batch.ts), as PyTorch's `reduction="mean"` does.
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

export interface Loss {
  /** The output activation this loss requires, if any. */
  readonly requires?: ActivationName;
  /** L for one sample, from the output layer's z and ŷ = a and the target y. */
  value(z: ArrayLike<number>, yHat: ArrayLike<number>, y: ArrayLike<number>): number;
  /** dL/dŷ for one sample. */
  gradOutput(z: ArrayLike<number>, yHat: ArrayLike<number>, y: ArrayLike<number>, out: Float64Array): void;
  /** dL/dz of the output layer in closed form, when the loss is fused with its activation. */
  gradLogits?(z: ArrayLike<number>, yHat: ArrayLike<number>, y: ArrayLike<number>, out: Float64Array): void;
}

/** log(1 + e^x) without overflow. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export const LOSSES: Record<LossName, Loss> = {
  /** L = (1/n) Σ_k (ŷ_k − y_k)²;  dL/dŷ_k = 2(ŷ_k − y_k)/n */
  mse: {
    value(_z, yHat, y) {
      let sum = 0;
      for (let k = 0; k < y.length; k++) {
        const d = yHat[k]! - y[k]!;
        sum += d * d;
      }
      return sum / y.length;
    },
    gradOutput(_z, yHat, y, out) {
      const n = y.length;
      for (let k = 0; k < n; k++) out[k] = (2 * (yHat[k]! - y[k]!)) / n;
    },
  },

  /**
   * L = (1/n) Σ_k −[y_k log ŷ_k + (1 − y_k) log(1 − ŷ_k)] with ŷ = σ(z), evaluated as
   * max(z, 0) − z·y + log(1 + e^−|z|);  dL/dŷ_k = (ŷ_k − y_k) / (ŷ_k(1 − ŷ_k)) / n;
   * dL/dz_k = (ŷ_k − y_k)/n.
   */
  bce: {
    requires: 'sigmoid',
    value(z, _yHat, y) {
      let sum = 0;
      for (let k = 0; k < y.length; k++) {
        const zk = z[k]!;
        sum += Math.max(zk, 0) - zk * y[k]! + Math.log1p(Math.exp(-Math.abs(zk)));
      }
      return sum / y.length;
    },
    gradOutput(_z, yHat, y, out) {
      const n = y.length;
      for (let k = 0; k < n; k++) {
        const p = yHat[k]!;
        out[k] = (p - y[k]!) / Math.max(p * (1 - p), EPSILON) / n;
      }
    },
    gradLogits(_z, yHat, y, out) {
      const n = y.length;
      for (let k = 0; k < n; k++) out[k] = (yHat[k]! - y[k]!) / n;
    },
  },

  /**
   * L = −Σ_k y_k log ŷ_k with ŷ = softmax(z), evaluated as −Σ_k y_k (z_k − log Σ_j e^{z_j});
   * dL/dŷ_k = −y_k / ŷ_k;  dL/dz_k = ŷ_k Σ_j y_j − y_k (= ŷ_k − y_k for a one-hot or soft label).
   */
  crossEntropy: {
    requires: 'softmax',
    value(z, _yHat, y) {
      let max = -Infinity;
      for (let k = 0; k < z.length; k++) if (z[k]! > max) max = z[k]!;
      let sumExp = 0;
      for (let k = 0; k < z.length; k++) sumExp += Math.exp(z[k]! - max);
      const logSumExp = max + Math.log(sumExp);
      let loss = 0;
      for (let k = 0; k < y.length; k++) if (y[k] !== 0) loss -= y[k]! * (z[k]! - logSumExp);
      return loss;
    },
    gradOutput(_z, yHat, y, out) {
      for (let k = 0; k < y.length; k++) out[k] = -y[k]! / Math.max(yHat[k]!, EPSILON);
    },
    gradLogits(_z, yHat, y, out) {
      let ySum = 0;
      for (let k = 0; k < y.length; k++) ySum += y[k]!;
      for (let k = 0; k < y.length; k++) out[k] = yHat[k]! * ySum - y[k]!;
    },
  },
};
