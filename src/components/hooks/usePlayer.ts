/**
 * Play: repeat Step on a timer until paused, or until a step is refused (a diverging network pauses
 * at once, with the store's message on screen).
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppStore } from '../../store';

export const PLAY_INTERVAL_MS = 120;

export function usePlayer(store: AppStore): { playing: boolean; togglePlay: () => void; pause: () => void } {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      if (!store.getState().step().ok) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [playing, store]);
  const togglePlay = useCallback(() => setPlaying((on) => !on), []);
  const pause = useCallback(() => setPlaying(false), []);
  return { playing, togglePlay, pause };
}
