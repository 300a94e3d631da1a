/**
 * A selection from the app store that, while Play trains at a fast speed (7–10, a commit every
 * animation frame), follows the store at most once a period (PLAY_PACE_MS unless told) instead of
 * every frame, and at once otherwise. The graph reads its inputs through it: redrawing 64 units,
 * 57 biases and 344 lines sixty times a second is more than the frame has room for beside the
 * training, the loss chart and the boundary, and numbers changing sixty times a second cannot be
 * read anyway. PLAY_PACES says how often each paced view follows.
 *
 * The last change is never lost: a change that comes too soon is shown when its time comes, even if
 * no other follows, and whatever stops fast Play (Pause, a slower speed, an error) shows the store
 * as it is at once.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { selectFastPlay, type AppState, type AppStore } from '../../store';
import { useStoreApi } from '../StoreContext';

/** Ten times a second: smooth enough to watch the weights change, far below the frame rate. */
export const PLAY_PACE_MS = 100;

/** When a paced view takes the store: once per `period` ms, its slots shifted by `offset` ms. */
export interface Pace {
  offset?: number;
  period?: number;
}

/**
 * The views paced during fast Play, in frames of their own (their slots start 25 ms apart, more
 * than a 60 Hz frame): the graph and the diagnosis panel ten times a second, the boundary twenty
 * (sampling it is the largest part of a frame after the training; it is a picture, not numbers
 * to read).
 */
export const PLAY_PACES = {
  graph: { offset: 0, period: PLAY_PACE_MS },
  diagnosis: { offset: PLAY_PACE_MS / 2, period: PLAY_PACE_MS },
  boundary: { offset: PLAY_PACE_MS / 4, period: PLAY_PACE_MS / 2 },
} as const satisfies Record<string, Pace>;

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, k) => Object.is(value, b[k]));

/** A store selection as a paced external source for useSyncExternalStore. */
export function pacedSource<T extends readonly unknown[]>(
  store: AppStore,
  selector: (state: AppState) => T,
  { offset = 0, period = PLAY_PACE_MS }: Pace = {},
  clock: () => number = () => performance.now(),
) {
  // What the view shows and the slot it was taken in.
  let shown = selector(store.getState());
  let slot = NaN;
  const slotAt = (time: number) => Math.floor((time + offset) / period);
  return {
    subscribe(notify: () => void) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const take = () => {
        clearTimeout(timer);
        timer = undefined;
        const value = selector(store.getState());
        if (sameItems(value, shown)) return;
        shown = value;
        slot = slotAt(clock());
        notify();
      };
      const unsubscribe = store.subscribe((state) => {
        const now = clock();
        // The selector does not even run before its slot: in Play it may cost a backward pass.
        if (!selectFastPlay(state) || slotAt(now) !== slot) take();
        else timer ??= setTimeout(take, period - ((now + offset) % period));
      });
      return () => {
        clearTimeout(timer);
        unsubscribe();
      };
    },
    /**
     * Outside fast Play the store as it is (so nothing is missed between a render and the
     * subscription); during it what was last taken. The same state always gives the same answer.
     */
    getSnapshot(): T {
      const state = store.getState();
      if (!selectFastPlay(state)) {
        const value = selector(state);
        if (!sameItems(value, shown)) shown = value;
      }
      return shown;
    },
  };
}

/**
 * `selector` (a stable function, e.g. defined at module level) returns a tuple; the hook re-renders
 * only when an item changes, as useShallow would. During fast Play it takes the store's state once
 * in each `period` ms slot of the clock (PLAY_PACE_MS unless told), the slots shifted by `offset`
 * ms: views with different offsets redraw in different frames, never two in one.
 */
export function usePlayPaced<T extends readonly unknown[]>(
  selector: (state: AppState) => T,
  { offset = 0, period = PLAY_PACE_MS }: Pace = {},
): T {
  const store = useStoreApi();
  const source = useMemo(
    () => pacedSource(store, selector, { offset, period }),
    [store, selector, offset, period],
  );
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
