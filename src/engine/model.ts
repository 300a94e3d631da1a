/**
 * The multilayer perceptron: layer l maps a_{l−1} (in units) to z_l = W_l·a_{l−1} + b_l and
 * a_l = f_l(z_l) (out units). W is stored row-major with shape (out, in), as torch.nn.Linear,
 * so W[i][j] = W[i * in + j] is the weight from unit j of the previous layer to unit i.
 */
import type { ActivationName } from './activations';
import type { LossName } from './losses';

export interface Layer {
  readonly inSize: number;
  readonly outSize: number;
  /** (outSize × inSize), row-major. */
  W: Float64Array;
  /** (outSize) */
  b: Float64Array;
  activation: ActivationName;
}

export interface Model {
  layers: Layer[];
  loss: LossName;
}

/** One training example: inputs x and targets y, plain numbers. */
export interface Sample {
  x: number[];
  y: number[];
}

/** A model as plain JSON (the scenario file's `model` field). */
export interface LayerSpec {
  W: number[][];
  b: number[];
  activation: ActivationName;
}
export interface ModelSpec {
  layers: LayerSpec[];
  loss: LossName;
}

/** The shape of a network without its numbers. */
export interface Architecture {
  inputs: number;
  layers: { units: number; activation: ActivationName }[];
  loss: LossName;
}

/** Limits of the networks the app takes (DESIGN.md / issue 2). */
export const LIMITS = {
  minInputs: 1,
  maxInputs: 8,
  maxHiddenLayers: 6,
  minUnits: 1,
  maxUnits: 8,
} as const;

export function inputSize(model: Model): number {
  return model.layers[0]?.inSize ?? 0;
}

export function outputSize(model: Model): number {
  return model.layers[model.layers.length - 1]?.outSize ?? 0;
}

/** Layer sizes from input to output, e.g. [2, 2, 2]. */
export function layerSizes(model: Model): number[] {
  return [inputSize(model), ...model.layers.map((layer) => layer.outSize)];
}

export function architectureOf(model: Model): Architecture {
  return {
    inputs: inputSize(model),
    layers: model.layers.map((layer) => ({ units: layer.outSize, activation: layer.activation })),
    loss: model.loss,
  };
}

export function cloneModel(model: Model): Model {
  return {
    loss: model.loss,
    layers: model.layers.map((layer) => ({
      inSize: layer.inSize,
      outSize: layer.outSize,
      W: Float64Array.from(layer.W),
      b: Float64Array.from(layer.b),
      activation: layer.activation,
    })),
  };
}

export function modelToSpec(model: Model): ModelSpec {
  return {
    loss: model.loss,
    layers: model.layers.map((layer) => ({
      W: Array.from({ length: layer.outSize }, (_, i) =>
        Array.from(layer.W.subarray(i * layer.inSize, (i + 1) * layer.inSize)),
      ),
      b: Array.from(layer.b),
      activation: layer.activation,
    })),
  };
}

/** Number of trainable parameters. */
export function parameterCount(model: Model): number {
  return model.layers.reduce((n, layer) => n + layer.W.length + layer.b.length, 0);
}
