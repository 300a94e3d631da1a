/**
 * The network as a function of the raw input plane, for the decision boundary: one fast trainer
 * kept across renders and reloaded with the store's weights, so a redraw allocates nothing.
 */
import { useMemo } from 'react';
import {
  createFastTrainer,
  featureVector,
  type FastTrainer,
  type FeatureName,
  type Model,
  type ActivationName,
} from '../../engine';
import type { AppState } from '../../store';

let nextRevision = 1;
const revisions = new WeakMap<Model, number>();

/** A number that changes whenever the model object does (the store replaces it on every change). */
export function modelRevision(model: Model): number {
  let revision = revisions.get(model);
  if (revision === undefined) {
    revision = nextRevision++;
    revisions.set(model, revision);
  }
  return revision;
}

/** True when `a` and `b` have the same layers, activations, loss, weights and biases. */
export function sameParameters(a: Model, b: Model): boolean {
  if (a === b) return true;
  if (a.loss !== b.loss || a.layers.length !== b.layers.length) return false;
  return a.layers.every((layer, l) => {
    const other = b.layers[l]!;
    if (layer.activation !== other.activation || layer.W.length !== other.W.length) return false;
    if (layer.b.length !== other.b.length) return false;
    for (let k = 0; k < layer.W.length; k++) if (!Object.is(layer.W[k], other.W[k])) return false;
    for (let k = 0; k < layer.b.length; k++) if (!Object.is(layer.b[k], other.b[k])) return false;
    return true;
  });
}

/**
 * A selector for the session's model that keeps returning the object it returned last while the
 * parameters are equal. The store copies the model on every sub-step (for Undo), but only Update,
 * an edit or a new network changes it, so a Forward or Backward click no longer rebuilds the
 * evaluator and redraws the 2,500-cell heatmap. One per component (it remembers its last answer).
 */
export function createStableModelSelector(): (state: AppState) => Model {
  let last: Model | null = null;
  return (state) => {
    const model = state.session.model;
    if (last === null || !sameParameters(last, model)) last = model;
    return last;
  };
}

export function activationRange(activation: ActivationName): readonly [number, number] | 'auto' {
  if (activation === 'sigmoid' || activation === 'softmax') return [0, 1];
  if (activation === 'tanh') return [-1, 1];
  return 'auto';
}

/** evaluate(x1, x2): features of the raw point, then the output (or one hidden unit); no allocation per call. */
function makeEvaluator(
  fast: FastTrainer,
  inputs: number,
  outputs: number,
  features: readonly FeatureName[] | null,
  hasUnit: boolean,
  layer: number,
  index: number,
): (x1: number, x2: number) => number {
  const input = new Float64Array(inputs);
  const output = new Float64Array(outputs);
  return (x1, x2) => {
    if (features) featureVector(x1, x2, features, input);
    else {
      input[0] = x1;
      if (inputs > 1) input[1] = x2;
    }
    if (hasUnit) {
      fast.forwardAll(input);
      return fast.activation(layer, index);
    }
    fast.forwardOutput(input, output);
    return output[0]!;
  };
}

/**
 * Returns evaluate(x1, x2) over the raw input plane and the revision it reflects. A trainer per set
 * of weights costs a few small buffers, against 2,500 evaluations per redraw.
 */
export function useNetworkEvaluator(
  model: Model,
  features: readonly FeatureName[] | null,
  unit: { layer: number; index: number } | null,
): { evaluate: (x1: number, x2: number) => number; revision: number } {
  const fast = useMemo(() => createFastTrainer(model, { kind: 'sgd', learningRate: 0.1 }), [model]);
  const revision = modelRevision(model);
  const layer = unit?.layer ?? 0;
  const index = unit?.index ?? 0;
  const hasUnit = unit !== null;
  const evaluate = useMemo(
    () =>
      makeEvaluator(
        fast,
        model.layers[0]!.inSize,
        model.layers.at(-1)!.outSize,
        features,
        hasUnit,
        layer,
        index,
      ),
    [fast, model, features, hasUnit, layer, index],
  );
  return { evaluate, revision };
}
