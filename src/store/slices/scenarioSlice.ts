/** Reset, presets, import and export: whole scenarios in and out. */
import { EngineError, cloneModel, createSession, type Model } from '../../engine';
import { buildPreset, isPresetId } from '../presets';
import { EMPTY_LOSS_CURVE } from '../lossCurve';
import { initialProgress } from '../progress';
import { parseLesson } from '../lesson';
import { MAX_SCENARIO_BYTES, serializeScenario, withFeatures, type Scenario } from '../scenario';
import { transact, type GetState, type SetState } from '../transaction';
import type { ScenarioActions, Snapshot, State } from '../types';

/**
 * What Reset returns to: the starting weights and biases (the preset's, the imported file's or the
 * seeded ones, with the values typed in before training: see editSlice), under the activations and
 * loss chosen now. Reset undoes training, not settings: the data, the learning rate, the optimizer,
 * the activations and the loss stay as they are.
 */
function startingModel(state: State): Model {
  const current = state.session.model;
  return {
    loss: current.loss,
    layers: state.initialModel.layers.map((layer, l) => ({
      ...layer,
      activation: current.layers[l]?.activation ?? layer.activation,
    })),
  };
}

/** Everything undoable, from a validated scenario (the quiz's score carries over to a new lesson). */
export function snapshotFromScenario(scenario: Scenario, presetId: string | null): Omit<Snapshot, 'quiz'> {
  const features = scenario.features ?? null;
  const rawTest = scenario.testData ?? [];
  return {
    session: createSession(scenario.model),
    data: withFeatures(scenario.data, features),
    rawTrain: scenario.data,
    rawTest,
    testData: withFeatures(rawTest, features),
    features,
    dataset: scenario.dataset ?? null,
    progress: initialProgress(scenario.data.length, scenario.seed),
    optimizer: scenario.optimizer,
    batchSize: scenario.batchSize,
    seed: scenario.seed,
    initialModel: cloneModel(scenario.model),
    lossHistory: EMPTY_LOSS_CURVE,
    presetId,
  };
}

export function createScenarioSlice(set: SetState, get: GetState): ScenarioActions {
  return {
    reset: () =>
      transact(set, get, 'scenario/reset', (s) => ({
        session: createSession(startingModel(s)),
        lossHistory: EMPTY_LOSS_CURVE,
        progress: initialProgress(s.data.length, s.seed),
      })),

    loadPreset: (id) =>
      transact(set, get, 'scenario/preset', () => {
        if (!isPresetId(id)) throw new EngineError('preset', `unknown preset "${id}"`);
        return snapshotFromScenario(buildPreset(id), id);
      }),

    // A file may be a saved lesson too: its step position, loss curve and starting weights come with it.
    importScenario: (text) =>
      transact(set, get, 'scenario/import', () => parseLesson(text, MAX_SCENARIO_BYTES).snapshot),

    openLesson: (lesson) => {
      const result = transact(set, get, 'scenario/open', () => lesson.snapshot);
      if (result.ok && lesson.granularity)
        set({ ui: { ...get().ui, granularity: lesson.granularity } }, false, 'scenario/open/granularity');
      return result;
    },

    exportScenario: () => {
      const s = get();
      return serializeScenario({
        model: s.session.model,
        data: [...s.rawTrain],
        testData: [...s.rawTest],
        features: s.features ? [...s.features] : null,
        dataset: s.dataset,
        optimizer: s.optimizer,
        batchSize: s.batchSize,
        seed: s.seed,
      });
    },
  };
}
