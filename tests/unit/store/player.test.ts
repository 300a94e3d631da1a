// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppStore, createPlayer, lossPoints } from '../../../src/store';
import { fakeClock } from './support/fakeClock';
import { DIVERGING_SCENARIO_TEXT } from '../../fixtures/diverging';

describe('Play', () => {
  it('at top speed trains mini-batches through seeded shuffled epochs and commits each frame undoably', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().generateData({ kind: 'rings', count: 100, noise: 0.05, seed: 1 });
    store.getState().setBatchSize(10);
    store.getState().setSpeed(10);
    const { clock, frame } = fakeClock();
    const player = createPlayer(store, clock);
    store.getState().setPlaying(true);
    for (let k = 0; k < 5; k++) frame();
    const s = store.getState();
    expect(s.session.updates).toBeGreaterThan(10);
    expect(s.progress.epoch).toBeGreaterThan(0);
    expect(lossPoints(s.lossHistory)).toHaveLength(5);
    expect(lossPoints(s.lossHistory)[0]!.testLoss).toBeGreaterThan(0);
    expect(lossPoints(s.lossHistory)[0]!.accuracy).toBeGreaterThanOrEqual(0);
    const before = s.session.updates;
    store.getState().undo();
    expect(store.getState().session.updates).toBeLessThan(before);
    player.dispose();
  });

  it('gives the same numbers as a second run from the same state', () => {
    const run = () => {
      const store = createAppStore({ preset: 'xor' });
      store.getState().generateData({ kind: 'moons', count: 60, seed: 3 });
      store.getState().setBatchSize(4);
      store.getState().setSpeed(7);
      const { clock, frame } = fakeClock();
      createPlayer(store, clock);
      store.getState().setPlaying(true);
      frame();
      frame();
      return Array.from(store.getState().session.model.layers[0]!.W);
    };
    expect(run()).toEqual(run());
  });

  it('pauses at once when training goes non-finite, says which layer, and keeps the last finite state', () => {
    const store = createAppStore({ scenarioText: DIVERGING_SCENARIO_TEXT });
    store.getState().setSpeed(10);
    const { clock, frame } = fakeClock();
    createPlayer(store, clock);
    store.getState().setPlaying(true);
    for (let k = 0; k < 10 && store.getState().ui.playing; k++) frame();
    const s = store.getState();
    expect(s.ui.playing).toBe(false);
    expect(s.ui.error?.code).toBe('diverged');
    expect(s.ui.error?.message).toBe('Layer 1: loss became Infinity');
    expect(Number.isFinite(s.session.model.layers[0]!.W[0])).toBe(true);
  });

  it('at slow speed takes one sub-step per interval', () => {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().setSpeed(1);
    const { clock, frame, advance } = fakeClock();
    createPlayer(store, clock);
    store.getState().setPlaying(true);
    advance(1000);
    frame();
    expect(store.getState().session.cursor.forwardDone).toBe(1);
    frame();
    expect(store.getState().session.cursor.forwardDone).toBe(1);
    advance(1000);
    frame();
    expect(store.getState().session.cursor.forwardDone).toBe(2);
    store.getState().setPlaying(false);
  });
});
