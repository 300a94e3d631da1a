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
 * The largest `deviation` between two nested number arrays (or typed arrays) of the same shape. A
 * shape mismatch or a non-finite number counts as an infinite deviation, so it can never pass.
 */
export function worstDeviation(actual: unknown, expected: unknown, path = ''): WorstDeviation {
  if (typeof expected === 'number') {
    const a = typeof actual === 'number' ? actual : NaN;
    const d = Number.isFinite(a) && Number.isFinite(expected) ? deviation(a, expected) : Infinity;
    return { deviation: d, path, actual: a, expected };
  }
  const exp = expected as ArrayLike<unknown>;
  const act = actual as ArrayLike<unknown> | undefined;
  if (!act || typeof act !== 'object' || act.length !== exp.length) {
    return { deviation: Infinity, path: `${path} (shape)`, actual: NaN, expected: NaN };
  }
  let worst: WorstDeviation = { deviation: 0, path, actual: 0, expected: 0 };
  for (let i = 0; i < exp.length; i++) {
    const w = worstDeviation(act[i], exp[i], `${path}[${i}]`);
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
