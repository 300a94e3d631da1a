// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAX_LEARNING_RATE,
  MIN_LEARNING_RATE,
  createRng,
  initModel,
  modelToSpec,
  parseModelSpec,
  parseOptimizerConfig,
  validateData,
  validateLearningRate,
  validateModel,
  type ModelSpec,
} from '../../../src/engine';
import { fieldOf } from './support/engineError';

/** A valid 2-3-2 spec; each test changes one thing in a fresh copy. */
function validSpec(): ModelSpec {
  return {
    layers: [
      {
        W: [
          [0.1, -0.2],
          [0.3, 0.4],
          [-0.5, 0.6],
        ],
        b: [0.01, 0.02, 0.03],
        activation: 'tanh',
      },
      {
        W: [
          [0.7, -0.8, 0.9],
          [-1, 1.1, 1.2],
        ],
        b: [0.04, -0.05],
        activation: 'sigmoid',
      },
    ],
    loss: 'bce',
  };
}

/** A spec as untyped JSON, so tests can put in what a bad file would. */
type Json = { layers: { W: unknown[][]; b: unknown[]; activation: unknown }[]; loss: unknown };
function edited(change: (spec: Json) => void): unknown {
  const spec = structuredClone(validSpec()) as unknown as Json;
  change(spec);
  return spec;
}

function layersOf(count: number, units: number, output: ModelSpec['layers'][number]['activation']) {
  return Array.from({ length: count }, (_, l) => ({
    W: Array.from({ length: units }, () => Array.from({ length: l === 0 ? 2 : units }, () => 0.1)),
    b: Array.from({ length: units }, () => 0),
    activation: l === count - 1 ? output : 'relu',
  }));
}

describe('parseModelSpec', () => {
  it.each<[string, (spec: Json) => void, string]>([
    ['a W row of the wrong length', (s) => (s.layers[0]!.W[1] = [0.3, 0.4, 0.5]), 'model.layers[0].W[1]'],
    [
      'rows that do not fit the previous layer',
      (s) =>
        (s.layers[1]!.W = [
          [1, 2],
          [3, 4],
        ]),
      'model.layers[1].W',
    ],
    ['a b of the wrong length', (s) => (s.layers[1]!.b = [0.04]), 'model.layers[1].b'],
    ['an unknown activation', (s) => (s.layers[0]!.activation = 'swish'), 'model.layers[0].activation'],
    ['NaN in W', (s) => (s.layers[0]!.W[0]![1] = NaN), 'model.layers[0].W[0][1]'],
    ['Infinity in b', (s) => (s.layers[1]!.b[0] = Infinity), 'model.layers[1].b[0]'],
    ['-Infinity in W', (s) => (s.layers[1]!.W[1]![2] = -Infinity), 'model.layers[1].W[1][2]'],
    ['a string in W', (s) => (s.layers[0]!.W[1]![0] = '0.3'), 'model.layers[0].W[1][0]'],
    ['null in b', (s) => (s.layers[0]!.b[2] = null), 'model.layers[0].b[2]'],
    ['softmax on a hidden layer', (s) => (s.layers[0]!.activation = 'softmax'), 'model.layers[0].activation'],
    ['bce without a sigmoid output', (s) => (s.layers[1]!.activation = 'linear'), 'model.loss'],
    ['bce on a softmax output', (s) => (s.layers[1]!.activation = 'softmax'), 'model.loss'],
    ['crossEntropy without a softmax output', (s) => (s.loss = 'crossEntropy'), 'model.loss'],
    ['an unknown loss', (s) => (s.loss = 'hinge'), 'model.loss'],
    ['no layers', (s) => (s.layers = []), 'model.layers'],
    ['too many hidden layers (7)', (s) => (s.layers = layersOf(8, 2, 'sigmoid')), 'model.layers'],
    ['too many units (9)', (s) => (s.layers = layersOf(2, 9, 'sigmoid')), 'model.layers[0].W'],
    [
      'too many inputs (9)',
      (s) => (s.layers[0]!.W = s.layers[0]!.W.map(() => Array.from({ length: 9 }, () => 0))),
      'model.layers[0].W',
    ],
  ])('rejects %s, naming the field', (_what, change, field) => {
    expect(fieldOf(() => parseModelSpec(edited(change)))).toBe(field);
  });

  it('rejects a spec that is not an object', () => {
    expect(fieldOf(() => parseModelSpec(null))).toBe('model');
    expect(fieldOf(() => parseModelSpec([]))).toBe('model');
  });

  it('prefixes fields with the path it is given', () => {
    const bad = edited((s) => (s.layers[0]!.W[0]![0] = NaN));
    expect(fieldOf(() => parseModelSpec(bad, 'scenario.model'))).toBe('scenario.model.layers[0].W[0][0]');
  });

  it('accepts the largest network allowed: 6 hidden layers of 8 units and 8 inputs', () => {
    const layers = layersOf(7, 8, 'sigmoid').map((layer, l) =>
      l === 0 ? { ...layer, W: layer.W.map(() => Array.from({ length: 8 }, () => 0.1)) } : layer,
    );
    expect(parseModelSpec({ layers, loss: 'bce' }).layers).toHaveLength(7);
  });

  it('round-trips through modelToSpec, through JSON too', () => {
    const spec = validSpec();
    const model = parseModelSpec(spec);
    expect(modelToSpec(model)).toEqual(spec);
    const reparsed = parseModelSpec(JSON.parse(JSON.stringify(modelToSpec(model))));
    reparsed.layers.forEach((layer, l) => {
      expect(layer.W).toEqual(model.layers[l]!.W);
      expect(layer.b).toEqual(model.layers[l]!.b);
      expect([layer.inSize, layer.outSize]).toEqual([model.layers[l]!.inSize, model.layers[l]!.outSize]);
    });
  });

  it('copies the numbers, so editing the spec afterwards leaves the model alone', () => {
    const spec = validSpec();
    const model = parseModelSpec(spec);
    spec.layers[0]!.W[0]![0] = 99;
    spec.layers[0]!.b[0] = 99;
    expect(model.layers[0]!.W[0]).toBe(0.1);
    expect(model.layers[0]!.b[0]).toBe(0.01);
  });
});

describe('validateModel', () => {
  const model = () => parseModelSpec(validSpec());

  it('accepts a valid model', () => {
    expect(() => validateModel(model())).not.toThrow();
  });

  it('rejects a W of the wrong size', () => {
    const m = model();
    m.layers[0]!.W = new Float64Array(5);
    expect(fieldOf(() => validateModel(m))).toBe('model.layers[0].W');
  });

  it('rejects a b of the wrong size', () => {
    const m = model();
    m.layers[1]!.b = new Float64Array(3);
    expect(fieldOf(() => validateModel(m))).toBe('model.layers[1].b');
  });

  it('rejects layers that do not connect', () => {
    const m = model();
    m.layers[1] = { ...m.layers[1]!, inSize: 2, W: new Float64Array(4) };
    expect(fieldOf(() => validateModel(m))).toBe('model.layers[1].W');
  });

  it('names the row and column of a non-finite weight, and the index of a non-finite bias', () => {
    const m = model();
    m.layers[0]!.W[1 * 2 + 0] = NaN;
    expect(fieldOf(() => validateModel(m))).toBe('model.layers[0].W[1][0]');
    const n = model();
    n.layers[1]!.b[1] = -Infinity;
    expect(fieldOf(() => validateModel(n))).toBe('model.layers[1].b[1]');
  });

  it('rejects an unknown activation, softmax on a hidden layer and a loss without its output', () => {
    const unknown = model();
    (unknown.layers[1] as { activation: string }).activation = 'gelu';
    expect(fieldOf(() => validateModel(unknown))).toBe('model.layers[1].activation');
    const hiddenSoftmax = model();
    hiddenSoftmax.layers[0]!.activation = 'softmax';
    expect(fieldOf(() => validateModel(hiddenSoftmax))).toBe('model.layers[0].activation');
    const crossEntropy = model();
    crossEntropy.loss = 'crossEntropy';
    expect(fieldOf(() => validateModel(crossEntropy))).toBe('model.loss');
  });

  it('is what initModel applies: too many units is refused before a model exists', () => {
    const architecture = {
      inputs: 2,
      layers: [
        { units: 9, activation: 'relu' as const },
        { units: 1, activation: 'sigmoid' as const },
      ],
      loss: 'bce' as const,
    };
    expect(fieldOf(() => initModel(architecture, createRng(1)))).toBe('model.layers[0].W');
  });
});

describe('validateData', () => {
  const good = [
    { x: [1, 2], y: [0, 1] },
    { x: [3, 4], y: [1, 0] },
    { x: [5, 6], y: [0.5, 0.5] },
  ];
  const withChange = (change: (data: { x: unknown[]; y: unknown[] }[]) => void) => {
    const data = structuredClone(good) as { x: unknown[]; y: unknown[] }[];
    change(data);
    return data;
  };

  it('returns the samples as plain numbers', () => {
    expect(validateData(good, 2, 2)).toEqual(good);
  });

  it.each<[string, (data: { x: unknown[]; y: unknown[] }[]) => void, string]>([
    ['an x of the wrong length', (d) => (d[1]!.x = [3]), 'data[1].x'],
    ['a y of the wrong length', (d) => (d[0]!.y = [0, 1, 0]), 'data[0].y'],
    ['NaN in x', (d) => (d[0]!.x[1] = NaN), 'data[0].x[1]'],
    ['Infinity in y', (d) => (d[2]!.y[0] = Infinity), 'data[2].y[0]'],
    ['a string in x', (d) => (d[0]!.x[0] = '1'), 'data[0].x[0]'],
  ])('rejects %s, naming the field', (_what, change, field) => {
    expect(fieldOf(() => validateData(withChange(change), 2, 2))).toBe(field);
  });

  it('rejects an empty list, a non-list and a sample that is not an object', () => {
    expect(fieldOf(() => validateData([], 2, 2))).toBe('data');
    expect(fieldOf(() => validateData({ x: [1, 2] }, 2, 2))).toBe('data');
    expect(fieldOf(() => validateData([good[0], 7], 2, 2))).toBe('data[1]');
  });
});

describe('parseOptimizerConfig and validateLearningRate', () => {
  it('parse the three optimizers with their settings', () => {
    expect(parseOptimizerConfig({ kind: 'sgd', learningRate: 0.5 })).toEqual({
      kind: 'sgd',
      learningRate: 0.5,
    });
    expect(parseOptimizerConfig({ kind: 'momentum', learningRate: 0.1, momentum: 0.5 })).toEqual({
      kind: 'momentum',
      learningRate: 0.1,
      momentum: 0.5,
    });
    expect(
      parseOptimizerConfig({ kind: 'adam', learningRate: 0.01, beta1: 0.8, beta2: 0.99, epsilon: 1e-6 }),
    ).toEqual({ kind: 'adam', learningRate: 0.01, beta1: 0.8, beta2: 0.99, epsilon: 1e-6 });
  });

  it.each<[unknown]>([['abc'], [-1], [0], [1e9], [NaN], [Infinity], [null], [undefined]])(
    'rejects the learning rate %s, naming the field',
    (learningRate) => {
      expect(fieldOf(() => parseOptimizerConfig({ kind: 'sgd', learningRate }))).toBe(
        'optimizer.learningRate',
      );
      expect(fieldOf(() => validateLearningRate(learningRate))).toBe('optimizer.learningRate');
      expect(fieldOf(() => validateLearningRate(learningRate, 'learningRate'))).toBe('learningRate');
    },
  );

  it('accepts learning rates at both ends of the allowed range', () => {
    expect(validateLearningRate(MIN_LEARNING_RATE)).toBe(MIN_LEARNING_RATE);
    expect(validateLearningRate(MAX_LEARNING_RATE)).toBe(MAX_LEARNING_RATE);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ kind: 'rmsprop', learningRate: 0.1 }, 'optimizer.kind'],
    [{ learningRate: 0.1 }, 'optimizer.kind'],
    [{ kind: 'momentum', learningRate: 0.1, momentum: 1.5 }, 'optimizer.momentum'],
    [{ kind: 'adam', learningRate: 0.1, beta1: -0.1 }, 'optimizer.beta1'],
    [{ kind: 'adam', learningRate: 0.1, beta2: 1 }, 'optimizer.beta2'],
    [{ kind: 'adam', learningRate: 0.1, epsilon: 0 }, 'optimizer.epsilon'],
  ])('rejects %o, naming %s', (config, field) => {
    expect(fieldOf(() => parseOptimizerConfig(config))).toBe(field);
  });

  it('rejects a config that is not an object', () => {
    expect(fieldOf(() => parseOptimizerConfig('sgd'))).toBe('optimizer');
  });
});
