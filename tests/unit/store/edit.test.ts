// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store';

describe('store network editing', () => {
  it('types a weight as a fraction; it takes effect on the next forward and is undoable', () => {
    const store = createAppStore({ preset: 'textbook', ui: { granularity: 'pass' } });
    store.getState().forward();
    expect(store.getState().setWeight(1, 0, 1, '1/3').ok).toBe(true);
    expect(store.getState().session.model.layers[0]!.W[1]).toBe(1 / 3);
    expect(store.getState().session.cursor.forwardDone).toBe(0);
    store.getState().forward();
    const z = store.getState().session.trace.z[0]![0]!;
    expect(z).toBeCloseTo(0.15 * 0.05 + (1 / 3) * 0.1 + 0.35, 15);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().session.model.layers[0]!.W[1]).toBe(0.2);
  });

  it('sets a bias and refuses a bad value or a missing parameter', () => {
    const store = createAppStore({ preset: 'textbook' });
    expect(store.getState().setBias(2, 1, '-0.5').ok).toBe(true);
    expect(store.getState().session.model.layers[1]!.b[1]).toBe(-0.5);
    expect(store.getState().setBias(2, 5, '1')).toMatchObject({
      ok: false,
      error: { field: 'model.layers[1].b[5]' },
    });
    expect(store.getState().setWeight(1, 0, 0, 'x')).toMatchObject({
      ok: false,
      error: { field: 'model.layers[0].W[0][0]' },
    });
  });

  it('adds and removes hidden layers within 0–6, re-initialising from the seed', () => {
    const store = createAppStore({ preset: 'xor' });
    const sizes = () => store.getState().session.model.layers.map((l) => l.outSize);
    expect(store.getState().addLayer().ok).toBe(true);
    expect(sizes()).toEqual([3, 3, 1]);
    for (let k = 0; k < 4; k++) store.getState().addLayer();
    expect(sizes()).toHaveLength(7);
    expect(store.getState().addLayer().ok).toBe(false);
    for (let k = 0; k < 6; k++) expect(store.getState().removeLayer(1).ok).toBe(true);
    expect(sizes()).toEqual([1]);
    expect(store.getState().removeLayer(1).ok).toBe(false);
  });

  it('sets the units of a hidden layer within 1–8', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(store.getState().setUnits(1, 8).ok).toBe(true);
    expect(store.getState().session.model.layers[0]!.outSize).toBe(8);
    expect(store.getState().setUnits(1, 9).ok).toBe(false);
    expect(store.getState().setUnits(2, 3).ok).toBe(false);
  });
});
