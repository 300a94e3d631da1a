/**
 * Numeric helpers for the engine tests: finite differences and a closeness measure that is relative
 * for large numbers and absolute near zero, so one tolerance fits losses, gradients and weights; and
 * an exact comparison for the edge-value tests.
 */
import { expect } from 'vitest';

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

// Edge values: exact where the edge is the point (NaN, ±Infinity, ±0, subnormals), one rounding elsewhere.

/** The smallest positive subnormal double, 2^−1074. */
export const TINY = 5e-324;

/** True when `actual` is `expected`: Object.is for NaN, ±Infinity, ±0 and subnormals; 1e-15 relative otherwise. */
export function sameNumber(actual: number, expected: number): boolean {
  if (!Number.isFinite(expected) || Math.abs(expected) < 2.2250738585072014e-308) {
    return Object.is(actual, expected);
  }
  return Math.abs(actual - expected) <= 1e-15 * Math.abs(expected);
}

/** Expects `actual` to equal `expected` entry by entry in the sense of sameNumber. */
export function expectSameNumbers(
  actual: ArrayLike<number>,
  expected: readonly number[],
  what: string,
): void {
  const got = Array.from(actual);
  const ok = got.length === expected.length && got.every((value, k) => sameNumber(value, expected[k]!));
  expect(ok, `${what}: got [${got.map(show).join(', ')}], expected [${expected.map(show).join(', ')}]`).toBe(
    true,
  );
}

/** Writes −0 as "-0" (String(−0) is "0"). */
export const show = (value: number): string => (Object.is(value, -0) ? '-0' : String(value));
