/** Reset, presets, import and export: whole scenarios in and out. */
import { EngineError, cloneModel, createSession } from '../../engine';
import { buildPreset, isPresetId } from '../presets';
import { parseScenario, serializeScenario, type Scenario } from '../scenario';
import { transact, type GetState, type SetState } from '../transaction';
import type { ScenarioActions, Snapshot } from '../types';

/** Everything undoable, from a validated scenario. */
export function snapshotFromScenario(scenario: Scenario, presetId: string | null): Snapshot {
  return {
    session: createSession(scenario.model),
    data: scenario.data,
    optimizer: scenario.optimizer,
    batchSize: scenario.batchSize,
    seed: scenario.seed,
    initialModel: cloneModel(scenario.model),
    lossHistory: [],
    presetId,
  };
}

export function createScenarioSlice(set: SetState, get: GetState): ScenarioActions {
  return {
    reset: () =>
      transact(set, get, 'scenario/reset', (s) => ({
        session: createSession(s.initialModel),
        lossHistory: [],
      })),

    loadPreset: (id) =>
      transact(set, get, 'scenario/preset', () => {
        if (!isPresetId(id)) throw new EngineError('preset', `unknown preset "${id}"`);
        return snapshotFromScenario(buildPreset(id), id);
      }),

    importScenario: (text) =>
      transact(set, get, 'scenario/import', () => snapshotFromScenario(parseScenario(text), null)),

    exportScenario: () => {
      const s = get();
      return serializeScenario({
        model: s.session.model,
        data: [...s.data],
        optimizer: s.optimizer,
        batchSize: s.batchSize,
        seed: s.seed,
      });
    },
  };
}
