/**
 * Numbers typed by a person: "0.1", "1e-3", "-2", and fractions such as "1/3". Anything else is
 * refused with the field named, never coerced (Number("") is 0, and "0x10" is 16: neither is meant).
 */
import { EngineError, describeValue } from '../engine';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseNumber(value: number | string, field: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new EngineError(field, `must be a finite number (got ${value})`, 'not-finite', { value });
    return value;
  }
  const text = value.trim().replace(/\u2212/g, '-');
  const parts = text.split('/');
  if (parts.length === 2 && DECIMAL.test(parts[0]!.trim()) && DECIMAL.test(parts[1]!.trim())) {
    const quotient = Number(parts[0]) / Number(parts[1]);
    if (Number.isFinite(quotient)) return quotient;
    throw new EngineError(field, `cannot divide by zero (${describeValue(value)})`, 'divide-by-zero', {
      value: describeValue(value),
    });
  }
  if (DECIMAL.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  throw new EngineError(
    field,
    `must be a number such as 0.1 or 1e-3 (got ${describeValue(value)})`,
    'not-a-number',
    { value: describeValue(value) },
  );
}
