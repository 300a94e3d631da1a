// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store';

describe('store data actions', () => {
  it('generates a seeded data set, adapts the input layer and keeps the hidden layers', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(
      store.getState().generateData({ kind: 'rings', count: 100, noise: 0.1, testFraction: 0.2, seed: 5 }).ok,
    ).toBe(true);
    const s = store.getState();
    expect(s.rawTrain).toHaveLength(80);
    expect(s.testData).toHaveLength(20);
    expect(s.features).toEqual(['x1', 'x2']);
    expect(s.session.model.layers.map((l) => l.outSize)).toEqual([3, 1]);
    expect(s.session.model.loss).toBe('bce');
    const again = createAppStore({ preset: 'xor' });
    again.getState().generateData({ kind: 'rings', count: 100, noise: 0.1, testFraction: 0.2, seed: 5 });
    expect(again.getState().data).toEqual(s.data);
  });

  it('a regression set gets a linear output with mse', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().generateData({ kind: 'sine', count: 50 });
    const { session, features } = store.getState();
    expect(features).toEqual(['x1']);
    expect(session.model.layers[0]!.inSize).toBe(1);
    expect(session.model.layers.at(-1)!.activation).toBe('linear');
    expect(session.model.loss).toBe('mse');
  });

  it('input features change the input layer and the samples the network sees', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().generateData({ kind: 'xor', count: 20, noise: 0 });
    expect(store.getState().setFeatures(['x1', 'x2', 'x1x2']).ok).toBe(true);
    const { data, rawTrain, session } = store.getState();
    expect(session.model.layers[0]!.inSize).toBe(3);
    expect(data[0]!.x[2]).toBeCloseTo(rawTrain[0]!.x[0]! * rawTrain[0]!.x[1]!, 15);
    expect(store.getState().setFeatures([]).ok).toBe(false);
    expect(store.getState().setFeatures(['x1', 'bogus' as 'x1']).ok).toBe(false);
  });

  it('adds a point of the chosen class and removes it again, undoably', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(store.getState().addPoint(0.5, -0.25, 1).ok).toBe(true);
    expect(store.getState().rawTrain.at(-1)).toEqual({ x: [0.5, -0.25], y: [1] });
    expect(store.getState().dataset).toBeNull();
    expect(store.getState().removePoint('train', 4).ok).toBe(true);
    expect(store.getState().rawTrain).toHaveLength(4);
    expect(store.getState().removePoint('train', 99).ok).toBe(false);
    store.getState().undo();
    expect(store.getState().rawTrain).toHaveLength(5);
  });

  it('refuses adding a point to data that is not two inputs, one output', () => {
    const store = createAppStore({ preset: 'textbook' });
    expect(store.getState().addPoint(0, 0, 1)).toMatchObject({ ok: false, error: { field: 'data' } });
  });

  it('edits a sample in the table and refuses a bce target outside [0, 1]', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(store.getState().setDataValue(1, 'x', 0, '0.25').ok).toBe(true);
    expect(store.getState().data[1]!.x).toEqual([0.25, 1]);
    expect(store.getState().setDataValue(1, 'y', 0, '2')).toMatchObject({
      ok: false,
      error: { field: 'data[1].y[0]' },
    });
    expect(store.getState().data[1]!.y).toEqual([1]);
  });
});
