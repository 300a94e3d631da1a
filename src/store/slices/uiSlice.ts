/** View settings: not part of Undo, since they change how things look, not the numbers. */
import type { GetState, SetState } from '../transaction';
import type { UiActions, UiState } from '../types';

export const initialUi: UiState = {
  granularity: 'layer',
  presentation: false,
  selection: null,
  logScale: false,
  error: null,
  playing: false,
  panelsOpen: false,
  speed: 5,
  hoveredUnit: null,
  predictFirst: false,
  valuesView: 'graph',
};

export function createUiSlice(set: SetState, get: GetState): UiActions {
  const patch = (name: string, changes: Partial<UiState>) =>
    set({ ui: { ...get().ui, ...changes } }, false, name);
  return {
    setGranularity: (granularity) => patch('ui/granularity', { granularity }),
    setPresentation: (presentation) => patch('ui/presentation', { presentation, panelsOpen: false }),
    setPanelsOpen: (panelsOpen) => patch('ui/panelsOpen', { panelsOpen }),
    select: (selection) => patch('ui/select', { selection }),
    setLogScale: (logScale) => patch('ui/logScale', { logScale }),
    setValuesView: (valuesView) => patch('ui/valuesView', { valuesView }),
    dismissError: () => patch('ui/dismissError', { error: null }),
    reportError: (error) => patch('ui/reportError', { error }),
  };
}
