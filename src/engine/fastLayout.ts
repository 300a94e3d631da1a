/**
 * The packed layout of the fast trainer (fastTrain.ts): where a model's parameters and units live in
 * its Float64Array buffers, and a data set packed row by row.
 */
import { EngineError } from './errors';
import { ACTIVATION_CODE, LOSS_CODE, type PackedLayout } from './fastKernels';
import type { Model, Sample } from './model';

/** Inputs and targets of a data set packed row by row: xs is (N × inputs), ys is (N × outputs). */
export interface PackedSamples {
  count: number;
  xs: Float64Array;
  ys: Float64Array;
}

/** Packs samples into row-major xs and ys; every sample must have `inputs` x's and `outputs` y's. */
export function packSamples(data: readonly Sample[], inputs: number, outputs: number): PackedSamples {
  const xs = new Float64Array(data.length * inputs);
  const ys = new Float64Array(data.length * outputs);
  data.forEach((sample, s) => {
    if (sample.x.length !== inputs) throw new EngineError(`data[${s}].x`, `must have ${inputs} values`);
    if (sample.y.length !== outputs) throw new EngineError(`data[${s}].y`, `must have ${outputs} values`);
    xs.set(sample.x, s * inputs);
    ys.set(sample.y, s * outputs);
  });
  return { count: data.length, xs, ys };
}

/**
 * Where everything of `model` lives in the packed buffers: per layer W_l (row-major) then b_l in the
 * parameter buffer, layer after layer; per layer its units in the unit buffers, the input first.
 */
export function packLayout(model: Model): PackedLayout {
  const L = model.layers.length;
  const layout: PackedLayout = {
    layerCount: L,
    sizes: new Int32Array(L + 1),
    wOffset: new Int32Array(L),
    bOffset: new Int32Array(L),
    unitOffset: new Int32Array(L + 1),
    activation: new Int32Array(L),
    loss: LOSS_CODE[model.loss],
    parameterCount: 0,
    unitCount: 0,
  };
  layout.sizes[0] = model.layers[0]?.inSize ?? 0;
  let params = 0;
  let units = layout.sizes[0]!;
  model.layers.forEach((layer, l) => {
    layout.sizes[l + 1] = layer.outSize;
    layout.wOffset[l] = params;
    layout.bOffset[l] = params + layer.W.length;
    params += layer.W.length + layer.outSize;
    layout.unitOffset[l + 1] = units;
    units += layer.outSize;
    layout.activation[l] = ACTIVATION_CODE[layer.activation];
  });
  layout.parameterCount = params;
  layout.unitCount = units;
  return layout;
}

/** The trainer's loops are chosen for its activations and loss, so those must match as well as sizes. */
export function checkArchitecture(layout: PackedLayout, model: Model): void {
  const same =
    model.layers.length === layout.layerCount &&
    LOSS_CODE[model.loss] === layout.loss &&
    model.layers.every(
      (layer, l) =>
        layer.inSize === layout.sizes[l] &&
        layer.outSize === layout.sizes[l + 1] &&
        ACTIVATION_CODE[layer.activation] === layout.activation[l],
    );
  if (!same) throw new EngineError('model', 'has a different architecture from the trainer');
}
