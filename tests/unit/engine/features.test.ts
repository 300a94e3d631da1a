import { describe, expect, it } from 'vitest';
import {
  FEATURES,
  FEATURES_1D,
  FEATURE_BY_NAME,
  FEATURE_NAMES,
  applyFeatures,
  availableFeatures,
  defaultFeatures,
  featureVector,
  validateFeatures,
  type FeatureName,
} from '../../../src/engine/features';
import type { Sample } from '../../../src/engine/model';
import { fieldOf } from './support/engineError';

describe('FEATURES', () => {
  it('lists every feature name once, in FEATURE_NAMES order, with its label', () => {
    expect(FEATURES.map((f) => f.name)).toEqual([...FEATURE_NAMES]);
    expect(FEATURES.map((f) => f.label)).toEqual(['x₁', 'x₂', 'x₁²', 'x₂²', 'x₁x₂', 'sin πx₁', 'sin πx₂']);
  });

  it.each([
    ['x1', 0.3],
    ['x2', -0.7],
    ['x1sq', 0.09],
    ['x2sq', 0.49],
    ['x1x2', -0.21],
    ['sinx1', Math.sin(0.3 * Math.PI)],
    ['sinx2', Math.sin(-0.7 * Math.PI)],
  ] as const)('computes %s(0.3, -0.7) = %f', (name, expected) => {
    expect(FEATURE_BY_NAME[name].compute(0.3, -0.7)).toBeCloseTo(expected, 15);
  });

  it('marks exactly the features that read x2', () => {
    for (const f of FEATURES) {
      const changes = f.compute(0.4, 0.2) !== f.compute(0.4, -0.9);
      expect(f.usesX2).toBe(changes);
    }
  });
});

describe('availableFeatures / defaultFeatures', () => {
  it('offers x1, x1², sin πx1 for 1-D data and all seven for 2-D data', () => {
    expect(FEATURES_1D).toEqual(['x1', 'x1sq', 'sinx1']);
    expect(availableFeatures(1)).toEqual(FEATURES_1D);
    expect(availableFeatures(2)).toEqual(FEATURE_NAMES);
  });

  it('defaults to the raw inputs', () => {
    expect(defaultFeatures(1)).toEqual(['x1']);
    expect(defaultFeatures(2)).toEqual(['x1', 'x2']);
  });
});

describe('featureVector', () => {
  it('writes the chosen features in order into out and returns out', () => {
    const out = new Float64Array(3);
    const result = featureVector(0.5, -0.5, ['x1x2', 'x1', 'x2sq'], out);
    expect(result).toBe(out);
    expect(Array.from(out)).toEqual([-0.25, 0.5, 0.25]);
  });

  it('leaves the rest of a longer buffer untouched', () => {
    const out = new Float64Array([9, 9, 9]);
    featureVector(0.2, 0.1, ['x2'], out);
    expect(Array.from(out)).toEqual([0.1, 9, 9]);
  });
});

describe('applyFeatures', () => {
  const plane: Sample[] = [
    { x: [0.5, -1], y: [1] },
    { x: [-0.25, 0.5], y: [0] },
  ];

  it('maps 2-D samples to the chosen features and copies the targets', () => {
    const mapped = applyFeatures(plane, ['x1sq', 'x2sq', 'x1x2']);
    expect(mapped).toEqual([
      { x: [0.25, 1, -0.5], y: [1] },
      { x: [0.0625, 0.25, -0.125], y: [0] },
    ]);
    expect(mapped[0]!.y).not.toBe(plane[0]!.y);
    expect(plane[0]!.x).toEqual([0.5, -1]);
  });

  it('maps 1-D samples with the x1-only features', () => {
    const mapped = applyFeatures([{ x: [0.5], y: [0.9] }], ['x1', 'x1sq', 'sinx1']);
    expect(mapped[0]!.x[0]).toBe(0.5);
    expect(mapped[0]!.x[1]).toBe(0.25);
    expect(mapped[0]!.x[2]).toBeCloseTo(1, 15);
  });

  it('makes rings linearly separable in (x1², x2²)', () => {
    const rings: Sample[] = [
      { x: [0.3, 0.1], y: [1] },
      { x: [-0.8, 0.2], y: [0] },
      { x: [0, -0.9], y: [0] },
    ];
    for (const { x, y } of applyFeatures(rings, ['x1sq', 'x2sq'])) {
      expect(x[0]! + x[1]! < 0.36 ? 1 : 0).toBe(y[0]);
    }
  });

  it('returns an empty list for no samples', () => {
    expect(applyFeatures([], ['x1'])).toEqual([]);
  });

  it('rejects x2 features on 1-D data, naming the feature', () => {
    expect(fieldOf(() => applyFeatures([{ x: [0.1], y: [0] }], ['x1', 'x1x2']))).toBe('features[1]');
  });

  it('rejects samples with the wrong number of raw inputs', () => {
    expect(fieldOf(() => applyFeatures([{ x: [1, 2, 3], y: [0] }], ['x1']))).toBe('samples[0].x');
    expect(fieldOf(() => applyFeatures([...plane, { x: [1], y: [0] }], ['x1']))).toBe('samples[2].x');
  });
});

describe('validateFeatures', () => {
  it('returns a valid list unchanged', () => {
    expect(validateFeatures(['x2', 'x1', 'sinx2'], 2)).toEqual(['x2', 'x1', 'sinx2']);
  });

  it.each([
    [[], 'features'],
    ['x1', 'features'],
    [['x1', 'x3'], 'features[1]'],
    [['x1', 'x1'], 'features[1]'],
    [[7], 'features[0]'],
  ])('rejects %o naming %s', (value, field) => {
    expect(fieldOf(() => validateFeatures(value, 2))).toBe(field);
  });

  it('rejects x2 features for 1-D data and uses the given field path', () => {
    expect(fieldOf(() => validateFeatures(['sinx2'] satisfies FeatureName[], 1, 'inputs'))).toBe('inputs[0]');
  });
});
