/**
 * Number checks written independently of the app's d3-based formatter, so a formatting bug in the
 * app cannot hide itself from the tests.
 */

/** Full-precision attributes must agree with the engine to this absolute tolerance. */
export const ATTRIBUTE_TOLERANCE = 1e-12;

const MINUS = '\u2212';

/**
 * x rounded to 4 significant digits as the graph shows it: trailing zeros trimmed, a true minus sign,
 * plain decimals for 1e−3 ≤ |x| < 1e5 and "1.234e−7" exponent notation outside that range.
 */
export function fourSignificant(x: number): string {
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (magnitude >= 1e-3 && magnitude < 1e5) return String(Number(x.toPrecision(4))).replace('-', MINUS);
  const [mantissa = '', exponent = ''] = x.toExponential(3).split('e');
  return `${String(Number(mantissa)).replace('-', MINUS)}e${exponent.replace('+', '').replace('-', MINUS)}`;
}

/** Whether the attribute text `actual` is a number within ATTRIBUTE_TOLERANCE of `expected`. */
export function attributeMatches(actual: string | undefined, expected: number): boolean {
  if (actual === undefined || actual.trim() === '') return false;
  return Math.abs(Number(actual) - expected) <= ATTRIBUTE_TOLERANCE;
}
