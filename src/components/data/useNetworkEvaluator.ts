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
