/**
 * The fast trainer's own update helpers on the packed parameter buffer (layout in fastKernels.ts).
 * The optimizers themselves are optimizers.ts's `updateParams`, called on the whole packed buffer;
 * here are only what a packed buffer adds: the batch mean with its finiteness check, and the
 * one-sample shortcut. A batch of one sample has the rank-one gradient dL/dW = dL/dz·a_prevᵀ: its
 * finiteness is checked from the factors, and plain sgd (Play's default) forms each entry where it is
 * used (with the same `sgdStep`) instead of writing, checking and re-reading a gradient buffer.
 */
import type { PackedLayout } from './fastKernels';
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

/** One sgd update with the one-sample gradient dL/dW = dL/dz·a_prevᵀ, dL/db = dL/dz, formed in place. */
export function sgdRankOneStep(
  net: PackedLayout,
  learningRate: number,
  params: Float64Array,
  a: Float64Array,
  dz: Float64Array,
): void {
  const { layerCount, sizes, wOffset, bOffset, unitOffset } = net;
  const lr = learningRate;
  for (let l = 0; l < layerCount; l++) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const inOff = unitOffset[l]!;
    const outOff = unitOffset[l + 1]!;
    const bOff = bOffset[l]!;
    for (let i = 0, row = wOffset[l]!; i < nOut; i++, row += nIn) {
      const g = dz[outOff + i]!;
      for (let j = 0; j < nIn; j++) params[row + j] = sgdStep(params[row + j]!, g * a[inOff + j]!, lr);
      params[bOff + i] = sgdStep(params[bOff + i]!, g, lr);
    }
  }
}
