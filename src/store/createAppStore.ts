/**
 * The one store, from a factory so every test and every mounted app gets its own. Slices keep each
 * concern in its own file; State and Actions are typed apart in types.ts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { devtools } from 'zustand/middleware';
import { buildPreset, DEFAULT_PRESET, isPresetId } from './presets';
import type { Lesson } from './lesson';
import { parseScenario } from './scenario';
import { createDataSlice } from './slices/dataSlice';
import { createEditSlice } from './slices/editSlice';
import { createHistorySlice } from './slices/historySlice';
import { createPlaySlice } from './slices/playSlice';
import { createScenarioSlice, snapshotFromScenario } from './slices/scenarioSlice';
import { createSettingsSlice } from './slices/settingsSlice';
import { createStepSlice } from './slices/stepSlice';
import { createUiSlice, initialUi } from './slices/uiSlice';
import type { SetState } from './transaction';
import type { AppState, UiState } from './types';

export type AppStore = StoreApi<AppState>;

export interface StoreOptions {
  /** A preset id, or a scenario as JSON text; the default lesson otherwise. */
  preset?: string;
  scenarioText?: string;
  /** A restored lesson (saved or from a link, see persistence.ts); wins over the two above. */
  lesson?: Lesson;
  ui?: Partial<UiState>;
}

export function createAppStore(options: StoreOptions = {}): AppStore {
  const restored = options.lesson;
  const scenario = restored
    ? restored.snapshot
    : options.scenarioText
      ? snapshotFromScenario(parseScenario(options.scenarioText), null)
      : snapshotFromScenario(
          buildPreset(options.preset && isPresetId(options.preset) ? options.preset : DEFAULT_PRESET),
          options.preset && isPresetId(options.preset) ? options.preset : DEFAULT_PRESET,
        );
  return createStore<AppState>()(
    devtools(
      (rawSet, get) => {
        const set = rawSet as SetState;
        return {
          ...scenario,
          ui: {
            ...initialUi,
            ...(restored?.granularity ? { granularity: restored.granularity } : {}),
            ...options.ui,
          },
          history: { past: [], future: [] },
          ...createStepSlice(set, get),
          ...createSettingsSlice(set, get),
          ...createScenarioSlice(set, get),
          ...createHistorySlice(set, get),
          ...createUiSlice(set, get),
          ...createDataSlice(set, get),
          ...createEditSlice(set, get),
          ...createPlaySlice(set, get),
        };
      },
      { name: 'Backprop Lab' },
    ),
  );
}
