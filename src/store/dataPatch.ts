/**
 * A change of data (new points, another data set, other input features) as one consistent patch:
 * the network's input and output layers follow the data (re-initialised from the seed if their
 * size changes), the batch size stays within the data, and Play starts a fresh epoch.
 */
import { EMPTY_LOSS_CURVE } from './lossCurve';
import {
  EngineError,
  createRng,
  createSession,
  initModel,
  inputSize,
  outputSize,
  restartBatch,
  cloneSession,
  validateTargets,
  type FeatureName,
  type Model,
  type ResolvedDatasetOptions,
  type Sample,
  type LossName,
  type ActivationName,
} from '../engine';
import { initialProgress } from './progress';
import { MAX_BATCH_SIZE, withFeatures } from './scenario';
import type { Snapshot, State } from './types';

export interface DataChange {
  rawTrain: readonly Sample[];
  rawTest: readonly Sample[];
  features: readonly FeatureName[] | null;
  dataset: ResolvedDatasetOptions | null;
  /** 'regression' asks for a linear output with mse when the output layer must be rebuilt. */
  task?: 'classification' | 'regression';
}

function outputFor(task: DataChange['task'], current: Model): { activation: ActivationName; loss: LossName } {
  if (task === 'regression') return { activation: 'linear', loss: 'mse' };
  if (task === 'classification') return { activation: 'sigmoid', loss: 'bce' };
  return { activation: current.layers[current.layers.length - 1]!.activation, loss: current.loss };
}

/** The model for the new data: the same one if the sizes still fit, else a seeded one of the new sizes. */
function modelFor(state: State, inputs: number, outputs: number, task: DataChange['task']): Model | null {
  const model = state.session.model;
  const output = outputFor(task, model);
  const sameOutput =
    outputSize(model) === outputs &&
    (task === undefined ||
      (model.layers[model.layers.length - 1]!.activation === output.activation &&
        model.loss === output.loss));
  if (inputSize(model) === inputs && sameOutput) return null;
  const hidden = model.layers
    .slice(0, -1)
    .map((layer) => ({ units: layer.outSize, activation: layer.activation }));
  return initModel(
    { inputs, layers: [...hidden, { units: outputs, activation: output.activation }], loss: output.loss },
    createRng(state.seed),
  );
}

export function dataPatch(state: State, change: DataChange): Partial<Snapshot> {
  if (change.rawTrain.length === 0) throw new EngineError('data', 'needs at least one training sample');
  const data = withFeatures(change.rawTrain, change.features);
  const testData = withFeatures(change.rawTest, change.features);
  const first = data[0]!;
  const model = modelFor(state, first.x.length, first.y.length, change.task);
  validateTargets((model ?? state.session.model).loss, data, 'data');
  const session = model ? createSession(model) : cloneSession(state.session);
  if (!model) restartBatch(session);
  if (session.cursor.batchStart >= data.length) session.cursor.batchStart = 0;
  return {
    rawTrain: change.rawTrain,
    rawTest: change.rawTest,
    features: change.features,
    dataset: change.dataset,
    data,
    testData,
    session,
    batchSize: Math.max(1, Math.min(state.batchSize, data.length, MAX_BATCH_SIZE)),
    progress: initialProgress(data.length, state.seed),
    ...(model ? { initialModel: model, lossHistory: EMPTY_LOSS_CURVE } : {}),
    presetId: null,
  };
}
