/**
 * Activation functions, each with its derivative beside it (as TensorFlow Playground's nn.ts does).
 * `der(z, a)` is da/dz given both the pre-activation z and the output a = f(z), so sigmoid and tanh
 * can reuse a. Softmax is not elementwise and lives in `softmax` below; it is allowed on the output
 * layer only.
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

/** σ(z) = 1 / (1 + e^−z), evaluated without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export const ACTIVATIONS: Record<ElementwiseActivationName, Activation> = {
  /** f(z) = z; f'(z) = 1 */
  linear: { output: (z) => z, der: () => 1 },
  /** f(z) = max(0, z); f'(z) = 1 if z > 0 else 0 (so relu'(0) = 0, as PyTorch) */
  relu: { output: (z) => (z > 0 ? z : 0), der: (z) => (z > 0 ? 1 : 0) },
  /** f(z) = z if z > 0 else 0.01·z; f'(z) = 1 if z > 0 else 0.01 */
  leakyRelu: { output: (z) => (z > 0 ? z : LEAKY_SLOPE * z), der: (z) => (z > 0 ? 1 : LEAKY_SLOPE) },
  /** f(z) = σ(z); f'(z) = σ(z)(1 − σ(z)) = a(1 − a) */
  sigmoid: { output: sigmoid, der: (_z, a) => a * (1 - a) },
  /** f(z) = tanh z; f'(z) = 1 − tanh² z = 1 − a² */
  tanh: { output: Math.tanh, der: (_z, a) => 1 - a * a },
};

/**
 * Softmax over a vector: a_i = e^{z_i − max z} / Σ_j e^{z_j − max z} (shifted, so it never overflows).
 */
export function softmax(z: ArrayLike<number>, out: Float64Array): void {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) if (z[i]! > max) max = z[i]!;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const e = Math.exp(z[i]! - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < z.length; i++) out[i] = out[i]! / sum;
}

/**
 * Back through softmax: dL/dz_i = a_i (dL/da_i − Σ_j a_j dL/da_j), the Jacobian-vector product
 * of J_ij = a_i(δ_ij − a_j).
 */
export function softmaxBackward(a: ArrayLike<number>, dLda: ArrayLike<number>, dLdz: Float64Array): void {
  let dot = 0;
  for (let j = 0; j < a.length; j++) dot += a[j]! * dLda[j]!;
  for (let i = 0; i < a.length; i++) dLdz[i] = a[i]! * (dLda[i]! - dot);
}
