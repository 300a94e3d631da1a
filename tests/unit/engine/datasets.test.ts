import { describe, expect, it } from 'vitest';
import {
  DATASET_KINDS,
  batchRanges,
  batchSamples,
  epochOrder,
  generateDataset,
  resolveDatasetOptions,
  type DatasetKind,
} from '../../../src/engine/datasets';
import type { Sample } from '../../../src/engine/model';
import { createRng } from '../../../src/engine/rng';
import { fieldOf } from './support/engineError';

const CLASSIFICATION_KINDS = DATASET_KINDS.filter((k) => k !== 'sine');

function all(kind: DatasetKind, noise: number, count = 200, seed = 7): Sample[] {
  const { train, test } = generateDataset({ kind, count, noise, seed });
  return [...train, ...test];
}

const key = (s: Sample): string => JSON.stringify(s);

describe('generateDataset', () => {
  it.each(DATASET_KINDS)(
    'gives identical %s data for the same seed and different data for another',
    (kind) => {
      const a = generateDataset({ kind, seed: 3 });
      expect(generateDataset({ kind, seed: 3 })).toEqual(a);
      expect(generateDataset({ kind, seed: 4 }).train).not.toEqual(a.train);
    },
  );

  it.each(DATASET_KINDS)('returns %s samples of the right shape and task', (kind) => {
    const data = generateDataset({ kind, count: 50 });
    const dimension = kind === 'sine' ? 1 : 2;
    expect(data.kind).toBe(kind);
    expect(data.task).toBe(kind === 'sine' ? 'regression' : 'classification');
    expect(data.train.length + data.test.length).toBe(50);
    for (const s of [...data.train, ...data.test]) {
      expect(s.x).toHaveLength(dimension);
      expect(s.y).toHaveLength(1);
      expect([...s.x, ...s.y].every(Number.isFinite)).toBe(true);
    }
  });

  it.each(CLASSIFICATION_KINDS)('balances the %s classes exactly, labels in {0, 1}', (kind) => {
    for (const count of [4, 200, 201]) {
      const samples = all(kind, 0.3, count);
      expect(samples.every((s) => s.y[0] === 0 || s.y[0] === 1)).toBe(true);
      expect(samples.filter((s) => s.y[0] === 1)).toHaveLength(Math.floor(count / 2));
    }
  });

  it.each(DATASET_KINDS)(
    'keeps %s inputs in [-1, 1] without noise and in [-1.1, 1.1] at noise 0.1',
    (kind) => {
      const maxAbs = (samples: Sample[]): number => Math.max(...samples.flatMap((s) => s.x.map(Math.abs)));
      expect(maxAbs(all(kind, 0, 2000))).toBeLessThanOrEqual(1);
      expect(maxAbs(all(kind, 0.1, 2000))).toBeLessThanOrEqual(1.1);
      // The points should fill the square, not sit in a corner of it.
      expect(maxAbs(all(kind, 0, 2000))).toBeGreaterThan(0.9);
    },
  );

  it('labels clean XOR by the quadrant rule: class 1 iff x1·x2 > 0', () => {
    for (const { x, y } of all('xor', 0)) {
      expect(y[0]).toBe(x[0]! * x[1]! > 0 ? 1 : 0);
      expect(Math.min(Math.abs(x[0]!), Math.abs(x[1]!))).toBeGreaterThanOrEqual(0.05);
    }
  });

  it('labels clean rings by radius: class 1 inside 0.5, class 0 between 0.7 and 1', () => {
    for (const { x, y } of all('rings', 0)) {
      const r = Math.hypot(x[0]!, x[1]!);
      if (y[0] === 1) expect(r).toBeLessThan(0.5);
      else expect(r).toBeGreaterThanOrEqual(0.7 - 1e-12);
    }
  });

  it('separates clean blobs by the line x1 + x2 = 0', () => {
    for (const { x, y } of all('blobs', 0, 2000)) expect(x[0]! + x[1]! > 0 ? 1 : 0).toBe(y[0]);
  });

  it('draws clean spirals as two arms, each the point reflection of the other', () => {
    const samples = all('spirals', 0);
    const ones = samples.filter((s) => s.y[0] === 1);
    for (const { x, y } of samples) {
      if (y[0] === 1) continue;
      const mirror = ones.some((o) => Math.abs(o.x[0]! + x[0]!) < 1e-12 && Math.abs(o.x[1]! + x[1]!) < 1e-12);
      expect(mirror).toBe(true);
    }
    const radii = ones.map((s) => Math.hypot(s.x[0]!, s.x[1]!)).sort((a, b) => a - b);
    expect(radii[0]).toBe(0);
    expect(radii[radii.length - 1]).toBeGreaterThan(0.98);
  });

  it('puts clean moons on their unit half circles', () => {
    for (const { x, y } of all('moons', 0)) {
      const [u, v] = [x[0]! * 1.5 + 0.5, x[1]! * 1.5 + 0.25];
      if (y[0] === 0) {
        expect(Math.hypot(u, v)).toBeCloseTo(1, 12);
        expect(v).toBeGreaterThanOrEqual(0);
      } else {
        expect(Math.hypot(u - 1, v - 0.5)).toBeCloseTo(1, 12);
        expect(v).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it('makes clean sine targets exactly sin(πx), noisy ones within ±noise of it', () => {
    for (const { x, y } of all('sine', 0)) expect(y[0]).toBe(Math.sin(Math.PI * x[0]!));
    const noisy = all('sine', 0.2);
    const offsets = noisy.map(({ x, y }) => y[0]! - Math.sin(Math.PI * x[0]!));
    expect(Math.max(...offsets.map(Math.abs))).toBeLessThanOrEqual(0.2);
    expect(Math.max(...offsets.map(Math.abs))).toBeGreaterThan(0.1);
  });

  it('lets noise blur XOR across the quadrant boundaries', () => {
    const wrong = all('xor', 0.5).filter(({ x, y }) => (x[0]! * x[1]! > 0 ? 1 : 0) !== y[0]);
    expect(wrong.length).toBeGreaterThan(10);
    expect(wrong.length).toBeLessThan(100);
  });

  it('splits by testFraction into disjoint train and test sets that cover the data', () => {
    const whole = generateDataset({ kind: 'rings', count: 200, testFraction: 0, seed: 5 });
    expect(whole.test).toHaveLength(0);
    const split = generateDataset({ kind: 'rings', count: 200, testFraction: 0.25, seed: 5 });
    expect(split.test).toHaveLength(50);
    expect(split.train).toHaveLength(150);
    const testKeys = new Set(split.test.map(key));
    expect(split.train.some((s) => testKeys.has(key(s)))).toBe(false);
    expect([...split.train, ...split.test].map(key).sort()).toEqual(whole.train.map(key).sort());
  });

  it('moves samples only from train to test as testFraction grows', () => {
    const small = generateDataset({ kind: 'moons', testFraction: 0.1 });
    const large = generateDataset({ kind: 'moons', testFraction: 0.5 });
    const largeTest = new Set(large.test.map(key));
    expect(small.test.every((s) => largeTest.has(key(s)))).toBe(true);
  });

  it('shuffles the classes across the split', () => {
    const { train, test } = generateDataset({ kind: 'xor', count: 400, testFraction: 0.5 });
    const ones = test.filter((s) => s.y[0] === 1).length;
    expect(ones).toBeGreaterThan(70);
    expect(ones).toBeLessThan(130);
    expect(train.slice(0, 20).some((s) => s.y[0] === 0) && train.slice(0, 20).some((s) => s.y[0] === 1)).toBe(
      true,
    );
  });

  it('always leaves at least one training sample', () => {
    const { train, test } = generateDataset({ kind: 'blobs', count: 4, testFraction: 0.9 });
    expect(train).toHaveLength(1);
    expect(test).toHaveLength(3);
  });

  it('uses the defaults: 200 samples, 20% test', () => {
    const { train, test } = generateDataset({ kind: 'spirals' });
    expect(train).toHaveLength(160);
    expect(test).toHaveLength(40);
    expect(generateDataset({ kind: 'spirals', count: 200, noise: 0.1, testFraction: 0.2, seed: 42 })).toEqual(
      generateDataset({ kind: 'spirals' }),
    );
  });
});

describe('resolveDatasetOptions', () => {
  it.each([
    [{ kind: 'circle' }, 'kind'],
    [{ kind: 'xor', count: 3 }, 'count'],
    [{ kind: 'xor', count: 2001 }, 'count'],
    [{ kind: 'xor', count: 10.5 }, 'count'],
    [{ kind: 'xor', noise: -0.1 }, 'noise'],
    [{ kind: 'xor', noise: 1.01 }, 'noise'],
    [{ kind: 'xor', noise: Number.NaN }, 'noise'],
    [{ kind: 'xor', testFraction: 0.95 }, 'testFraction'],
    [{ kind: 'xor', testFraction: '0.2' }, 'testFraction'],
    [{ kind: 'xor', seed: 1.5 }, 'seed'],
  ])('rejects %o naming the field %s', (options, field) => {
    expect(fieldOf(() => resolveDatasetOptions(options))).toBe(field);
    expect(fieldOf(() => generateDataset(options as never))).toBe(field);
  });

  it('prefixes the field with the given path', () => {
    expect(fieldOf(() => resolveDatasetOptions({ kind: 'xor', count: 1 }, 'dataset'))).toBe('dataset.count');
  });

  it('accepts the limits and fills in defaults', () => {
    expect(resolveDatasetOptions({ kind: 'sine', count: 4, noise: 1, testFraction: 0.9 })).toEqual({
      kind: 'sine',
      count: 4,
      noise: 1,
      testFraction: 0.9,
      seed: 42,
    });
    expect(resolveDatasetOptions({ kind: 'xor', count: 2000, noise: 0, testFraction: 0 }).count).toBe(2000);
  });
});

describe('epochOrder', () => {
  it('returns a seeded permutation of 0..n-1 that changes from epoch to epoch', () => {
    const rng = createRng(9);
    const first = epochOrder(50, rng);
    const second = epochOrder(50, rng);
    expect([...first].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(second).not.toEqual(first);
    const again = createRng(9);
    expect(epochOrder(50, again)).toEqual(first);
    expect(epochOrder(50, again)).toEqual(second);
  });
});

describe('batchRanges', () => {
  it('cuts n into batches of batchSize with a shorter last batch', () => {
    expect(batchRanges(10, 3)).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 6, end: 9 },
      { start: 9, end: 10 },
    ]);
    expect(batchRanges(4, 4)).toEqual([{ start: 0, end: 4 }]);
    expect(batchRanges(3, 10)).toEqual([{ start: 0, end: 3 }]);
    expect(batchRanges(0, 3)).toEqual([]);
  });

  it('rejects a batch size below 1 or fractional, naming batchSize', () => {
    expect(fieldOf(() => batchRanges(10, 0))).toBe('batchSize');
    expect(fieldOf(() => batchRanges(10, 2.5))).toBe('batchSize');
  });
});

describe('batchSamples', () => {
  it('picks the samples of one range in epoch order', () => {
    const samples: Sample[] = [0, 1, 2, 3].map((v) => ({ x: [v], y: [v] }));
    expect(batchSamples(samples, [3, 1, 0, 2], { start: 1, end: 3 })).toEqual([samples[1], samples[0]]);
  });
});
