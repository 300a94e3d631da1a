// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppStore, PRESET_IDS, MAX_SCENARIO_BYTES, lossPoints } from '../../../src/store';
import { textbookScenario } from '../../fixtures/textbook';

const valid = textbookScenario();

describe('store scenarios', () => {
  it('imports the DESIGN.md example', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(store.getState().importScenario(JSON.stringify(valid)).ok).toBe(true);
    expect(store.getState().data).toEqual(valid.data);
    expect(store.getState().presetId).toBeNull();
  });

  it.each([
    ['not json', '{', 'file'],
    ['wrong format', { ...valid, format: 'other' }, 'format'],
    [
      'a short row',
      {
        ...valid,
        model: {
          ...valid.model,
          layers: [{ ...valid.model.layers[0], W: [[1, 2], [3]] }, valid.model.layers[1]],
        },
      },
      'model.layers[0].W[1]',
    ],
    [
      'a string weight',
      {
        ...valid,
        model: {
          ...valid.model,
          layers: [valid.model.layers[0], { ...valid.model.layers[1], b: [0.6, 'x'] }],
        },
      },
      'model.layers[1].b[1]',
    ],
    [
      'an unknown activation',
      {
        ...valid,
        model: {
          ...valid.model,
          layers: [{ ...valid.model.layers[0], activation: 'swish' }, valid.model.layers[1]],
        },
      },
      'model.layers[0].activation',
    ],
    ['a target of the wrong length', { ...valid, data: [{ x: [0.05, 0.1], y: [1] }] }, 'data[0].y'],
    [
      'a negative learning rate',
      { ...valid, optimizer: { kind: 'sgd', learningRate: -1 } },
      'optimizer.learningRate',
    ],
    [
      'bce without sigmoid',
      {
        ...valid,
        model: {
          ...valid.model,
          loss: 'bce',
          layers: [valid.model.layers[0], { ...valid.model.layers[1], activation: 'tanh' }],
        },
      },
      'model.loss',
    ],
  ])('refuses a file with %s, names %s, and changes nothing', (_name, content, field) => {
    const store = createAppStore({ preset: 'xor' });
    const before = store.getState();
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    const result = store.getState().importScenario(text);
    expect(result).toMatchObject({ ok: false, error: { field } });
    expect(store.getState().session).toBe(before.session);
    expect(store.getState().data).toBe(before.data);
  });

  it('refuses files over 1 MB', () => {
    const store = createAppStore();
    const result = store.getState().importScenario(' '.repeat(MAX_SCENARIO_BYTES + 1));
    expect(result).toMatchObject({ ok: false, error: { field: 'file' } });
  });

  it('export then import opens exactly the same state', () => {
    const a = createAppStore({ preset: 'xor' });
    a.getState().step();
    a.getState().step();
    const b = createAppStore();
    expect(b.getState().importScenario(a.getState().exportScenario()).ok).toBe(true);
    expect(b.getState().session.model).toEqual(a.getState().session.model);
    expect(b.getState().optimizer).toEqual(a.getState().optimizer);
  });

  it.each(PRESET_IDS)('preset %s loads, and one small step lowers its loss', (id) => {
    const store = createAppStore();
    expect(store.getState().loadPreset(id).ok).toBe(true);
    store.getState().setLearningRate(0.01);
    store.getState().setBatchSize(store.getState().data.length);
    store.getState().step();
    store.getState().step();
    const [first, second] = lossPoints(store.getState().lossHistory);
    expect(second!.loss).toBeLessThan(first!.loss);
  });

  it('refuses an unknown preset', () => {
    const store = createAppStore();
    expect(store.getState().loadPreset('nope')).toMatchObject({ ok: false, error: { field: 'preset' } });
  });
});
