/**
 * Play's state changes. The loop that trains lives in player.ts (it owns a fast trainer, which is
 * not plain data); each frame it trained is committed here as one undoable entry.
 */
import { createSession } from '../../engine';
import { appendLossPoint } from '../lossCurve';
import { transact, type GetState, type SetState } from '../transaction';
import type { PlayActions } from '../types';

export const MIN_SPEED = 1;
export const MAX_SPEED = 10;

export function createPlaySlice(set: SetState, get: GetState): PlayActions {
  const patchUi = (name: string, changes: Partial<ReturnType<GetState>['ui']>) =>
    set({ ui: { ...get().ui, ...changes } }, false, name);
  return {
    setPlaying: (playing) => patchUi(playing ? 'play/start' : 'play/pause', { playing }),
    setSpeed: (speed) =>
      patchUi('play/speed', {
        speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, Math.round(speed) || MIN_SPEED)),
      }),
    setHoveredUnit: (hoveredUnit) => patchUi('play/hoverUnit', { hoveredUnit }),
    commitTraining: (frame) => {
      transact(set, get, 'play/frame', (s) => {
        const session = createSession(frame.model);
        session.optimizerState = frame.optimizerState;
        session.updates = frame.updates;
        session.batchLoss = frame.point.loss;
        session.cursor.batchStart = s.session.cursor.batchStart;
        return {
          session,
          progress: frame.progress,
          lossHistory: appendLossPoint(s.lossHistory, frame.point),
        };
      });
    },
  };
}
