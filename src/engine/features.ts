/**
 * Input features computed from the raw coordinates, as TensorFlow Playground's feature toggles:
 * the network sees the chosen features instead of (or besides) x₁ and x₂, so a circle becomes a
 * line in (x₁², x₂²) and XOR a line in x₁x₂.
 *
 * The sine features use sin(πx), not sin(x): our data lie in [−1, 1], where sin x is almost the
 * identity; sin(πx) spans one full period there, as Playground's sin x does on its [−6, 6] plane.
 *
 * 1-D data ('sine') has only x₁; its available features are x₁, x₁², sin πx₁ (FEATURES_1D). Asking
 * for a feature that reads x₂ on 1-D samples is an error rather than a silent column of zeros.
 */
import { EngineError } from './errors';
import type { Sample } from './model';
import { describeValue } from './validate';

export const FEATURE_NAMES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface Feature {
  name: FeatureName;
  /** Display label, with Unicode sub/superscripts. */
  label: string;
  /** Whether the feature reads x₂ (so it is unavailable for 1-D data). */
  usesX2: boolean;
  compute(x1: number, x2: number): number;
}

export const FEATURES: readonly Feature[] = [
  { name: 'x1', label: 'x₁', usesX2: false, compute: (x1) => x1 },
  { name: 'x2', label: 'x₂', usesX2: true, compute: (_x1, x2) => x2 },
  { name: 'x1sq', label: 'x₁²', usesX2: false, compute: (x1) => x1 * x1 },
  { name: 'x2sq', label: 'x₂²', usesX2: true, compute: (_x1, x2) => x2 * x2 },
  { name: 'x1x2', label: 'x₁x₂', usesX2: true, compute: (x1, x2) => x1 * x2 },
  { name: 'sinx1', label: 'sin πx₁', usesX2: false, compute: (x1) => Math.sin(Math.PI * x1) },
  { name: 'sinx2', label: 'sin πx₂', usesX2: true, compute: (_x1, x2) => Math.sin(Math.PI * x2) },
];

export const FEATURE_BY_NAME = Object.fromEntries(FEATURES.map((f) => [f.name, f])) as Record<
  FeatureName,
  Feature
>;

/** Features available for 1-D data: those that read x₁ only. */
export const FEATURES_1D: readonly FeatureName[] = FEATURES.filter((f) => !f.usesX2).map((f) => f.name);

export function availableFeatures(dimension: 1 | 2): readonly FeatureName[] {
  return dimension === 1 ? FEATURES_1D : FEATURE_NAMES;
}

/** The raw inputs: [x1, x2] for plane data, [x1] for 1-D data. */
export function defaultFeatures(dimension: 1 | 2): FeatureName[] {
  return dimension === 1 ? ['x1'] : ['x1', 'x2'];
}

/**
 * Check a feature list given as plain data: non-empty, known names, no repeats, and only x₁
 * features for 1-D data. Throws an EngineError naming the field (e.g. `features[2]`).
 */
export function validateFeatures(value: unknown, dimension: 1 | 2, field = 'features'): FeatureName[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new EngineError(field, 'must be a non-empty list of input features', 'features-empty');
  }
  const allowed = availableFeatures(dimension);
  const seen = new Set<string>();
  value.forEach((name: unknown, i) => {
    const path = `${field}[${i}]`;
    if (typeof name !== 'string' || !(FEATURE_NAMES as readonly string[]).includes(name)) {
      throw new EngineError(
        path,
        `unknown feature ${describeValue(name)} (one of ${FEATURE_NAMES.join(', ')})`,
        'unknown-feature',
        { value: describeValue(name), choices: FEATURE_NAMES.join(', ') },
      );
    }
    if (!(allowed as readonly string[]).includes(name)) {
      const feature = FEATURE_BY_NAME[name as FeatureName].label;
      throw new EngineError(path, `${feature} needs two inputs (x₁, x₂)`, 'feature-needs-two-inputs', {
        feature,
      });
    }
    if (seen.has(name))
      throw new EngineError(path, `${describeValue(name)} is listed twice`, 'feature-twice', {
        value: describeValue(name),
      });
    seen.add(name);
  });
  return value as FeatureName[];
}

/**
 * out[k] = φ_k(x1, x2) for the k-th chosen feature φ_k. Writes into `out` and allocates nothing,
 * as the decision-boundary heatmap calls it for every cell of every frame. Returns `out`.
 */
export function featureVector(
  x1: number,
  x2: number,
  features: readonly FeatureName[],
  out: Float64Array,
): Float64Array {
  for (let k = 0; k < features.length; k++) out[k] = FEATURE_BY_NAME[features[k]!].compute(x1, x2);
  return out;
}

/**
 * Map raw samples (x = [x1, x2], or [x1] for 1-D data) to x = [φ_1(x1, x2), …, φ_K(x1, x2)];
 * targets are copied unchanged. All samples must have the same number of raw inputs.
 */
export function applyFeatures(samples: readonly Sample[], features: readonly FeatureName[]): Sample[] {
  const first = samples[0];
  if (first === undefined) return [];
  const dimension = first.x.length;
  if (dimension !== 1 && dimension !== 2) {
    throw new EngineError('samples[0].x', `must have 1 or 2 raw inputs (has ${dimension})`);
  }
  validateFeatures(features, dimension);
  const out = new Float64Array(features.length);
  return samples.map((sample, i) => {
    if (sample.x.length !== dimension) {
      throw new EngineError(`samples[${i}].x`, `must have ${dimension} raw inputs like samples[0]`);
    }
    featureVector(sample.x[0]!, sample.x[1] ?? 0, features, out);
    return { x: Array.from(out), y: sample.y.slice() };
  });
}
