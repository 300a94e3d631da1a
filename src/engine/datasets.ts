/**
 * Seeded toy datasets in the spirit of TensorFlow Playground, rescaled so inputs lie in about
 * [−1, 1]² (Playground draws on [−6, 6]²; small inputs keep tanh/sigmoid units out of saturation
 * with the default initialisation). Every draw comes from createRng(seed): the same options give
 * bit-identical samples, so a scenario or a shared link reproduces exactly.
 *
 * Classification sets have one target y ∈ {0, 1} (a single sigmoid output with bce) and exactly
 * ⌊count/2⌋ samples of class 1. The regression set 'sine' has one input and one target.
 *
 * Noise n ∈ [0, 1] is Playground's noise fraction (its slider stops at 0.5): each coordinate is
 * shifted by an independent uniform offset in [−n, n] (spirals: [−n, n]·0.2, as Playground's
 * spirals are on a 5× larger radius); for blobs n widens the Gaussians instead. The class of a
 * point is fixed by where it was drawn before the noise, so noise blurs classes but keeps the
 * balance exact.
 */
import { EngineError } from './errors';
import type { Sample } from './model';
import { createRng, shuffledIndices, type Rng } from './rng';
import { describeValue, expectFinite, expectRecord } from './validate';

export const DATASET_KINDS = ['xor', 'rings', 'blobs', 'spirals', 'moons', 'sine'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];
export type DatasetTask = 'classification' | 'regression';

export interface DatasetOptions {
  kind: DatasetKind;
  count?: number;
  noise?: number;
  seed?: number;
  testFraction?: number;
}
export type ResolvedDatasetOptions = Required<DatasetOptions>;

export interface Dataset {
  kind: DatasetKind;
  task: DatasetTask;
  train: Sample[];
  test: Sample[];
}

export const DATASET_DEFAULTS = { count: 200, noise: 0.1, testFraction: 0.2, seed: 42 } as const;
export const DATASET_LIMITS = { minCount: 4, maxCount: 2000, maxNoise: 1, maxTestFraction: 0.9 } as const;

export function datasetTask(kind: DatasetKind): DatasetTask {
  return kind === 'sine' ? 'regression' : 'classification';
}

/** Number of raw inputs per sample: 1 for 'sine', 2 for the plane sets. */
export function datasetDimension(kind: DatasetKind): 1 | 2 {
  return kind === 'sine' ? 1 : 2;
}

/** u ~ U[a, b). */
function uniform(rng: Rng, a: number, b: number): number {
  return a + (b - a) * rng.next();
}

/** Offset ~ U[−n·scale, n·scale); no draw at all when n = 0 so clean sets stay exact. */
function jitter(rng: Rng, noise: number, scale = 1): number {
  return noise === 0 ? 0 : uniform(rng, -noise * scale, noise * scale);
}

/** N(0, 1) truncated to [−3, 3] by redrawing, so clean blobs are separable for sure. */
function truncatedNormal(rng: Rng): number {
  for (;;) {
    const z = rng.normal();
    if (Math.abs(z) <= 3) return z;
  }
}

/** One input point of class `label`; `i` of `n` is its index within the class. */
type PointDrawer = (label: 0 | 1, i: number, n: number, noise: number, rng: Rng) => [number, number];

/** XOR: |x1|, |x2| ~ U[0.05, 1); class 1 in quadrants I and III (x1·x2 > 0), class 0 in II and IV. */
const drawXor: PointDrawer = (label, _i, _n, noise, rng) => {
  const sign = rng.next() < 0.5 ? -1 : 1;
  const x1 = sign * uniform(rng, 0.05, 1);
  const x2 = (label === 1 ? sign : -sign) * uniform(rng, 0.05, 1);
  return [x1 + jitter(rng, noise), x2 + jitter(rng, noise)];
};

/** Rings: class 1 at radius r ~ U[0, 0.5), class 0 at r ~ U[0.7, 1), angle ~ U[0, 2π). */
const drawRings: PointDrawer = (label, _i, _n, noise, rng) => {
  const r = label === 1 ? uniform(rng, 0, 0.5) : uniform(rng, 0.7, 1);
  const angle = uniform(rng, 0, 2 * Math.PI);
  return [r * Math.sin(angle) + jitter(rng, noise), r * Math.cos(angle) + jitter(rng, noise)];
};

/**
 * Blobs: class 1 ~ N((0.5, 0.5), σ²I), class 0 ~ N((−0.5, −0.5), σ²I), σ = 0.14 + 0.52·n, each
 * coordinate truncated at 3σ (σ 0.14 → 0.4 as n goes 0 → 0.5, Playground's variance 0.5 → 4 rescaled).
 */
const drawBlobs: PointDrawer = (label, _i, _n, noise, rng) => {
  const centre = label === 1 ? 0.5 : -0.5;
  const sigma = 0.14 + 0.52 * noise;
  return [centre + sigma * truncatedNormal(rng), centre + sigma * truncatedNormal(rng)];
};

/** Spirals: r = i/n, t = 3.5π·i/n (+π for class 0), point (r sin t, r cos t); class 0 = −class 1. */
const drawSpirals: PointDrawer = (label, i, n, noise, rng) => {
  const r = i / n;
  const t = 3.5 * Math.PI * r + (label === 1 ? 0 : Math.PI);
  return [r * Math.sin(t) + jitter(rng, noise, 0.2), r * Math.cos(t) + jitter(rng, noise, 0.2)];
};

/**
 * Moons (scikit-learn's make_moons): class 0 on (cos t, sin t), class 1 on (1 − cos t, 0.5 − sin t),
 * t ~ U[0, π); both mapped by (x − 0.5)/1.5, (y − 0.25)/1.5 so x1 ∈ [−1, 1], x2 ∈ [−0.5, 0.5].
 */
const drawMoons: PointDrawer = (label, _i, _n, noise, rng) => {
  const t = uniform(rng, 0, Math.PI);
  const x = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
  const y = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
  return [(x - 0.5) / 1.5 + jitter(rng, noise), (y - 0.25) / 1.5 + jitter(rng, noise)];
};

const DRAWERS: Record<Exclude<DatasetKind, 'sine'>, PointDrawer> = {
  xor: drawXor,
  rings: drawRings,
  blobs: drawBlobs,
  spirals: drawSpirals,
  moons: drawMoons,
};

function classificationSamples(draw: PointDrawer, count: number, noise: number, rng: Rng): Sample[] {
  const positives = Math.floor(count / 2);
  const samples: Sample[] = [];
  for (const [label, n] of [
    [1, positives],
    [0, count - positives],
  ] as const) {
    for (let i = 0; i < n; i++) samples.push({ x: draw(label, i, n, noise, rng), y: [label] });
  }
  return samples;
}

/** Sine: x ~ U[−1, 1), y = sin(πx) + U[−n, n). */
function sineSamples(count: number, noise: number, rng: Rng): Sample[] {
  return Array.from({ length: count }, () => {
    const x = uniform(rng, -1, 1);
    return { x: [x], y: [Math.sin(Math.PI * x) + jitter(rng, noise)] };
  });
}

/**
 * Check dataset options given as plain data (store, URL, scenario) and fill in the defaults.
 * Throws an EngineError naming the field (prefixed by `path` when given).
 */
export function resolveDatasetOptions(value: unknown, path = ''): ResolvedDatasetOptions {
  const field = (name: string): string => (path ? `${path}.${name}` : name);
  const options = expectRecord(value, path);
  const kind = options.kind;
  if (typeof kind !== 'string' || !(DATASET_KINDS as readonly string[]).includes(kind)) {
    throw new EngineError(
      field('kind'),
      `unknown dataset ${describeValue(kind)} (one of ${DATASET_KINDS.join(', ')})`,
      'unknown-dataset',
      { value: describeValue(kind), choices: DATASET_KINDS.join(', ') },
    );
  }
  const number = (name: keyof typeof DATASET_DEFAULTS): number =>
    options[name] === undefined ? DATASET_DEFAULTS[name] : expectFinite(options[name], field(name));
  const inRange = (name: string, v: number, min: number, max: number, integer: boolean): void => {
    if (integer && !Number.isInteger(v))
      throw new EngineError(field(name), `must be a whole number (got ${v})`, 'whole-number', { value: v });
    if (v < min || v > max)
      throw new EngineError(field(name), `must be between ${min} and ${max} (got ${v})`, 'out-of-range', {
        min,
        max,
        value: v,
      });
  };
  const count = number('count');
  inRange('count', count, DATASET_LIMITS.minCount, DATASET_LIMITS.maxCount, true);
  const noise = number('noise');
  inRange('noise', noise, 0, DATASET_LIMITS.maxNoise, false);
  const testFraction = number('testFraction');
  inRange('testFraction', testFraction, 0, DATASET_LIMITS.maxTestFraction, false);
  const seed = number('seed');
  inRange('seed', seed, -(2 ** 31), 2 ** 32 - 1, true);
  return { kind: kind as DatasetKind, count, noise, testFraction, seed };
}

/**
 * Draw `count` samples of the given kind from createRng(seed), then split them with a seeded
 * shuffle: the first round(count·testFraction) shuffled samples (at most count − 1) are the test
 * set, the rest the training set. The points and the shuffle do not depend on testFraction, so a
 * larger fraction only moves samples from train to test.
 */
export function generateDataset(options: DatasetOptions): Dataset {
  const { kind, count, noise, seed, testFraction } = resolveDatasetOptions(options);
  const rng = createRng(seed);
  const samples =
    kind === 'sine'
      ? sineSamples(count, noise, rng)
      : classificationSamples(DRAWERS[kind], count, noise, rng);
  const order = shuffledIndices(count, rng);
  const testSize = Math.min(count - 1, Math.round(count * testFraction));
  const pick = (i: number): Sample => samples[i]!;
  return {
    kind,
    task: datasetTask(kind),
    test: order.slice(0, testSize).map(pick),
    train: order.slice(testSize).map(pick),
  };
}

/** A fresh visiting order for one epoch: a uniform random permutation of 0..n−1 (Fisher–Yates). */
export function epochOrder(n: number, rng: Rng): number[] {
  return shuffledIndices(n, rng);
}

/** Half-open index range [start, end) into an epoch order. */
export interface BatchRange {
  start: number;
  end: number;
}

/**
 * Cut 0..n−1 into consecutive mini-batches of batchSize; the last one holds the remaining
 * n mod batchSize samples when that is not 0 (as torch's DataLoader with drop_last = false).
 */
export function batchRanges(n: number, batchSize: number): BatchRange[] {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new EngineError('batchSize', `must be a whole number of at least 1 (got ${batchSize})`);
  }
  const ranges: BatchRange[] = [];
  for (let start = 0; start < n; start += batchSize)
    ranges.push({ start, end: Math.min(n, start + batchSize) });
  return ranges;
}

/** The samples of one mini-batch: samples[order[k]] for k in [range.start, range.end). */
export function batchSamples(
  samples: readonly Sample[],
  order: readonly number[],
  range: BatchRange,
): Sample[] {
  const batch: Sample[] = [];
  for (let k = range.start; k < range.end; k++) batch.push(samples[order[k]!]!);
  return batch;
}
