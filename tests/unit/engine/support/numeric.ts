/**
 * Numeric helpers for the engine tests: finite differences and a closeness measure that is relative
 * for large numbers and absolute near zero, so one tolerance fits losses, gradients and weights.
 */

/** |a − b| / max(1, |a|, |b|): relative above 1, absolute below. */
export function deviation(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}

export interface WorstDeviation {
  deviation: number;
  path: string;
  actual: number;
  expected: number;
}

/**
 * The largest `deviation` between two nested structures of numbers (arrays, typed arrays, objects)
 * of the same shape, keyed by the expected one. A missing entry, a shape mismatch or a non-finite
 * number counts as an infinite deviation, so it can never pass.
 */
export function worstDeviation(actual: unknown, expected: unknown, path = ''): WorstDeviation {
  const mismatch = { deviation: Infinity, path: `${path} (shape)`, actual: NaN, expected: NaN };
  if (typeof expected === 'number') {
    const a = typeof actual === 'number' ? actual : NaN;
    const d = Number.isFinite(a) && Number.isFinite(expected) ? deviation(a, expected) : Infinity;
    return { deviation: d, path, actual: a, expected };
  }
  if (typeof expected !== 'object' || expected === null) return mismatch;
  if (typeof actual !== 'object' || actual === null) return mismatch;
  const arrayLike = (v: object): v is ArrayLike<unknown> => Array.isArray(v) || ArrayBuffer.isView(v);
  let keys: string[];
  if (arrayLike(expected)) {
    if (!arrayLike(actual) || actual.length !== expected.length) return mismatch;
    keys = Array.from({ length: expected.length }, (_, i) => String(i));
  } else {
    keys = Object.keys(expected).filter(
      (key) => typeof (expected as Record<string, unknown>)[key] !== 'string',
    );
  }
  let worst: WorstDeviation = { deviation: 0, path, actual: 0, expected: 0 };
  for (const key of keys) {
    const w = worstDeviation(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      arrayLike(expected) ? `${path}[${key}]` : `${path}.${key}`,
    );
    if (w.deviation > worst.deviation) worst = w;
  }
  return worst;
}

export function describeWorst(w: WorstDeviation): string {
  return `worst deviation ${w.deviation} at ${w.path}: ${w.actual} vs ${w.expected}`;
}

/** (f(x + h) − f(x − h)) / 2h */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-6): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/**
 * The five-point central difference (−f(x+2h) + 8f(x+h) − 8f(x−h) + f(x−2h)) / 12h: error O(h⁴), so a
 * larger h keeps round-off small without losing accuracy.
 */
export function centralDifference5(f: (x: number) => number, x: number, h = 1e-4): number {
  return (-f(x + 2 * h) + 8 * f(x + h) - 8 * f(x - h) + f(x - 2 * h)) / (12 * h);
}

/** The vector of central differences of f at v, one coordinate at a time (v is restored). */
export function numericGradient(f: (v: number[]) => number, v: number[], h = 1e-6): number[] {
  return v.map((_, i) => {
    const original = v[i]!;
    const g = centralDifference(
      (t) => {
        v[i] = t;
        return f(v);
      },
      original,
      h,
    );
    v[i] = original;
    return g;
  });
}

/** n evenly spaced numbers from lo to hi inclusive. */
export function linspace(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}
