// @vitest-environment node
/**
 * The store's edges around divergence, without React: a Step that would overflow is refused whole
 * and says why; Undo and Redo clear the message; Play at a Step speed stops on the refusal.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, createPlayer, lossPoints, type ActionResult } from '../../../src/store';
import { DIVERGING_SCENARIO_TEXT } from '../../fixtures/diverging';
import { fakeClock } from './support/fakeClock';

/** Steps until one is refused (at most 200); returns the refusal and how many steps were taken. */
function stepUntilRefused(store: ReturnType<typeof createAppStore>) {
  let result: ActionResult = { ok: true };
  let steps = 0;
  while (steps < 200) {
    result = store.getState().step();
    if (!result.ok) break;
    steps++;
  }
  return { result, steps };
}

describe('a diverging Step', () => {
  it('is refused whole: the weights, curve and history stay as after the last good Step', () => {
    const store = createAppStore({ scenarioText: DIVERGING_SCENARIO_TEXT });
    const { result, steps } = stepUntilRefused(store);
    // The gradient overflows first: the engine refuses the update that would apply it.
    expect(result).toMatchObject({ ok: false, error: { code: 'update-non-finite' } });
    expect(steps).toBeGreaterThan(0);
    const s = store.getState();
    expect(s.ui.error).toEqual(result.ok ? null : result.error);
    expect(s.session.updates).toBe(steps);
    expect(Number.isFinite(s.session.model.layers[0]!.W[0])).toBe(true);
    expect(lossPoints(s.lossHistory)).toHaveLength(steps);
    expect(s.history.past).toHaveLength(steps);
    // Stepping again is refused again, and still changes nothing.
    const again = store.getState().step();
    expect(again.ok).toBe(false);
    expect(store.getState().session).toBe(s.session);
  });

  it('leaves a message that Undo clears, going back one Step', () => {
    const store = createAppStore({ scenarioText: DIVERGING_SCENARIO_TEXT });
    const { steps } = stepUntilRefused(store);
    expect(store.getState().ui.error).not.toBeNull();
    expect(store.getState().undo()).toEqual({ ok: true });
    expect(store.getState().ui.error).toBeNull();
    expect(store.getState().session.updates).toBe(steps - 1);
  });

  it('leaves a message that Redo clears too, and Dismiss', () => {
    const store = createAppStore({ scenarioText: DIVERGING_SCENARIO_TEXT });
    store.getState().step();
    store.getState().undo();
    store.getState().reportError({ code: 'invalid', message: 'shown' });
    expect(store.getState().redo()).toEqual({ ok: true });
    expect(store.getState().ui.error).toBeNull();
    store.getState().reportError({ code: 'invalid', message: 'shown' });
    store.getState().dismissError();
    expect(store.getState().ui.error).toBeNull();
  });

  it('Undo and Redo with nothing to go back or forward to are refused with their codes', () => {
    const store = createAppStore({ preset: 'textbook' });
    expect(store.getState().undo()).toMatchObject({ ok: false, error: { code: 'nothing-to-undo' } });
    expect(store.getState().redo()).toMatchObject({ ok: false, error: { code: 'nothing-to-redo' } });
    expect(store.getState().ui.error?.code).toBe('nothing-to-redo');
  });

  it('stops Play at a Step speed, with the refusal shown', () => {
    const store = createAppStore({ scenarioText: DIVERGING_SCENARIO_TEXT });
    store.getState().setSpeed(6);
    const { clock, frame } = fakeClock();
    const player = createPlayer(store, clock);
    store.getState().setPlaying(true);
    for (let k = 0; k < 300 && store.getState().ui.playing; k++) frame();
    expect(store.getState().ui.playing).toBe(false);
    expect(store.getState().ui.error).not.toBeNull();
    expect(Number.isFinite(store.getState().session.model.layers[0]!.W[0])).toBe(true);
    player.dispose();
  });
});
