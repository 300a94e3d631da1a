/**
 * What the graph's DOM-contract attributes must hold at each point of an iteration, computed by the
 * engine's headless API (traceSample, train) independently of the store's step cursor.
 */
import { cloneModel, traceSample, train, type Model, type Sample } from '../../../src/engine';

/** How far the iteration on one sample has gone (layers counted as the cursor counts them). */
export interface Progress {
  /** Layers forwarded, 0 … L. */
  forward: number;
  /** Layers back-propagated, counted from the output, 0 … L. */
  backward: number;
  /** Update applied: weights and biases hold the new values. */
  updated: boolean;
}

/** Element key ("node:1:0", "edge:2:0:1", "bias:1:1") → attribute name → expected number. */
export type GraphNumbers = Record<string, Record<string, number>>;

export const IDLE: Progress = { forward: 0, backward: 0, updated: false };

/**
 * The attributes the graph must carry for `model` on `sample` at `progress`: z and a once a layer is
 * forwarded, dL/dz, dL/da, dL/dW and dL/db once its backward step ran, the new parameters (one SGD
 * step of η = learningRate) after the update. A value not computed yet has no entry at all.
 */
export function expectedGraph(
  model: Model,
  sample: Sample,
  progress: Progress,
  learningRate: number,
): GraphNumbers {
  const trace = traceSample(model, sample);
  const L = model.layers.length;
  const shown = progress.updated
    ? train(model, [sample], { kind: 'sgd', learningRate }, 1).model
    : cloneModel(model);
  const backwarded = (l: number) => progress.backward >= L - l + 1;
  const numbers: GraphNumbers = {};
  sample.x.forEach((x, j) => {
    numbers[`node:0:${j}`] = { 'data-a': x, ...(backwarded(1) ? { 'data-dlda': trace.dLdx[j]! } : {}) };
  });
  shown.layers.forEach((layer, k) => {
    const l = k + 1;
    const t = trace.layers[k]!;
    for (let i = 0; i < layer.outSize; i++) {
      numbers[`node:${l}:${i}`] = {
        ...(progress.forward >= l ? { 'data-z': t.z[i]!, 'data-a': t.a[i]! } : {}),
        ...(backwarded(l) ? { 'data-dldz': t.dLdz[i]!, 'data-dlda': t.dLda[i]! } : {}),
      };
      numbers[`bias:${l}:${i}`] = {
        'data-b': layer.b[i]!,
        ...(backwarded(l) ? { 'data-dldb': t.dLdb[i]! } : {}),
      };
      for (let j = 0; j < layer.inSize; j++) {
        numbers[`edge:${l}:${i}:${j}`] = {
          'data-w': layer.W[i * layer.inSize + j]!,
          ...(backwarded(l) ? { 'data-dldw': t.dLdW[i]![j]! } : {}),
        };
      }
    }
  });
  return numbers;
}

/** The sample's loss before any update, as the loss readout shows it after the forward pass. */
export function expectedLoss(model: Model, sample: Sample): number {
  return traceSample(model, sample).loss;
}

/** The stages of one iteration, in the order the buttons reach them, for a network of L layers. */
export function iterationStages(L: number, granularity: 'layer' | 'pass') {
  const stages: { button: 'Forward' | 'Backward' | 'Update'; progress: Progress; loss: boolean }[] = [];
  if (granularity === 'pass') {
    stages.push({ button: 'Forward', progress: { forward: L, backward: 0, updated: false }, loss: true });
    stages.push({ button: 'Backward', progress: { forward: L, backward: L, updated: false }, loss: true });
  } else {
    for (let l = 1; l <= L; l++)
      stages.push({ button: 'Forward', progress: { forward: l, backward: 0, updated: false }, loss: false });
    // The loss is its own forward sub-step after the last layer: no attribute changes, the readout does.
    stages.push({ button: 'Forward', progress: { forward: L, backward: 0, updated: false }, loss: true });
    for (let l = 1; l <= L; l++)
      stages.push({ button: 'Backward', progress: { forward: L, backward: l, updated: false }, loss: true });
  }
  stages.push({ button: 'Update', progress: { forward: L, backward: L, updated: true }, loss: true });
  return stages;
}
