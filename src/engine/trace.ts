/**
 * Whole-sample and whole-batch evaluation: the headless API DESIGN.md names.
 */
import { backwardLayer, activationBackward, forwardLayer, outputGradients, sampleLoss } from './layerOps';
import type { Model, Sample } from './model';

export interface LayerTrace {
  z: number[];
  a: number[];
  dLdz: number[];
  dLda: number[];
  /** (out × in), rows per unit, as W. */
  dLdW: number[][];
  dLdb: number[];
}

export interface SampleTraceResult {
  loss: number;
  output: number[];
  /** dL/dx, the gradient reaching the input layer. */
  dLdx: number[];
  /** layers[l] is layer l + 1 (the input layer has no z). */
  layers: LayerTrace[];
}

/** Reusable buffers for one sample's forward and backward pass. Index l is layer l + 1. */
export interface TraceBuffers {
  z: Float64Array[];
  a: Float64Array[];
  dLda: Float64Array[];
  dLdz: Float64Array[];
  dLdW: Float64Array[];
  dLdb: Float64Array[];
  dLdx: Float64Array;
}

export function createTraceBuffers(model: Model): TraceBuffers {
  const per = (size: (l: number) => number) => model.layers.map((_, l) => new Float64Array(size(l)));
  const out = (l: number) => model.layers[l]!.outSize;
  return {
    z: per(out),
    a: per(out),
    dLda: per(out),
    dLdz: per(out),
    dLdW: per((l) => model.layers[l]!.W.length),
    dLdb: per(out),
    dLdx: new Float64Array(model.layers[0]!.inSize),
  };
}

/** Forward and backward pass of one sample into `buffers`; returns the loss. */
export function runSample(model: Model, sample: Sample, buffers: TraceBuffers): number {
  const { layers } = model;
  const L = layers.length;
  for (let l = 0; l < L; l++) {
    forwardLayer(layers[l]!, l === 0 ? sample.x : buffers.a[l - 1]!, buffers.z[l]!, buffers.a[l]!);
  }
  const loss = sampleLoss(model, buffers.z[L - 1]!, buffers.a[L - 1]!, sample.y);
  outputGradients(
    model,
    buffers.z[L - 1]!,
    buffers.a[L - 1]!,
    sample.y,
    buffers.dLda[L - 1]!,
    buffers.dLdz[L - 1]!,
  );
  for (let l = L - 1; l >= 0; l--) {
    if (l < L - 1)
      activationBackward(layers[l]!, buffers.z[l]!, buffers.a[l]!, buffers.dLda[l]!, buffers.dLdz[l]!);
    const aPrev = l === 0 ? sample.x : buffers.a[l - 1]!;
    const dLdaPrev = l === 0 ? buffers.dLdx : buffers.dLda[l - 1]!;
    backwardLayer(layers[l]!, aPrev, buffers.dLdz[l]!, buffers.dLdW[l]!, buffers.dLdb[l]!, dLdaPrev);
  }
  return loss;
}

function rows(values: Float64Array, inSize: number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < values.length; k += inSize) out.push(Array.from(values.subarray(k, k + inSize)));
  return out;
}

/**
 * Forward and backward pass of one sample, every intermediate value kept:
 * z_l = W_l·a_{l−1} + b_l, a_l = f_l(z_l), L = loss(ŷ, y), then dL/da_l, dL/dz_l,
 * dL/dW_l = dL/dz_l · a_{l−1}ᵀ and dL/db_l = dL/dz_l for every layer, and dL/dx.
 */
export function traceSample(model: Model, sample: Sample): SampleTraceResult {
  const buffers = createTraceBuffers(model);
  const loss = runSample(model, sample, buffers);
  return {
    loss,
    output: Array.from(buffers.a[model.layers.length - 1]!),
    dLdx: Array.from(buffers.dLdx),
    layers: model.layers.map((layer, l) => ({
      z: Array.from(buffers.z[l]!),
      a: Array.from(buffers.a[l]!),
      dLdz: Array.from(buffers.dLdz[l]!),
      dLda: Array.from(buffers.dLda[l]!),
      dLdW: rows(buffers.dLdW[l]!, layer.inSize),
      dLdb: Array.from(buffers.dLdb[l]!),
    })),
  };
}

/** Mean loss and mean gradients over a batch, as typed arrays (index l is layer l + 1). */
export interface BatchGradientBuffers {
  loss: number;
  dLdW: Float64Array[];
  dLdb: Float64Array[];
}

export function accumulateBatch(
  model: Model,
  batch: readonly Sample[],
  buffers = createTraceBuffers(model),
): BatchGradientBuffers {
  const dLdW = model.layers.map((layer) => new Float64Array(layer.W.length));
  const dLdb = model.layers.map((layer) => new Float64Array(layer.outSize));
  let loss = 0;
  for (const sample of batch) {
    loss += runSample(model, sample, buffers);
    for (let l = 0; l < model.layers.length; l++) {
      addInto(dLdW[l]!, buffers.dLdW[l]!);
      addInto(dLdb[l]!, buffers.dLdb[l]!);
    }
  }
  const n = batch.length;
  for (let l = 0; l < model.layers.length; l++) {
    scaleInto(dLdW[l]!, 1 / n);
    scaleInto(dLdb[l]!, 1 / n);
  }
  return { loss: loss / n, dLdW, dLdb };
}

export function addInto(target: Float64Array, source: ArrayLike<number>): void {
  for (let k = 0; k < target.length; k++) target[k] = target[k]! + source[k]!;
}

export function scaleInto(target: Float64Array, factor: number): void {
  for (let k = 0; k < target.length; k++) target[k] = target[k]! * factor;
}

/**
 * The batch loss (1/B) Σ_s L_s and the batch gradients (1/B) Σ_s dL_s/dW and (1/B) Σ_s dL_s/db.
 */
export function batchGradients(
  model: Model,
  batch: readonly Sample[],
): { loss: number; dLdW: number[][][]; dLdb: number[][] } {
  const result = accumulateBatch(model, batch);
  return {
    loss: result.loss,
    dLdW: result.dLdW.map((g, l) => rows(g, model.layers[l]!.inSize)),
    dLdb: result.dLdb.map((g) => Array.from(g)),
  };
}
