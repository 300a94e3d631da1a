/**
 * Hyperparameters and data edits. None of them resets the weights, except a new shape or seed,
 * which re-initialise them from the seed.
 */
import {
  EngineError,
  architectureOf,
  cloneSession,
  createOptimizerState,
  createRng,
  currentSampleIndex,
  expectActivation,
  initModel,
  restartBatch,
  validateLearningRate,
  validateModel,
  validateTargets,
  OPTIMIZER_KINDS,
  type Model,
  type StepSession,
} from '../../engine';
import { dataPatch } from '../dataPatch';
import { parseNumber } from '../parse';
import { parseBatchSize, parseSeed } from '../scenario';
import { freshStart, transact, type GetState, type SetState } from '../transaction';
import type { SettingsActions } from '../types';

/** A session on an edited model: same weights and optimizer memory, the iteration started afresh. */
function restarted(session: StepSession, edit?: (model: Model) => void): StepSession {
  const next = cloneSession(session);
  edit?.(next.model);
  validateModel(next.model);
  restartBatch(next);
  return next;
}

export function createSettingsSlice(set: SetState, get: GetState): SettingsActions {
  return {
    setLearningRate: (value) =>
      transact(set, get, 'settings/learningRate', (s) => {
        const learningRate = validateLearningRate(parseNumber(value, 'learningRate'), 'learningRate');
        return { optimizer: { ...s.optimizer, learningRate } };
      }),

    setOptimizer: (kind) =>
      transact(set, get, 'settings/optimizer', (s) => {
        if (!OPTIMIZER_KINDS.includes(kind))
          throw new EngineError('optimizer.kind', `unknown optimizer "${kind}"`);
        const session = cloneSession(s.session);
        session.optimizerState = createOptimizerState(session.model);
        return { session, optimizer: { ...s.optimizer, kind } };
      }),

    setLoss: (loss) =>
      transact(set, get, 'settings/loss', (s) => {
        const session = restarted(s.session, (model) => {
          model.loss = loss;
        });
        validateTargets(loss, s.data, 'data');
        return { session };
      }),

    setActivation: (layer, activation) =>
      transact(set, get, 'settings/activation', (s) => {
        const field = `model.layers[${layer - 1}].activation`;
        expectActivation(activation, field);
        if (layer < 1 || layer > s.session.model.layers.length) throw new EngineError(field, 'no such layer');
        return {
          session: restarted(s.session, (model) => {
            model.layers[layer - 1]!.activation = activation;
          }),
        };
      }),

    setBatchSize: (value) =>
      transact(set, get, 'settings/batchSize', (s) => ({
        batchSize: parseBatchSize(parseNumber(value, 'batchSize'), s.data.length),
        session: restarted(s.session),
      })),

    setSeed: (value) =>
      transact(set, get, 'settings/seed', (s) => {
        const seed = parseSeed(parseNumber(value, 'seed'));
        const model = initModel(architectureOf(s.session.model), createRng(seed));
        return { seed, ...freshStart(model), presetId: null };
      }),

    setSampleValue: (kind, index, value) =>
      transact(set, get, `data/${kind}`, (s) => {
        const sampleIndex = currentSampleIndex(s.session, s.data.length);
        const field = `data[${sampleIndex}].${kind}[${index}]`;
        const sample = s.rawTrain[sampleIndex]!;
        if (index < 0 || index >= sample[kind].length) throw new EngineError(field, 'no such entry');
        const number = parseNumber(value, field);
        const edited = { ...sample, [kind]: sample[kind].map((v, i) => (i === index ? number : v)) };
        const rawTrain = s.rawTrain.map((d, i) => (i === sampleIndex ? edited : d));
        return dataPatch(s, { rawTrain, rawTest: s.rawTest, features: s.features, dataset: null });
      }),

    setArchitecture: (architecture) =>
      transact(set, get, 'settings/architecture', (s) => {
        const sample = s.data[0]!;
        if (architecture.inputs !== sample.x.length) {
          throw new EngineError(
            'architecture.inputs',
            `must match the data's ${sample.x.length} inputs`,
            'inputs-mismatch',
            {
              count: sample.x.length,
            },
          );
        }
        const outputs = architecture.layers[architecture.layers.length - 1]?.units;
        if (outputs !== sample.y.length) {
          throw new EngineError(
            'architecture.outputs',
            `must match the data's ${sample.y.length} targets`,
            'outputs-mismatch',
            { count: sample.y.length },
          );
        }
        return { ...freshStart(initModel(architecture, createRng(s.seed))), presetId: null };
      }),
  };
}
