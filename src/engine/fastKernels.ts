/**
 * The hot loops of the fast trainer (fastTrain.ts) on one packed layout: every parameter in one
 * Float64Array (per layer W row-major, then b), every unit's z, a, dL/da and dL/dz in one buffer each
 * (unit offsets per layer, layer 0 = the input). Each loop repeats the exact floating-point operations
 * of layerOps.ts, losses.ts and activations.ts in the same order, so the numbers are bit-identical to
 * the reference path; only the bookkeeping differs (no allocation, no per-element dispatch: the
 * activation is chosen once per layer and each case has its own loop).
 */
import { LEAKY_SLOPE, type ActivationName } from './activations';
import type { LossName } from './losses';

export const ACTIVATION_CODE: Record<ActivationName, number> = {
  linear: 0,
  relu: 1,
  leakyRelu: 2,
  sigmoid: 3,
  tanh: 4,
  softmax: 5,
};
export const LOSS_CODE: Record<LossName, number> = { mse: 0, bce: 1, crossEntropy: 2 };

/** Sizes and offsets of a network in the packed layout. */
export interface PackedLayout {
  layerCount: number;
  /** Units per layer, input first (layerCount + 1 entries). */
  sizes: Int32Array;
  /** Where layer l + 1's W and b start in the parameter buffer. */
  wOffset: Int32Array;
  bOffset: Int32Array;
  /** Where layer l's units start in the unit buffers (layer 0 = the input). */
  unitOffset: Int32Array;
  /** ACTIVATION_CODE of layer l + 1. */
  activation: Int32Array;
  loss: number;
  parameterCount: number;
  unitCount: number;
}

/** a = f(z) for the units [from, to). */
function activate(code: number, z: Float64Array, a: Float64Array, from: number, to: number): void {
  switch (code) {
    case 0:
      for (let i = from; i < to; i++) a[i] = z[i]!;
      return;
    case 1:
      for (let i = from; i < to; i++) {
        const v = z[i]!;
        a[i] = v > 0 ? v : 0;
      }
      return;
    case 2:
      for (let i = from; i < to; i++) {
        const v = z[i]!;
        a[i] = v > 0 ? v : LEAKY_SLOPE * v;
      }
      return;
    case 3:
      // The overflow-free σ of activations.ts, inlined.
      for (let i = from; i < to; i++) {
        const v = z[i]!;
        if (v >= 0) a[i] = 1 / (1 + Math.exp(-v));
        else {
          const e = Math.exp(v);
          a[i] = e / (1 + e);
        }
      }
      return;
    case 4:
      for (let i = from; i < to; i++) a[i] = Math.tanh(z[i]!);
      return;
    default: {
      let max = -Infinity;
      for (let i = from; i < to; i++) if (z[i]! > max) max = z[i]!;
      let sum = 0;
      for (let i = from; i < to; i++) {
        const e = Math.exp(z[i]! - max);
        a[i] = e;
        sum += e;
      }
      for (let i = from; i < to; i++) a[i] = a[i]! / sum;
    }
  }
}

/** dL/dz = dL/da ⊙ f'(z) (softmax: a ⊙ (dL/da − a·dL/da)) for the units [from, to). */
function activationBackward(
  code: number,
  z: Float64Array,
  a: Float64Array,
  da: Float64Array,
  dz: Float64Array,
  from: number,
  to: number,
): void {
  switch (code) {
    case 0:
      for (let i = from; i < to; i++) dz[i] = da[i]!;
      return;
    case 1:
      for (let i = from; i < to; i++) dz[i] = da[i]! * (z[i]! > 0 ? 1 : 0);
      return;
    case 2:
      for (let i = from; i < to; i++) dz[i] = da[i]! * (z[i]! > 0 ? 1 : LEAKY_SLOPE);
      return;
    case 3:
      for (let i = from; i < to; i++) {
        const s = a[i]!;
        dz[i] = da[i]! * (s * (1 - s));
      }
      return;
    case 4:
      for (let i = from; i < to; i++) {
        const t = a[i]!;
        dz[i] = da[i]! * (1 - t * t);
      }
      return;
    default: {
      let dot = 0;
      for (let j = from; j < to; j++) dot += a[j]! * da[j]!;
      for (let i = from; i < to; i++) dz[i] = a[i]! * (da[i]! - dot);
    }
  }
}

/** z_l = W_l·a_{l−1} + b_l, a_l = f_l(z_l) for every layer; the input must already be in a[0 … in). */
export function forwardPass(net: PackedLayout, params: Float64Array, z: Float64Array, a: Float64Array): void {
  const { layerCount, sizes, wOffset, bOffset, unitOffset, activation } = net;
  for (let l = 0; l < layerCount; l++) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const inOff = unitOffset[l]!;
    const outOff = unitOffset[l + 1]!;
    const bOff = bOffset[l]!;
    let row = wOffset[l]!;
    for (let i = 0; i < nOut; i++, row += nIn) {
      let sum = params[bOff + i]!;
      for (let j = 0; j < nIn; j++) sum += params[row + j]! * a[inOff + j]!;
      z[outOff + i] = sum;
    }
    activate(activation[l]!, z, a, outOff, outOff + nOut);
  }
}

/**
 * The sample's loss L(ŷ, y) (y = ys[yOff …]) and the output layer's dL/dz: fused closed forms for bce
 * (ŷ − y)/n and crossEntropy ŷ·Σy − y; mse gives dL/dŷ = 2(ŷ − y)/n, then through f'.
 */
export function outputDelta(
  net: PackedLayout,
  z: Float64Array,
  a: Float64Array,
  ys: ArrayLike<number>,
  yOff: number,
  da: Float64Array,
  dz: Float64Array,
): number {
  const L = net.layerCount;
  const n = net.sizes[L]!;
  const o = net.unitOffset[L]!;
  switch (net.loss) {
    case 0: {
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const d = a[o + k]! - ys[yOff + k]!;
        sum += d * d;
        da[o + k] = (2 * d) / n;
      }
      activationBackward(net.activation[L - 1]!, z, a, da, dz, o, o + n);
      return sum / n;
    }
    case 1: {
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const zk = z[o + k]!;
        const y = ys[yOff + k]!;
        sum += Math.max(zk, 0) - zk * y + Math.log1p(Math.exp(-Math.abs(zk)));
        dz[o + k] = (a[o + k]! - y) / n;
      }
      return sum / n;
    }
    default: {
      let max = -Infinity;
      for (let k = 0; k < n; k++) if (z[o + k]! > max) max = z[o + k]!;
      let sumExp = 0;
      for (let k = 0; k < n; k++) sumExp += Math.exp(z[o + k]! - max);
      const logSumExp = max + Math.log(sumExp);
      let loss = 0;
      let ySum = 0;
      for (let k = 0; k < n; k++) {
        const y = ys[yOff + k]!;
        if (y !== 0) loss -= y * (z[o + k]! - logSumExp);
        ySum += y;
      }
      for (let k = 0; k < n; k++) dz[o + k] = a[o + k]! * ySum - ys[yOff + k]!;
      return loss;
    }
  }
}

/**
 * dL/dz of every hidden layer from the output layer's: dL/da_prev_j = Σ_i W_ij·dL/dz_i (summed over i
 * from 0 in order, as backwardLayer does), then dL/dz_prev = dL/da_prev ⊙ f'(z_prev). dL/dx is not
 * needed for training and is skipped.
 */
export function backwardDeltas(
  net: PackedLayout,
  params: Float64Array,
  z: Float64Array,
  a: Float64Array,
  da: Float64Array,
  dz: Float64Array,
): void {
  const { layerCount, sizes, wOffset, unitOffset, activation } = net;
  for (let l = layerCount - 1; l > 0; l--) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const inOff = unitOffset[l]!;
    const outOff = unitOffset[l + 1]!;
    const wOff = wOffset[l]!;
    for (let j = 0; j < nIn; j++) {
      let sum = 0;
      for (let i = 0, w = wOff + j; i < nOut; i++, w += nIn) sum += params[w]! * dz[outOff + i]!;
      da[inOff + j] = sum;
    }
    activationBackward(activation[l - 1]!, z, a, da, dz, inOff, inOff + nIn);
  }
}

/**
 * Adds one sample's dL/dW_ij = dL/dz_i·a_prev_j and dL/db_i = dL/dz_i into `grad`, or writes them
 * when `first` (which saves clearing the accumulator before each batch).
 */
export function accumulateGradients(
  net: PackedLayout,
  a: Float64Array,
  dz: Float64Array,
  grad: Float64Array,
  first: boolean,
): void {
  const { layerCount, sizes, wOffset, bOffset, unitOffset } = net;
  for (let l = 0; l < layerCount; l++) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const inOff = unitOffset[l]!;
    const outOff = unitOffset[l + 1]!;
    const bOff = bOffset[l]!;
    if (first) {
      for (let i = 0, row = wOffset[l]!; i < nOut; i++, row += nIn) {
        const g = dz[outOff + i]!;
        grad[bOff + i] = g;
        for (let j = 0; j < nIn; j++) grad[row + j] = g * a[inOff + j]!;
      }
    } else {
      for (let i = 0, row = wOffset[l]!; i < nOut; i++, row += nIn) {
        const g = dz[outOff + i]!;
        grad[bOff + i] = grad[bOff + i]! + g;
        for (let j = 0; j < nIn; j++) grad[row + j] = grad[row + j]! + g * a[inOff + j]!;
      }
    }
  }
}
