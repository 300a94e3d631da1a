import type { Clock } from '../../../../src/store';

/** A clock the test drives: frames run when `frame()` is called; time advances 1 ms per now(). */
export function fakeClock() {
  let time = 0;
  let pending: (() => void) | null = null;
  const clock: Clock = {
    now: () => (time += 1),
    requestFrame: (callback) => {
      pending = callback;
      return 1;
    },
    cancelFrame: () => {
      pending = null;
    },
  };
  return {
    clock,
    frame() {
      const run = pending;
      pending = null;
      run?.();
    },
    advance(ms: number) {
      time += ms;
    },
  };
}
