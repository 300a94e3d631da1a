// @vitest-environment node
/**
 * Play for an hour holds memory flat: the loss curve is thinned past a bound and its chunks are
 * shared between consecutive undo entries; the undo stack is capped.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, createPlayer, lossPoints, MAX_HISTORY, MAX_LOSS_POINTS } from '../../../src/store';
import { appendLossPoint, CHUNK_SIZE, EMPTY_LOSS_CURVE, lossCurveOf } from '../../../src/store/lossCurve';
import { fakeClock } from './support/fakeClock';

const point = (step: number) => ({ step, loss: 1 / step, learningRate: 0.1 });

describe('the loss curve', () => {
  it('keeps every point in order while short', () => {
    let curve = EMPTY_LOSS_CURVE;
    for (let k = 1; k <= 600; k++) curve = appendLossPoint(curve, point(k));
    expect(lossPoints(curve).map((p) => p.step)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
  });

  it('after many points holds at most MAX_LOSS_POINTS: the first, the newest, in order', () => {
    let curve = EMPTY_LOSS_CURVE;
    for (let k = 1; k <= 50_000; k++) curve = appendLossPoint(curve, point(k));
    const steps = lossPoints(curve).map((p) => p.step);
    expect(curve.length).toBe(steps.length);
    expect(steps.length).toBeLessThanOrEqual(MAX_LOSS_POINTS);
    expect(steps.length).toBeGreaterThan(MAX_LOSS_POINTS / 2);
    expect(steps[0]).toBe(1);
    expect(steps.slice(-3)).toEqual([49_998, 49_999, 50_000]);
    expect(steps.every((s, i) => i === 0 || s > steps[i - 1]!)).toBe(true);
  });

  it('an appended curve shares every sealed chunk with the one before', () => {
    let curve = EMPTY_LOSS_CURVE;
    for (let k = 1; k <= 3 * CHUNK_SIZE + 5; k++) curve = appendLossPoint(curve, point(k));
    const next = appendLossPoint(curve, point(10_000));
    expect(next.chunks).toHaveLength(3);
    next.chunks.forEach((chunk, i) => expect(chunk).toBe(curve.chunks[i]));
  });

  it('a saved curve longer than the bound is thinned on load', () => {
    const points = Array.from({ length: 3 * MAX_LOSS_POINTS }, (_, i) => point(i + 1));
    expect(lossCurveOf(points).length).toBeLessThanOrEqual(MAX_LOSS_POINTS);
  });
});

// Hundreds of Play frames: a few seconds alone, more on a machine shared with other test runs.
describe('top-speed Play for many frames', { timeout: 30_000 }, () => {
  it('keeps the undo stack at MAX_HISTORY and the curve bounded, consecutive entries sharing chunks', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().setSpeed(10);
    const { clock, frame } = fakeClock();
    const player = createPlayer(store, clock);
    store.getState().setPlaying(true);
    const frames = MAX_LOSS_POINTS + 1500;
    for (let k = 0; k < frames; k++) frame();
    const s = store.getState();
    expect(s.ui.error).toBeNull();
    expect(s.history.past).toHaveLength(MAX_HISTORY);
    expect(s.lossHistory.length).toBeLessThanOrEqual(MAX_LOSS_POINTS);
    expect(lossPoints(s.lossHistory).at(-1)!.step).toBe(s.session.updates);
    const [older, newer] = s.history.past.slice(-2);
    const shared = newer!.lossHistory.chunks.filter((chunk, i) => chunk === older!.lossHistory.chunks[i]);
    expect(shared.length).toBeGreaterThanOrEqual(newer!.lossHistory.chunks.length - 1);
    expect(shared.length).toBeGreaterThan(0);
    player.dispose();
  });
});
