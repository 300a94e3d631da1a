// @vitest-environment node
/**
 * The loss before and after an update, as the header shows it (selectLossChange) and the loss curve
 * records it (lossAfter), and what the header's loss is a mean over (selectDisplayedLoss).
 */
import { describe, expect, it } from 'vitest';
import { fakeClock } from './support/fakeClock';
import { meanBatchLoss, traceSample } from '../../../src/engine';
import {
  createAppStore,
  createPlayer,
  selectDisplayedLoss,
  selectLossChange,
  type AppStore,
  lossPoints,
} from '../../../src/store';

const change = (store: AppStore) => selectLossChange(store.getState());
const shown = (store: AppStore) => selectDisplayedLoss(store.getState());

/** Forward, Backward, Update and Forward by whole passes, as the lesson's key moment. */
function updateAndForward(store: AppStore) {
  const s = store.getState;
  for (const step of [s().forward, s().backward, s().update, s().forward]) expect(step().ok).toBe(true);
}

describe('selectLossChange', () => {
  it('on the default lesson: the loss before Update and the next forward pass on the same sample', () => {
    const store = createAppStore({ ui: { granularity: 'pass' } });
    const { session, data } = store.getState();
    const before = traceSample(session.model, data[0]!).loss;
    expect(change(store)).toBeNull();
    store.getState().forward();
    store.getState().backward();
    expect(change(store)).toBeNull();
    store.getState().update();
    // Right after Update the new forward pass has not run: nothing to compare yet.
    expect(change(store)).toBeNull();
    store.getState().forward();
    const after = traceSample(store.getState().session.model, data[0]!).loss;
    expect(change(store)).toEqual({ before, after, samples: 1, update: 1 });
    expect(store.getState().session.loss).toBe(after);
    expect(after).toBeLessThan(before);
    // It stays through the backward pass of that sample, and goes with the next update.
    store.getState().backward();
    expect(change(store)).toEqual({ before, after, samples: 1, update: 1 });
    store.getState().update();
    expect(change(store)).toBeNull();
  });

  it('appears when the forward pass reaches the loss, one layer at a time', () => {
    const store = createAppStore();
    for (let k = 0; k < 5; k++) store.getState().next(); // forward 1, 2, loss, backward 2, 1
    store.getState().update();
    store.getState().forward();
    expect(change(store)).toBeNull();
    store.getState().forward();
    expect(change(store)).toBeNull();
    store.getState().forward(); // the loss
    expect(change(store)?.after).toBe(store.getState().session.loss);
  });

  it('goes with Undo and comes back with Redo, the same numbers', () => {
    const store = createAppStore({ ui: { granularity: 'pass' } });
    updateAndForward(store);
    const shownChange = change(store);
    expect(shownChange).not.toBeNull();
    store.getState().undo();
    expect(change(store)).toBeNull();
    store.getState().redo();
    expect(change(store)).toEqual(shownChange);
  });

  it('compares batch means on a batch of the whole data (XOR), the after value as the cursor computes it', () => {
    const store = createAppStore({ preset: 'xor', ui: { granularity: 'pass' } });
    expect(store.getState().batchSize).toBe(4);
    store.getState().step();
    const point = lossPoints(store.getState().lossHistory)[0]!;
    store.getState().forward();
    expect(change(store)).toEqual({ before: point.loss, after: point.lossAfter, samples: 4, update: 1 });
    // The four samples stepped through give exactly that mean.
    while (store.getState().session.cursor.samplesDone < 4) store.getState().next();
    expect(store.getState().session.batchLoss).toBe(point.lossAfter);
  });

  it('is absent when the next forward pass is on another batch', () => {
    const store = createAppStore({ preset: 'xor', ui: { granularity: 'pass' } });
    store.getState().setBatchSize(1);
    updateAndForward(store);
    expect(store.getState().session.cursor.batchStart).toBe(1);
    expect(change(store)).toBeNull();
    // The loss curve still records the updated sample's loss after the update.
    const { session, data } = store.getState();
    const lossHistory = lossPoints(store.getState().lossHistory);
    expect(lossHistory[0]!.lossAfter).toBe(meanBatchLoss(session.model, data, 0, 1));
  });

  it('is absent after an edit: the next forward pass no longer shows the update alone', () => {
    const store = createAppStore({ ui: { granularity: 'pass' } });
    const s = store.getState;
    s().forward();
    s().backward();
    s().update();
    expect(s().setWeight(1, 0, 0, 0.25).ok).toBe(true);
    s().forward();
    expect(change(store)).toBeNull();
  });
});

describe('selectDisplayedLoss', () => {
  it("is the sample's loss on a one-sample lesson, the same number the loss curve records", () => {
    const store = createAppStore({ ui: { granularity: 'pass' } });
    expect(shown(store)).toBeNull();
    store.getState().forward();
    const loss = store.getState().session.loss!;
    expect(shown(store)).toEqual({ value: loss, scope: 'sample', samples: 1 });
    store.getState().backward();
    store.getState().update();
    expect(lossPoints(store.getState().lossHistory).at(-1)!.loss).toBe(loss);
    expect(shown(store)).toEqual({ value: loss, scope: 'sample', samples: 1 });
  });

  it('is the current sample while a batch of several is under way, then the batch mean the curve records', () => {
    const store = createAppStore({ preset: 'xor', ui: { granularity: 'pass' } });
    store.getState().forward();
    expect(shown(store)).toMatchObject({ scope: 'sample', samples: 1 });
    while (store.getState().session.cursor.samplesDone < 4) store.getState().next();
    const mean = store.getState().session.batchLoss!;
    expect(shown(store)).toEqual({ value: mean, scope: 'batch', samples: 4 });
    store.getState().update();
    expect(lossPoints(store.getState().lossHistory).at(-1)!.loss).toBe(mean);
    expect(shown(store)).toEqual({ value: mean, scope: 'batch', samples: 4 });
  });

  it('is none after an edit, which makes every loss computed so far stale', () => {
    const store = createAppStore({ ui: { granularity: 'pass' } });
    store.getState().forward();
    store.getState().setWeight(1, 0, 0, 0.25);
    expect(shown(store)).toBeNull();
  });

  it("after Play's fast frames is the training set's mean loss, the same number the curve records", () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().generateData({ kind: 'rings', count: 60, noise: 0.05, seed: 2 });
    store.getState().setBatchSize(1);
    store.getState().setSpeed(10);
    const { clock, frame } = fakeClock();
    const player = createPlayer(store, clock);
    store.getState().setPlaying(true);
    frame();
    frame();
    store.getState().setPlaying(false);
    player.dispose();
    const { session, data } = store.getState();
    const lossHistory = lossPoints(store.getState().lossHistory);
    const point = lossHistory.at(-1)!;
    expect(point.lossAfter).toBeUndefined();
    // The whole training set through the trained network.
    expect(point.loss).toBeCloseTo(meanBatchLoss(session.model, data, 0, data.length), 12);
    expect(shown(store)).toEqual({ value: point.loss, scope: 'trainingSet', samples: data.length });
    expect(change(store)).toBeNull();
  });
});
