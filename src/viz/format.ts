/**
 * Number formats. The graph shows 4 significant digits so a student can compare with a hand
 * calculation; attributes and tooltips carry the full double so nothing is lost.
 */
import { format } from 'd3-format';

const decimal = format('.4~r');
const exponent = format('.3~e');

/** Widest string formatValue can return ("−1.234e−10"); the layout reserves room for it. */
export const MAX_VALUE_CHARS = 10;

/** Plain decimals read best in this range; outside it they grow long, so exponent notation takes over. */
const DECIMAL_MIN = 1e-3;
const DECIMAL_MAX = 1e5;

/**
 * x rounded to 4 significant digits for the eye: 0.3775, −0.0381, 1.234e−7, with a true minus sign
 * (d3-format's locale) and trailing zeros trimmed.
 */
export function formatValue(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (magnitude >= DECIMAL_MIN && magnitude < DECIMAL_MAX) return decimal(x);
  const text = exponential(x, 3);
  // Three-digit exponents (|x| < 1e−99 or ≥ 1e100) give up mantissa digits to keep the width.
  return text.length <= MAX_VALUE_CHARS ? text : exponential(x, 3 - (text.length - MAX_VALUE_CHARS));
}

function exponential(x: number, fractionDigits: number): string {
  const text = fractionDigits === 3 ? exponent(x) : format(`.${Math.max(0, fractionDigits)}~e`)(x);
  return text.replace('e-', 'e−').replace('e+', 'e');
}

/**
 * An upper bound on formatValue(x).length, without formatting (it runs over every value of the graph
 * on each change): at most 8 characters for 0.01 ≤ |x| < 1e5, one more for 1e−3 ≤ |x| < 0.01, and
 * sign + "1.234e−" + exponent digits in exponent notation.
 */
export function valueCharsBound(x: number): number {
  const magnitude = Math.abs(x);
  if (!Number.isFinite(x) || magnitude === 0) return 3;
  const sign = x < 0 ? 1 : 0;
  if (magnitude >= 0.01 && magnitude < DECIMAL_MAX) return 7 + sign;
  if (magnitude >= DECIMAL_MIN && magnitude < 0.01) return 8 + sign;
  const exponentDigits = String(Math.abs(Math.floor(Math.log10(magnitude)))).length;
  return Math.min(MAX_VALUE_CHARS, sign + 7 + exponentDigits);
}

/** The full double, exactly as String(n) writes it (the DOM-contract attributes use the same). */
export function formatFull(x: number): string {
  return String(x);
}

/** An attribute value, or undefined so React leaves the attribute out while the value is absent. */
export function attributeValue(x: number | undefined): string | undefined {
  return x === undefined ? undefined : formatFull(x);
}

const percentDecimal = format('.2~r');
const percentExponent = format('.1~e');

/**
 * The relative change from `before` to `after` in per cent, with its sign and 2 significant digits:
 * "−54", "+3.1", "−0.52", "−1.2e−3"; "0" for no change. Null where a percentage means nothing (a
 * zero or non-finite value).
 */
export function formatPercentChange(before: number, after: number): string | null {
  if (!Number.isFinite(before) || !Number.isFinite(after) || before === 0) return null;
  const percent = ((after - before) / Math.abs(before)) * 100;
  if (percent === 0) return '0';
  const size = Math.abs(percent);
  const digits =
    size >= 0.01 && size < 1000
      ? percentDecimal(size)
      : percentExponent(size).replace('e-', 'e−').replace('e+', 'e');
  return (percent < 0 ? '−' : '+') + digits;
}

/** A factor inside a product: negatives in parentheses, so "0.4·(−0.0381)" reads unambiguously. */
export function formatFactor(x: number): string {
  const text = formatValue(x);
  return x < 0 || Object.is(x, -0) ? `(${text})` : text;
}

/** A tensor shape as the UI writes it: [2, 3] → "2×3". */
export function formatShape(shape: readonly number[]): string {
  return shape.join('×');
}

/**
 * "old → new" when it fits in maxChars characters, else "→ new" (the old value stays in the
 * tooltip): labels have a fixed width, reserved for the usual 7-character values.
 */
export function formatOldNew(oldValue: number, newValue: number, maxChars: number): string {
  const both = `${formatValue(oldValue)} → ${formatValue(newValue)}`;
  return both.length <= maxChars ? both : `→ ${formatValue(newValue)}`;
}
