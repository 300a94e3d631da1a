/**
 * The hot loops of the fast trainer (fastTrain.ts) on one packed layout: every parameter in one
 * Float64Array (per layer W row-major, then b), every unit's z, a, dL/da and dL/dz in one buffer each
 * (unit offsets per layer, layer 0 = the input). The maths is not restated here: each loop calls the
 * scalar activations of activations.ts and the loss kernels of losses.ts, in the order layerOps.ts
 * does, so the numbers are bit-identical to the traced path; only the bookkeeping differs (no
 * allocation, and the activation is chosen once per layer by its code, each case a loop with a
 * direct call that the JIT inlines, rather than an indirect call per element).
 */
import * as activations from './activations';
import type { ActivationName } from './activations';
import * as losses from './losses';
import type { LossName } from './losses';

// Module-level copies of the imported functions: a call to a constant function is inlined even where
// the module system reaches an import through a getter (tsx and Node's CommonJS interop do).
const {
  leakyRelu,
  leakyReluDerivative,
  linear,
  linearDerivative,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  softmaxBackwardRange,
  softmaxRange,
  tanh,
  tanhDerivative,
} = activations;
const { MSE, BCE, CROSS_ENTROPY } = losses;

/** Each activation's number in PackedLayout.activation. */
export const ACTIVATION_CODE = {
  linear: 0,
  relu: 1,
  leakyRelu: 2,
  sigmoid: 3,
  tanh: 4,
  softmax: 5,
} as const satisfies Record<ActivationName, number>;
export type ActivationCode = (typeof ACTIVATION_CODE)[ActivationName];

/** Each loss's number in PackedLayout.loss. */
export const LOSS_CODE = { mse: 0, bce: 1, crossEntropy: 2 } as const satisfies Record<LossName, number>;
export type LossCode = (typeof LOSS_CODE)[LossName];

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
  /** LOSS_CODE of the model's loss. */
  loss: LossCode;
  parameterCount: number;
  unitCount: number;
}

/** a = f(z) for the units [from, to), f given by its ACTIVATION_CODE. */
export function activate(code: number, z: Float64Array, a: Float64Array, from: number, to: number): void {
  switch (code) {
    case ACTIVATION_CODE.linear:
      for (let i = from; i < to; i++) a[i] = linear(z[i]!);
      return;
    case ACTIVATION_CODE.relu:
      for (let i = from; i < to; i++) a[i] = relu(z[i]!);
      return;
    case ACTIVATION_CODE.leakyRelu:
      for (let i = from; i < to; i++) a[i] = leakyRelu(z[i]!);
      return;
    case ACTIVATION_CODE.sigmoid:
      for (let i = from; i < to; i++) a[i] = sigmoid(z[i]!);
      return;
    case ACTIVATION_CODE.tanh:
      for (let i = from; i < to; i++) a[i] = tanh(z[i]!);
      return;
    default:
      // ACTIVATION_CODE.softmax, the one code left. (A throwing branch here, for unknown codes, made
      // the loops measurably slower: it changes what the JIT inlines.)
      softmaxRange(z, a, from, to);
  }
}

/** dL/dz = dL/da ⊙ f'(z) (softmax: a ⊙ (dL/da − a·dL/da)) for the units [from, to). */
export function activationBackward(
  code: number,
  z: Float64Array,
  a: Float64Array,
  da: Float64Array,
  dz: Float64Array,
  from: number,
  to: number,
): void {
  switch (code) {
    case ACTIVATION_CODE.linear:
      for (let i = from; i < to; i++) dz[i] = da[i]! * linearDerivative();
      return;
    case ACTIVATION_CODE.relu:
      for (let i = from; i < to; i++) dz[i] = da[i]! * reluDerivative(z[i]!);
      return;
    case ACTIVATION_CODE.leakyRelu:
      for (let i = from; i < to; i++) dz[i] = da[i]! * leakyReluDerivative(z[i]!);
      return;
    case ACTIVATION_CODE.sigmoid:
      for (let i = from; i < to; i++) dz[i] = da[i]! * sigmoidDerivative(z[i]!, a[i]!);
      return;
    case ACTIVATION_CODE.tanh:
      for (let i = from; i < to; i++) dz[i] = da[i]! * tanhDerivative(z[i]!, a[i]!);
      return;
    default:
      // ACTIVATION_CODE.softmax
      softmaxBackwardRange(a, da, dz, from, to);
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
    let i = 0;
    // Two rows at a time: two independent sums (each still added in order) keep the adder busy.
    for (; i + 1 < nOut; i += 2, row += 2 * nIn) {
      let sum0 = params[bOff + i]!;
      let sum1 = params[bOff + i + 1]!;
      for (let j = 0, row1 = row + nIn; j < nIn; j++) {
        const aj = a[inOff + j]!;
        sum0 += params[row + j]! * aj;
        sum1 += params[row1 + j]! * aj;
      }
      z[outOff + i] = sum0;
      z[outOff + i + 1] = sum1;
    }
    if (i < nOut) {
      let sum = params[bOff + i]!;
      for (let j = 0; j < nIn; j++) sum += params[row + j]! * a[inOff + j]!;
      z[outOff + i] = sum;
    }
    activate(activation[l]!, z, a, outOff, outOff + nOut);
  }
}

/**
 * The sample's loss L(ŷ, y) (y = ys[yOff …]) and the output layer's dL/dz: the fused closed form for
 * bce and crossEntropy, dL/dŷ through f' otherwise (dL/dŷ is left in `da` then). Each case calls its
 * kernel directly, which the JIT inlines (a kernel looked up per sample measurably was not).
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
    case LOSS_CODE.mse: {
      const value = MSE.value(z, a, o, ys, yOff, n);
      MSE.gradOutput(a, o, ys, yOff, n, da);
      activationBackward(net.activation[L - 1]!, z, a, da, dz, o, o + n);
      return value;
    }
    case LOSS_CODE.bce: {
      const value = BCE.value(z, a, o, ys, yOff, n);
      BCE.gradLogits!(a, o, ys, yOff, n, dz);
      return value;
    }
    default: {
      const value = CROSS_ENTROPY.value(z, a, o, ys, yOff, n);
      CROSS_ENTROPY.gradLogits!(a, o, ys, yOff, n, dz);
      return value;
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
