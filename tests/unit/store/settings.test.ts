// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store';

const weights = (store: ReturnType<typeof createAppStore>) =>
  store.getState().session.model.layers.map((layer) => Array.from(layer.W));

describe('store settings', () => {
  it.each(['abc', '-1', '1e9', '', '0x10', 'NaN'])(
    'refuses the learning rate %j and keeps the old one',
    (text) => {
      const store = createAppStore({ preset: 'textbook' });
      const result = store.getState().setLearningRate(text);
      expect(result.ok).toBe(false);
      expect(store.getState().optimizer.learningRate).toBe(0.5);
      expect(store.getState().ui.error?.field).toBe('learningRate');
    },
  );

  it('accepts 0.1 and 1e-3 and never resets the weights', () => {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().step();
    const trained = weights(store);
    expect(store.getState().setLearningRate('0.1').ok).toBe(true);
    expect(store.getState().setLearningRate('1e-3').ok).toBe(true);
    expect(store.getState().optimizer.learningRate).toBe(0.001);
    store.getState().setOptimizer('adam');
    expect(weights(store)).toEqual(trained);
  });

  it('refuses a loss that does not fit the output layer, naming the field', () => {
    const store = createAppStore({ preset: 'textbook' });
    const result = store.getState().setLoss('crossEntropy');
    expect(result).toMatchObject({ ok: false, error: { field: 'model.loss' } });
    expect(store.getState().session.model.loss).toBe('mse');
  });

  it('refuses softmax on a hidden layer', () => {
    const store = createAppStore({ preset: 'textbook' });
    expect(store.getState().setActivation(1, 'softmax')).toMatchObject({
      ok: false,
      error: { field: 'model.layers[0].activation' },
    });
  });

  it('changing an activation keeps the weights and restarts the iteration', () => {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().forward();
    const before = weights(store);
    expect(store.getState().setActivation(1, 'tanh').ok).toBe(true);
    expect(weights(store)).toEqual(before);
    expect(store.getState().session.cursor.forwardDone).toBe(0);
  });

  it('editing an input restarts the iteration with the new value; fractions are accepted', () => {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().forward();
    expect(store.getState().setSampleValue('x', 1, '1/4').ok).toBe(true);
    expect(store.getState().data[0]!.x).toEqual([0.05, 0.25]);
    expect(store.getState().session.cursor.forwardDone).toBe(0);
    expect(store.getState().setSampleValue('y', 0, 'big').ok).toBe(false);
    expect(store.getState().data[0]!.y).toEqual([0.01, 0.99]);
  });

  it('a new shape re-initialises from the seed, the same way every time', () => {
    const a = createAppStore({ preset: 'xor' });
    const b = createAppStore({ preset: 'xor' });
    const architecture = {
      inputs: 2,
      layers: [
        { units: 4, activation: 'tanh' as const },
        { units: 1, activation: 'sigmoid' as const },
      ],
      loss: 'bce' as const,
    };
    expect(a.getState().setArchitecture(architecture).ok).toBe(true);
    b.getState().setArchitecture(architecture);
    expect(weights(a)).toEqual(weights(b));
    expect(a.getState().session.model.layers[0]!.outSize).toBe(4);
    expect(a.getState().setArchitecture({ ...architecture, inputs: 3 }).ok).toBe(false);
  });

  it('refuses a batch size larger than the data', () => {
    const store = createAppStore({ preset: 'xor' });
    expect(store.getState().setBatchSize('2').ok).toBe(true);
    expect(store.getState().setBatchSize(5)).toMatchObject({ ok: false, error: { field: 'batchSize' } });
    expect(store.getState().batchSize).toBe(2);
  });
});
