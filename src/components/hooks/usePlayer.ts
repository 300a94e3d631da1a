/** Runs the store's Play loop for as long as the app is mounted. */
import { useEffect } from 'react';
import { createPlayer, type AppStore, type Clock } from '../../store';

/** The browser's clock and animation frames: the store never reads them itself. */
const browserClock: Clock = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
};

export function usePlayer(store: AppStore): void {
  useEffect(() => {
    const player = createPlayer(store, browserClock);
    return () => {
      player.dispose();
      store.getState().setPlaying(false);
    };
  }, [store]);
}
