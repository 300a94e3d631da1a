/** Undo and Redo: swap whole snapshots, so every number comes back exactly as it was. */
import { refuse, snapshotOf, OK, type GetState, type SetState } from '../transaction';
import type { HistoryActions } from '../types';

export function createHistorySlice(set: SetState, get: GetState): HistoryActions {
  return {
    undo: () => {
      const state = get();
      const previous = state.history.past[state.history.past.length - 1];
      if (!previous)
        return refuse(set, get, 'history/undo', { code: 'nothing-to-undo', message: 'Nothing to undo' });
      set(
        {
          ...previous,
          history: {
            past: state.history.past.slice(0, -1),
            future: [snapshotOf(state), ...state.history.future],
          },
          ui: { ...state.ui, error: null },
        },
        false,
        'history/undo',
      );
      return OK;
    },
    redo: () => {
      const state = get();
      const [following, ...rest] = state.history.future;
      if (!following)
        return refuse(set, get, 'history/redo', { code: 'nothing-to-redo', message: 'Nothing to redo' });
      set(
        {
          ...following,
          history: { past: [...state.history.past, snapshotOf(state)], future: rest },
          ui: { ...state.ui, error: null },
        },
        false,
        'history/redo',
      );
      return OK;
    },
  };
}
