/** Runs the store's Play loop for as long as the app is mounted. */
import { useEffect } from 'react';
import { createPlayer, type AppStore } from '../../store';

export function usePlayer(store: AppStore): void {
  useEffect(() => {
    const player = createPlayer(store);
    return () => {
      player.dispose();
      store.getState().setPlaying(false);
    };
  }, [store]);
}
