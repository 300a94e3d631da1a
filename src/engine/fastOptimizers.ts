/**
 * The fast trainer's updates on the packed parameter buffer (layout in fastKernels.ts), with the
 * formulas of optimizers.ts in their order so the numbers are bit-identical:
 * - sgd: p ← p − η·g;  momentum: v ← μ·v + g (v_1 = g), p ← p − η·v;
 * - adam: m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g², p ← p − (η/(1 − β1^t))·m/(√v/√(1 − β2^t) + ε).
 * A batch of one sample has the rank-one gradient dL/dW = dL/dz·a_prevᵀ: its finiteness is checked
 * from the factors, and plain sgd (Play's default) forms each entry where it is used instead of
 * writing, checking and re-reading a gradient buffer.
 */
import type { PackedLayout } from './fastKernels';
import type { OptimizerConfig } from './optimizers';

/** An OptimizerConfig with its defaults filled in; kind as a number (0 sgd, 1 momentum, 2 adam). */
export interface ResolvedOptimizer {
  kind: number;
  learningRate: number;
  momentum: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

const KIND_CODE: Record<OptimizerConfig['kind'], number> = { sgd: 0, momentum: 1, adam: 2 };

export function resolveOptimizer(config: OptimizerConfig): ResolvedOptimizer {
  return {
    kind: KIND_CODE[config.kind],
    learningRate: config.learningRate,
    momentum: config.momentum ?? 0.9,
    beta1: config.beta1 ?? 0.9,
    beta2: config.beta2 ?? 0.999,
    epsilon: config.epsilon ?? 1e-8,
  };
}

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

/** One update of every parameter with the gradient buffer `grad` (same layout as params). */
export function batchStep(
  opt: ResolvedOptimizer,
  t: number,
  params: Float64Array,
  grad: Float64Array,
  m: Float64Array,
  v: Float64Array,
): void {
  const lr = opt.learningRate;
  const n = params.length;
  if (opt.kind === 0) {
    for (let k = 0; k < n; k++) params[k] = params[k]! - lr * grad[k]!;
  } else if (opt.kind === 1) {
    const mu = opt.momentum;
    for (let k = 0; k < n; k++) {
      const velocity = t === 1 ? grad[k]! : mu * m[k]! + grad[k]!;
      m[k] = velocity;
      params[k] = params[k]! - lr * velocity;
    }
  } else {
    const { beta1, beta2, epsilon } = opt;
    const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
    const stepSize = lr / (1 - beta1 ** t);
    for (let k = 0; k < n; k++) {
      const g = grad[k]!;
      const mk = m[k]! * beta1 + (1 - beta1) * g;
      const vk = v[k]! * beta2 + (1 - beta2) * g * g;
      m[k] = mk;
      v[k] = vk;
      params[k] = params[k]! - stepSize * (mk / (Math.sqrt(vk) / bc2Sqrt + epsilon));
    }
  }
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
      for (let j = 0; j < nIn; j++) params[row + j] = params[row + j]! - lr * (g * a[inOff + j]!);
      params[bOff + i] = params[bOff + i]! - lr * g;
    }
  }
}
