// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppState, type AppStore } from '../../../../src/store';
import {
  PLAY_PACE_MS,
  PLAY_PACES,
  pacedSource,
  usePlayPaced,
  type Pace,
} from '../../../../src/components/hooks/usePlayPaced';
import { StoreProvider } from '../../../../src/components/StoreContext';

/** A new session object, as every Play frame's commit makes. */
const commit = (store: AppStore) => store.setState((s) => ({ session: { ...s.session } }));

let now = 0;
const clock = () => now;
/** Let `ms` pass on both the test clock and the fake timers. */
const pass = (ms: number) => {
  now += ms;
  vi.advanceTimersByTime(ms);
};

beforeEach(() => {
  vi.useFakeTimers();
  now = 1000;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function watch(store: AppStore, pace: Pace = {}) {
  const calls = { selector: 0, notified: 0 };
  const source = pacedSource(
    store,
    (s: AppState) => {
      calls.selector += 1;
      return [s.session] as const;
    },
    pace,
    clock,
  );
  const unsubscribe = source.subscribe(() => (calls.notified += 1));
  return { source, calls, unsubscribe };
}

function fastPlay(store: AppStore) {
  store.getState().setSpeed(10);
  store.getState().setPlaying(true);
}

describe('pacedSource', () => {
  it('follows every change at once outside fast Play, slow speeds included', () => {
    const store = createAppStore();
    store.getState().setSpeed(5);
    store.getState().setPlaying(true);
    const { source, calls } = watch(store);
    for (let k = 0; k < 3; k++) {
      commit(store);
      expect(source.getSnapshot()[0]).toBe(store.getState().session);
    }
    expect(calls.notified).toBe(3);
  });

  it('takes one state per slot during fast Play, and the last one when its slot comes', () => {
    const store = createAppStore();
    fastPlay(store);
    const { source, calls } = watch(store);
    // 60 Hz frames for one slot: the first commit is shown at once, the rest wait for the next slot.
    commit(store);
    const first = store.getState().session;
    expect(source.getSnapshot()[0]).toBe(first);
    const selectorRuns = calls.selector;
    for (let frame = 0; frame < 5; frame++) {
      pass(16);
      commit(store);
    }
    expect(source.getSnapshot()[0]).toBe(first);
    expect(calls.notified).toBe(1);
    // Before its slot the selector does not even run.
    expect(calls.selector).toBe(selectorRuns);
    // No further commit: the timer still shows the last one when the slot turns.
    pass(PLAY_PACE_MS);
    expect(source.getSnapshot()[0]).toBe(store.getState().session);
    expect(calls.notified).toBe(2);
  });

  it('shows the store as it is the moment fast Play stops', () => {
    const store = createAppStore();
    fastPlay(store);
    const { source } = watch(store);
    commit(store);
    pass(16);
    commit(store);
    expect(source.getSnapshot()[0]).not.toBe(store.getState().session);
    store.getState().setPlaying(false);
    expect(source.getSnapshot()[0]).toBe(store.getState().session);
  });

  it('puts the paced views (PLAY_PACES) in different frames, each at its own rate', () => {
    const store = createAppStore();
    fastPlay(store);
    const views = Object.entries(PLAY_PACES).map(([name, pace]) => ({ name, ...watch(store, pace) }));
    const frames: string[][] = [];
    for (let frame = 0; frame < 60; frame++) {
      const before = views.map((view) => view.calls.notified);
      commit(store);
      frames.push(views.filter((view, k) => view.calls.notified > before[k]!).map((view) => view.name));
      pass(1000 / 60);
    }
    // The first frame of Play shows all; after it, never two in one frame.
    expect(frames[0]).toEqual(['graph', 'diagnosis', 'boundary']);
    expect(frames.slice(1).filter((names) => names.length > 1)).toEqual([]);
    // A second of 60 Hz frames: about ten redraws of the graph and the panel, twenty of the
    // boundary (one more each for the first frame's).
    const redraws = Object.fromEntries(views.map((view) => [view.name, view.calls.notified]));
    for (const name of ['graph', 'diagnosis']) expect(redraws[name]).toBeGreaterThanOrEqual(10);
    for (const name of ['graph', 'diagnosis']) expect(redraws[name]).toBeLessThanOrEqual(11);
    expect(redraws.boundary).toBeGreaterThanOrEqual(20);
    expect(redraws.boundary).toBeLessThanOrEqual(21);
  });

  it('stops its timer when unsubscribed', () => {
    const store = createAppStore();
    fastPlay(store);
    const { calls, unsubscribe } = watch(store);
    commit(store);
    pass(16);
    commit(store);
    unsubscribe();
    pass(PLAY_PACE_MS);
    expect(calls.notified).toBe(1);
  });
});

function Updates() {
  const [session] = usePlayPaced(selectSession);
  return <p>{`updates ${session.updates}`}</p>;
}
const selectSession = (s: AppState) => [s.session] as const;

describe('usePlayPaced', () => {
  it('re-renders a view with the paced state and catches up when Play pauses', () => {
    const store = createAppStore();
    render(
      <StoreProvider store={store}>
        <Updates />
      </StoreProvider>,
    );
    vi.spyOn(performance, 'now').mockImplementation(clock);
    act(() => fastPlay(store));
    act(() => pass(PLAY_PACE_MS)); // the next slot
    act(() => store.setState((s) => ({ session: { ...s.session, updates: 1 } })));
    expect(screen.getByText('updates 1')).toBeInTheDocument();
    act(() => store.setState((s) => ({ session: { ...s.session, updates: 2 } })));
    expect(screen.getByText('updates 1')).toBeInTheDocument();
    act(() => store.getState().setPlaying(false));
    expect(screen.getByText('updates 2')).toBeInTheDocument();
  });
});
