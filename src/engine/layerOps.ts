/**
 * The per-layer maths, forward and backward side by side. All functions write into caller-owned
 * buffers so the step cursor and the trainers can reuse them.
 */
import { ACTIVATIONS, softmax, softmaxBackward } from './activations';
import { LOSSES } from './losses';
import type { Layer, Model } from './model';

/** z = W·a_prev + b;  a = f(z). */
export function forwardLayer(layer: Layer, aPrev: ArrayLike<number>, z: Float64Array, a: Float64Array): void {
  const { W, b, inSize, outSize } = layer;
  for (let i = 0; i < outSize; i++) {
    let sum = b[i]!;
    const row = i * inSize;
    for (let j = 0; j < inSize; j++) sum += W[row + j]! * aPrev[j]!;
    z[i] = sum;
  }
  if (layer.activation === 'softmax') {
    softmax(z, a);
    return;
  }
  const f = ACTIVATIONS[layer.activation].output;
  for (let i = 0; i < outSize; i++) a[i] = f(z[i]!);
}

/** dL/dz = dL/da ⊙ f'(z) (or the softmax Jacobian-vector product). */
export function activationBackward(
  layer: Layer,
  z: ArrayLike<number>,
  a: ArrayLike<number>,
  dLda: ArrayLike<number>,
  dLdz: Float64Array,
): void {
  if (layer.activation === 'softmax') {
    softmaxBackward(a, dLda, dLdz);
    return;
  }
  const der = ACTIVATIONS[layer.activation].der;
  for (let i = 0; i < layer.outSize; i++) dLdz[i] = dLda[i]! * der(z[i]!, a[i]!);
}

/** The loss of one sample from the output layer's z and a. */
export function sampleLoss(
  model: Model,
  z: ArrayLike<number>,
  a: ArrayLike<number>,
  y: ArrayLike<number>,
): number {
  return LOSSES[model.loss].value(z, a, y);
}

/**
 * The output layer's gradients: dL/dŷ, and dL/dz (fused closed form for bce and crossEntropy,
 * dL/dŷ ⊙ f'(z) otherwise).
 */
export function outputGradients(
  model: Model,
  z: ArrayLike<number>,
  a: ArrayLike<number>,
  y: ArrayLike<number>,
  dLda: Float64Array,
  dLdz: Float64Array,
): void {
  const loss = LOSSES[model.loss];
  loss.gradOutput(z, a, y, dLda);
  if (loss.gradLogits) loss.gradLogits(z, a, y, dLdz);
  else activationBackward(model.layers[model.layers.length - 1]!, z, a, dLda, dLdz);
}

/**
 * Parameter and input gradients of one layer from its dL/dz:
 * dL/dW_ij = dL/dz_i · a_prev_j;  dL/db_i = dL/dz_i;  dL/da_prev_j = Σ_i W_ij · dL/dz_i.
 */
export function backwardLayer(
  layer: Layer,
  aPrev: ArrayLike<number>,
  dLdz: ArrayLike<number>,
  dLdW: Float64Array,
  dLdb: Float64Array,
  dLdaPrev: Float64Array,
): void {
  const { W, inSize, outSize } = layer;
  dLdaPrev.fill(0);
  for (let i = 0; i < outSize; i++) {
    const g = dLdz[i]!;
    dLdb[i] = g;
    const row = i * inSize;
    for (let j = 0; j < inSize; j++) {
      dLdW[row + j] = g * aPrev[j]!;
      dLdaPrev[j] = dLdaPrev[j]! + W[row + j]! * g;
    }
  }
}
