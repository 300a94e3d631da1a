// @vitest-environment node
/** The data actions' refusals and less common paths, without React. */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store';
import { MAX_SAMPLES } from '../../../src/store/scenario';

describe('store data actions at their edges', () => {
  it('keeps chosen input features when new data of the same dimension is generated', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().generateData({ kind: 'xor', count: 20, noise: 0 });
    store.getState().setFeatures(['x1', 'x2', 'x1sq']);
    store.getState().generateData({ kind: 'blobs', count: 20, noise: 0 });
    expect(store.getState().features).toEqual(['x1', 'x2', 'x1sq']);
    store.getState().generateData({ kind: 'sine', count: 20 });
    expect(store.getState().features).toEqual(['x1']);
  });

  it('refuses a point beyond the sample limit', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(store.getState().generateData({ kind: 'xor', count: MAX_SAMPLES, testFraction: 0 }).ok).toBe(true);
    expect(store.getState().addPoint(0, 0, 1)).toMatchObject({
      ok: false,
      error: { field: 'data', reason: { code: 'max-samples', params: { max: MAX_SAMPLES } } },
    });
  });

  it('removes test points, and never the last training sample', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().generateData({ kind: 'xor', count: 20, noise: 0, testFraction: 0.5 });
    const tests = store.getState().rawTest.length;
    expect(store.getState().removePoint('test', 0).ok).toBe(true);
    expect(store.getState().rawTest).toHaveLength(tests - 1);
    expect(store.getState().removePoint('test', 99)).toMatchObject({
      ok: false,
      error: { field: 'test[99]' },
    });

    const single = createAppStore({ preset: 'textbook' });
    expect(single.getState().removePoint('train', 0)).toMatchObject({
      ok: false,
      error: { reason: { code: 'min-one-sample' } },
    });
  });

  it('refuses an edit of an entry the sample does not have', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(store.getState().setDataValue(0, 'x', 5, '1')).toMatchObject({
      ok: false,
      error: { field: 'data[0].x[5]' },
    });
    expect(store.getState().setDataValue(99, 'y', 0, '1')).toMatchObject({
      ok: false,
      error: { field: 'data[99].y[0]' },
    });
    expect(store.getState().setDataValue(0, 'x', 0, 'abc')).toMatchObject({
      ok: false,
      error: { reason: { code: 'not-a-number' } },
    });
  });

  it('imports a CSV of the raw inputs when the network sees features of them', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().generateData({ kind: 'xor', count: 20, noise: 0 });
    store.getState().setFeatures(['x1', 'x2', 'x1x2']);
    expect(store.getState().importDataCsv('x1,x2,y1\n0.5,2,1\n-1,1,0\n')).toEqual({ ok: true });
    expect(store.getState().data[0]!.x).toEqual([0.5, 2, 1]);
    const refused = store.getState().importDataCsv('x1,x2,x3,y1\n0.5,2,1,1\n');
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.error.message).toMatch(/raw input/);
  });
});
