/**
 * Gradient health: how large each layer's gradient is after a backward pass on a batch, the numbers
 * a vanishing or exploding gradient shows up in. Computed with the same per-sample passes as
 * backprop itself (runSample), so they agree with the graph to the last bit.
 */
import type { Model, Sample } from './model';
import { createTraceBuffers, runSample, type TraceBuffers } from './trace';

export interface LayerGradientHealth {
  /** ‖dL/dW_l‖ (Frobenius norm) of the batch-mean gradient: √Σ_ij (dL/dW_l[i][j])². */
  weightGradNorm: number;
  /** Mean of |dL/dz_l[i]| over the layer's units and the batch's samples. */
  meanAbsDz: number;
}

export interface GradientHealth {
  loss: number;
  /** layers[l] is layer l + 1. */
  layers: LayerGradientHealth[];
}

/**
 * The norms as a loss point records them, or undefined when one overflowed (a gradient near 1e155
 * squares to Infinity): a saved lesson holds finite numbers only, and Play stops such a run anyway.
 */
export function recordableNorms(norms: number[]): number[] | undefined {
  return norms.every(Number.isFinite) ? norms : undefined;
}

/** √Σ g² of a flat array. */
export function frobeniusNorm(values: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k]! * values[k]!;
  return Math.sqrt(sum);
}

/**
 * Each layer's ‖dL/dW‖ (batch mean, as Update applies it) and mean |dL/dz| over the batch.
 * `buffers` may be passed to avoid allocating during Play.
 */
export function gradientHealth(
  model: Model,
  batch: readonly Sample[],
  buffers: TraceBuffers = createTraceBuffers(model),
): GradientHealth {
  const L = model.layers.length;
  const dLdW = model.layers.map((layer) => new Float64Array(layer.W.length));
  const absDz = new Float64Array(L);
  let loss = 0;
  for (const sample of batch) {
    loss += runSample(model, sample, buffers);
    for (let l = 0; l < L; l++) {
      const sum = dLdW[l]!;
      const g = buffers.dLdW[l]!;
      for (let k = 0; k < sum.length; k++) sum[k] = sum[k]! + g[k]!;
      const dz = buffers.dLdz[l]!;
      for (let i = 0; i < dz.length; i++) absDz[l] = absDz[l]! + Math.abs(dz[i]!);
    }
  }
  const n = Math.max(1, batch.length);
  return {
    loss: loss / n,
    layers: model.layers.map((layer, l) => ({
      weightGradNorm: frobeniusNorm(dLdW[l]!) / n,
      meanAbsDz: absDz[l]! / (n * layer.outSize),
    })),
  };
}
