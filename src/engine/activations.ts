/**
 * Activation functions, each value beside its derivative (as TensorFlow Playground's nn.ts does).
 * These scalar functions are the one definition of each activation: the traced path (layerOps.ts,
 * through ACTIVATIONS) and the fast trainer's loops (fastKernels.ts, by direct call) both use them.
 * A derivative takes z and the output a = f(z), so sigmoid and tanh can reuse a. Softmax is not
 * elementwise and lives in `softmaxRange` below; it is allowed on the output layer only.
 *
 * At the edges they follow PyTorch: relu(NaN) = NaN and relu′ is `result <= 0 ? 0 : 1` (its
 * threshold_backward), so relu′(0) = relu′(−0) = 0; leakyRelu′(z) = 0.01 unless z > 0; sigmoid and
 * tanh saturate to exact 0 and ±1 (derivative 0) and pass NaN through.
 */
export type ElementwiseActivationName = 'linear' | 'relu' | 'leakyRelu' | 'sigmoid' | 'tanh';
export type ActivationName = ElementwiseActivationName | 'softmax';

export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'linear',
  'relu',
  'leakyRelu',
  'sigmoid',
  'tanh',
  'softmax',
];

export interface Activation {
  /** a = f(z) */
  output(z: number): number;
  /** f'(z), written in terms of z and a = f(z) */
  der(z: number, a: number): number;
}

/** Slope of leakyRelu for z < 0, as torch.nn.LeakyReLU's default. */
export const LEAKY_SLOPE = 0.01;

/** f(z) = z */
export const linear = (z: number): number => z;
/** f'(z) = 1 */
export const linearDerivative = (): number => 1;

/** f(z) = max(0, z), NaN for NaN (Math.max propagates it, as torch.relu does); relu(−0) = +0. */
export const relu = (z: number): number => Math.max(z, 0);
/** f'(z) = 1 if f(z) > 0 else 0, so relu'(0) = 0 (PyTorch); 1 for NaN, which passes the NaN on. */
export const reluDerivative = (z: number): number => (z <= 0 ? 0 : 1);

/** f(z) = z if z > 0 else 0.01·z */
export const leakyRelu = (z: number): number => (z > 0 ? z : LEAKY_SLOPE * z);
/** f'(z) = 1 if z > 0 else 0.01 */
export const leakyReluDerivative = (z: number): number => (z > 0 ? 1 : LEAKY_SLOPE);

/**
 * σ(z) = 1 / (1 + e^−z), evaluated as (z ≥ 0 ? 1 : e) / (1 + e) with e = e^−|z|, which is
 * 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) below: e never overflows, and the choice of numerator
 * is a select rather than a branch.
 */
export function sigmoid(z: number): number {
  const e = Math.exp(-Math.abs(z));
  return (z >= 0 ? 1 : e) / (1 + e);
}
/** σ'(z) = σ(z)(1 − σ(z)) = a(1 − a) */
export const sigmoidDerivative = (_z: number, a: number): number => a * (1 - a);

/** f(z) = tanh z */
export const tanh = (z: number): number => Math.tanh(z);
/** f'(z) = 1 − tanh² z = 1 − a² */
export const tanhDerivative = (_z: number, a: number): number => 1 - a * a;

export const ACTIVATIONS: Record<ElementwiseActivationName, Activation> = {
  linear: { output: linear, der: linearDerivative },
  relu: { output: relu, der: reluDerivative },
  leakyRelu: { output: leakyRelu, der: leakyReluDerivative },
  sigmoid: { output: sigmoid, der: sigmoidDerivative },
  tanh: { output: tanh, der: tanhDerivative },
};

/**
 * Softmax of the units [from, to): a_i = e^{z_i − max z} / Σ_j e^{z_j − max z} (shifted, so it never
 * overflows). z and a share the offsets.
 */
export function softmaxRange(z: ArrayLike<number>, a: Float64Array, from: number, to: number): void {
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

/**
 * Back through softmax for the units [from, to): dL/dz_i = a_i (dL/da_i − Σ_j a_j dL/da_j), the
 * Jacobian-vector product of J_ij = a_i(δ_ij − a_j).
 */
export function softmaxBackwardRange(
  a: ArrayLike<number>,
  dLda: ArrayLike<number>,
  dLdz: Float64Array,
  from: number,
  to: number,
): void {
  let dot = 0;
  for (let j = from; j < to; j++) dot += a[j]! * dLda[j]!;
  for (let i = from; i < to; i++) dLdz[i] = a[i]! * (dLda[i]! - dot);
}

/** Softmax of a whole vector into `out`. */
export function softmax(z: ArrayLike<number>, out: Float64Array): void {
  softmaxRange(z, out, 0, z.length);
}

/** softmaxBackwardRange over a whole vector. */
export function softmaxBackward(a: ArrayLike<number>, dLda: ArrayLike<number>, dLdz: Float64Array): void {
  softmaxBackwardRange(a, dLda, dLdz, 0, a.length);
}
