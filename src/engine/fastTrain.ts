/**
 * The fast training path for Play and for `train`: a trainer that owns packed Float64Array copies
 * of the parameters, the gradient accumulator, the optimizer state and every layer's z, a, dL/da and
 * dL/dz, all allocated once. A batch update gives the same numbers, bit for bit, as
 * accumulateBatch + applyUpdate (trace.ts, optimizers.ts), from the same activation, loss and
 * optimizer definitions, without allocating per sample.
 */
import {
  accumulateGradients,
  backwardDeltas,
  forwardPass,
  outputDelta,
  type PackedLayout,
} from './fastKernels';
import { checkArchitecture, packLayout } from './fastLayout';
import { rankOneFinite, scaleGradients, sgdSampleStep } from './fastOptimizers';
import type { Model } from './model';
import { resolveOptimizer, updateParams, type OptimizerConfig, type OptimizerState } from './optimizers';

export { packLayout, packSamples, type PackedSamples } from './fastLayout';

/** Why the last trainBatch did not update: a non-finite batch loss or batch gradient. */
export type FastTrainError = 'non-finite-loss' | 'non-finite-gradient';

export interface FastTrainer {
  readonly layout: PackedLayout;
  /** The batch loss of the last trainBatch, as computed (possibly NaN or ±Infinity). */
  lastLoss: number;
  /** Null when the last trainBatch updated the parameters; why it refused to, otherwise. */
  lastError: FastTrainError | null;
  /**
   * One optimizer update on the samples indices[start … start + count) of xs (N × inputs) and
   * ys (N × outputs): L = (1/B) Σ_s L_s, g = (1/B) Σ_s ∇L_s, then p ← optimizer(p, g). Returns L
   * before the update, or NaN (and sets lastError, parameters and optimizer state untouched) when
   * L or any entry of g is not finite.
   */
  trainBatch(
    xs: Float64Array,
    ys: Float64Array,
    indices: ArrayLike<number>,
    start: number,
    count: number,
  ): number;
  /** L = (1/B) Σ_s L_s over the same kind of batch, with no update (lastLoss is left alone). */
  evaluate(
    xs: Float64Array,
    ys: Float64Array,
    indices: ArrayLike<number>,
    start: number,
    count: number,
  ): number;
  /**
   * Mean loss and accuracy over the first `count` samples of xs and ys, one forward pass each:
   * correct when ŷ and y fall on the same side of 0.5 (one output) or share their arg-max.
   */
  score(xs: Float64Array, ys: Float64Array, count: number): { loss: number; accuracy: number };
  /** ŷ = the network's output for input x, written into out; allocates nothing. */
  forwardOutput(x: ArrayLike<number>, out: Float64Array): void;
  /** Forward pass for input x; read the units with activation() and preActivation(). */
  forwardAll(x: ArrayLike<number>): void;
  /** a of unit `unit` of layer `layer` (0 = the input) after the last forward pass. */
  activation(layer: number, unit: number): number;
  /** z of unit `unit` of layer `layer` ≥ 1 after the last forward pass. */
  preActivation(layer: number, unit: number): number;
  /** Later updates use this config; optimizer state (t, m, v) is kept, as applyUpdate does. */
  setOptimizer(config: OptimizerConfig): void;
  /** Copies the parameters into a model of the same architecture. */
  readModel(into: Model): void;
  /** A new Model holding the current parameters. */
  toModel(): Model;
  /** Replaces the parameters (same sizes, activations and loss), e.g. after the user edits a weight. */
  loadModel(model: Model): void;
  /** A copy of the optimizer state in the engine's plain shape. */
  readOptimizerState(): OptimizerState;
  /** Continues from `state` (copied), e.g. a snapshot the store restored on Undo. */
  loadOptimizerState(state: OptimizerState): void;
}

/** A trainer for `model` (copied, never changed) starting from `state` (copied) or fresh state. */
export function createFastTrainer(
  model: Model,
  optimizer: OptimizerConfig,
  state?: OptimizerState,
): FastTrainer {
  const layout = packLayout(model);
  const { parameterCount, unitCount, wOffset, bOffset } = layout;
  const nIn = layout.sizes[0]!;
  const nOut = layout.sizes[layout.layerCount]!;
  const outOff = layout.unitOffset[layout.layerCount]!;
  let params = new Float64Array(parameterCount);
  /** Where a one-sample sgd step writes the updated parameters; swapped with params if they are kept. */
  let spare = new Float64Array(parameterCount);
  const grad = new Float64Array(parameterCount);
  const m = new Float64Array(parameterCount);
  const v = new Float64Array(parameterCount);
  const z = new Float64Array(unitCount);
  const a = new Float64Array(unitCount);
  const da = new Float64Array(unitCount);
  const dz = new Float64Array(unitCount);
  const activations = model.layers.map((layer) => layer.activation);
  let opt = resolveOptimizer(optimizer);
  let t = 0;

  const eachLayer = (
    visit: (l: number, wOff: number, wLength: number, bOff: number, bLength: number) => void,
  ) => {
    for (let l = 0; l < layout.layerCount; l++) {
      visit(l, wOffset[l]!, bOffset[l]! - wOffset[l]!, bOffset[l]!, layout.sizes[l + 1]!);
    }
  };

  /** Forward pass and loss of sample `index`, leaving the output layer's dL/dz in dz. */
  const runSample = (xs: Float64Array, ys: Float64Array, index: number): number => {
    const xOff = index * nIn;
    for (let j = 0; j < nIn; j++) a[j] = xs[xOff + j]!;
    forwardPass(layout, params, z, a);
    return outputDelta(layout, z, a, ys, index * nOut, da, dz);
  };

  const refuse = (error: FastTrainError): number => {
    trainer.lastError = error;
    return NaN;
  };

  const trainer: FastTrainer = {
    layout,
    lastLoss: NaN,
    lastError: null,
    trainBatch(xs, ys, indices, start, count) {
      let loss: number;
      if (count === 1) {
        loss = runSample(xs, ys, indices[start]!);
        trainer.lastLoss = loss;
        if (!Number.isFinite(loss)) return refuse('non-finite-loss');
        if (opt.kind === 'sgd') {
          if (!sgdSampleStep(layout, opt.learningRate, params, spare, z, a, da, dz)) {
            return refuse('non-finite-gradient');
          }
          const kept = spare;
          spare = params;
          params = kept;
          t += 1;
        } else {
          backwardDeltas(layout, params, z, a, da, dz);
          if (!rankOneFinite(layout, a, dz)) return refuse('non-finite-gradient');
          t += 1;
          accumulateGradients(layout, a, dz, grad, true);
          updateParams(opt, t, params, grad, m, v);
        }
      } else {
        let lossSum = 0;
        for (let s = 0; s < count; s++) {
          lossSum += runSample(xs, ys, indices[start + s]!);
          backwardDeltas(layout, params, z, a, da, dz);
          accumulateGradients(layout, a, dz, grad, s === 0);
        }
        loss = lossSum / count;
        trainer.lastLoss = loss;
        if (!Number.isFinite(loss)) return refuse('non-finite-loss');
        if (!scaleGradients(grad, 1 / count)) return refuse('non-finite-gradient');
        t += 1;
        updateParams(opt, t, params, grad, m, v);
      }
      trainer.lastError = null;
      return loss;
    },
    evaluate(xs, ys, indices, start, count) {
      let lossSum = 0;
      for (let s = 0; s < count; s++) lossSum += runSample(xs, ys, indices[start + s]!);
      return lossSum / count;
    },
    score(xs, ys, count) {
      if (count === 0) return { loss: NaN, accuracy: NaN };
      let lossSum = 0;
      let correct = 0;
      for (let s = 0; s < count; s++) {
        lossSum += runSample(xs, ys, s);
        const yOff = s * nOut;
        if (nOut === 1) correct += a[outOff]! >= 0.5 === ys[yOff]! >= 0.5 ? 1 : 0;
        else {
          let best = 0;
          let target = 0;
          for (let k = 1; k < nOut; k++) {
            if (a[outOff + k]! > a[outOff + best]!) best = k;
            if (ys[yOff + k]! > ys[yOff + target]!) target = k;
          }
          correct += best === target ? 1 : 0;
        }
      }
      return { loss: lossSum / count, accuracy: correct / count };
    },
    forwardOutput(x, out) {
      trainer.forwardAll(x);
      for (let k = 0; k < nOut; k++) out[k] = a[outOff + k]!;
    },
    forwardAll(x) {
      for (let j = 0; j < nIn; j++) a[j] = x[j]!;
      forwardPass(layout, params, z, a);
    },
    activation: (layer, unit) => a[layout.unitOffset[layer]! + unit]!,
    preActivation: (layer, unit) => z[layout.unitOffset[layer]! + unit]!,
    setOptimizer(config) {
      opt = resolveOptimizer(config);
    },
    readModel(into) {
      checkArchitecture(layout, into);
      eachLayer((l, wOff, wLength, bOff, bLength) => {
        into.layers[l]!.W.set(params.subarray(wOff, wOff + wLength));
        into.layers[l]!.b.set(params.subarray(bOff, bOff + bLength));
      });
    },
    toModel() {
      const layers = activations.map((activation, l) => {
        const inSize = layout.sizes[l]!;
        const outSize = layout.sizes[l + 1]!;
        return {
          inSize,
          outSize,
          activation,
          W: new Float64Array(inSize * outSize),
          b: new Float64Array(outSize),
        };
      });
      const copy: Model = { layers, loss: model.loss };
      trainer.readModel(copy);
      return copy;
    },
    loadModel(source) {
      checkArchitecture(layout, source);
      eachLayer((l, wOff, _wLength, bOff) => {
        params.set(source.layers[l]!.W, wOff);
        params.set(source.layers[l]!.b, bOff);
      });
    },
    readOptimizerState() {
      const slices = (buffer: Float64Array) => {
        const out: OptimizerState['m'] = [];
        eachLayer((_l, wOff, wLength, bOff, bLength) => {
          out.push({ W: buffer.slice(wOff, wOff + wLength), b: buffer.slice(bOff, bOff + bLength) });
        });
        return out;
      };
      return { t, m: slices(m), v: slices(v) };
    },
    loadOptimizerState(source) {
      eachLayer((l, wOff, _wLength, bOff) => {
        m.set(source.m[l]!.W, wOff);
        m.set(source.m[l]!.b, bOff);
        v.set(source.v[l]!.W, wOff);
        v.set(source.v[l]!.b, bOff);
      });
      t = source.t;
    },
  };
  trainer.loadModel(model);
  if (state) trainer.loadOptimizerState(state);
  return trainer;
}
