/**
 * The fast trainer's own update helpers on the packed parameter buffer (layout in fastKernels.ts).
 * The optimizers themselves are optimizers.ts's `updateParams`, called on the whole packed buffer;
 * here are only what a packed buffer adds: the batch mean with its finiteness check, and the
 * one-sample shortcut. A batch of one sample has the rank-one gradient dL/dW = dL/dz·a_prevᵀ: its
 * finiteness is checked from the factors, and plain sgd (Play's default) forms each entry where it is
 * used (with the same `sgdStep`), in the same pass over W as back-propagation, instead of writing,
 * checking and re-reading a gradient buffer.
 */
import { activationBackward, type PackedLayout } from './fastKernels';
import * as optimizers from './optimizers';

// A constant copy, so the call inlines where the module system reaches an import through a getter.
const { sgdStep } = optimizers;

/**
 * grad ← grad·scale (the batch mean is the sum times 1/B, as accumulateBatch takes it); returns
 * false if any entry is NaN or ±Infinity (x·0 is NaN exactly for those).
 */
export function scaleGradients(grad: Float64Array, scale: number): boolean {
  let bad = 0;
  const n = grad.length;
  for (let k = 0; k < n; k++) {
    const g = grad[k]! * scale;
    grad[k] = g;
    bad += g * 0;
  }
  return bad === 0;
}

/**
 * True if every entry of the rank-one gradient (dL/dz_i·a_prev_j and dL/dz_i) is finite. Exact without
 * forming them: Math.max propagates NaN, and the largest |product| is max|dL/dz|·max|a_prev| (rounding
 * is monotonic), which is itself one of the entries; a non-finite factor makes it NaN or Infinity.
 */
export function rankOneFinite(net: PackedLayout, a: Float64Array, dz: Float64Array): boolean {
  const { layerCount, sizes, unitOffset } = net;
  for (let l = 0; l < layerCount; l++) {
    const inOff = unitOffset[l]!;
    const outOff = unitOffset[l + 1]!;
    let maxA = 0;
    for (let j = inOff, end = inOff + sizes[l]!; j < end; j++) maxA = Math.max(maxA, Math.abs(a[j]!));
    let maxG = 0;
    for (let i = outOff, end = outOff + sizes[l + 1]!; i < end; i++) maxG = Math.max(maxG, Math.abs(dz[i]!));
    // The second test covers dL/db = dL/dz when every a_prev is 0.
    if (!Number.isFinite(maxG * maxA) || !Number.isFinite(maxG)) return false;
  }
  return true;
}

/**
 * Back-propagation and one sgd update for one sample, in one pass over each layer's W: from the
 * output layer's dL/dz (in dz) down, each W_ij is read once, for dL/da_prev_j = Σ_i W_ij·dL/dz_i (over
 * i from 0 in order, as backwardDeltas sums) and for the updated W_ij = sgdStep(W_ij, dL/dz_i·a_prev_j),
 * which goes to `next`, not `params`: the caller commits `next` only if this returns true, so a
 * non-finite gradient found in a lower layer leaves every parameter as it was.
 *
 * Returns true if every entry of the gradient (dL/dz_i·a_prev_j and dL/dz_i) is finite. Checked with
 * one product per row: |dL/dz_i|·Σ_j|a_prev_j| bounds every |dL/dz_i·a_prev_j| of the row (rounding
 * is monotonic), is NaN for a NaN or a 0·∞, and the sum of the bounds stays non-finite once one is
 * (∞ − ∞ is NaN). A non-finite sum of finite bounds (an overflow of the bound only) is decided by the
 * exact rankOneFinite.
 */
export function sgdSampleStep(
  net: PackedLayout,
  learningRate: number,
  params: Float64Array,
  next: Float64Array,
  z: Float64Array,
  a: Float64Array,
  da: Float64Array,
  dz: Float64Array,
): boolean {
  const { layerCount, sizes, wOffset, bOffset, unitOffset, activation } = net;
  const lr = learningRate;
  let bound = 0;
  for (let l = layerCount - 1; l >= 0; l--) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const inOff = unitOffset[l]!;
    const outOff = unitOffset[l + 1]!;
    const outEnd = outOff + nOut;
    const bOff = bOffset[l]!;
    const wOff = wOffset[l]!;
    let sumA = 0;
    for (let j = inOff, end = inOff + nIn; j < end; j++) sumA += Math.abs(a[j]!);
    for (let i = outOff, bias = bOff; i < outEnd; i++, bias++) {
      const g = dz[i]!;
      bound += g * sumA;
      next[bias] = sgdStep(params[bias]!, g, lr);
    }
    if (l > 0) {
      let j = 0;
      // Two columns at a time: two independent sums (each still added in order over i).
      for (; j + 1 < nIn; j += 2) {
        const a0 = a[inOff + j]!;
        const a1 = a[inOff + j + 1]!;
        let sum0 = 0;
        let sum1 = 0;
        for (let i = outOff, w = wOff + j; i < outEnd; i++, w += nIn) {
          const g = dz[i]!;
          const w0 = params[w]!;
          const w1 = params[w + 1]!;
          sum0 += w0 * g;
          sum1 += w1 * g;
          next[w] = sgdStep(w0, g * a0, lr);
          next[w + 1] = sgdStep(w1, g * a1, lr);
        }
        da[inOff + j] = sum0;
        da[inOff + j + 1] = sum1;
      }
      if (j < nIn) {
        const aj = a[inOff + j]!;
        let sum = 0;
        for (let i = outOff, w = wOff + j; i < outEnd; i++, w += nIn) {
          const wij = params[w]!;
          const g = dz[i]!;
          sum += wij * g;
          next[w] = sgdStep(wij, g * aj, lr);
        }
        da[inOff + j] = sum;
      }
      activationBackward(activation[l - 1]!, z, a, da, dz, inOff, inOff + nIn);
    } else {
      for (let i = outOff, row = wOff - inOff; i < outEnd; i++, row += nIn) {
        const g = dz[i]!;
        for (let j = inOff, end = inOff + nIn; j < end; j++)
          next[row + j] = sgdStep(params[row + j]!, g * a[j]!, lr);
      }
    }
  }
  return Number.isFinite(bound) || rankOneFinite(net, a, dz);
}
