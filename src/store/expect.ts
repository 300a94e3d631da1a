/**
 * Checks of the values a saved lesson stores, beside the engine's (expectRecord, expectVector,
 * expectFinite): each throws EngineError naming the field.
 */
import { EngineError, describeValue } from '../engine';

export function expectCount(value: unknown, field: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new EngineError(
      field,
      `must be a whole number from 0 to ${max} (got ${describeValue(value)})`,
      'whole-number-range',
      { max, value: describeValue(value) },
    );
  }
  return value;
}

export function expectBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean')
    throw new EngineError(field, `must be true or false (got ${describeValue(value)})`, 'not-boolean', {
      value: describeValue(value),
    });
  return value;
}

export function expectArray(value: unknown, field: string, length?: number): unknown[] {
  if (!Array.isArray(value)) throw new EngineError(field, 'must be an array', 'not-an-array');
  if (length !== undefined && value.length !== length)
    throw new EngineError(field, `must have ${length} entries (has ${value.length})`, 'wrong-length', {
      expected: length,
      actual: value.length,
    });
  return value;
}

/** Whether two plain values serialise alike (how a lesson tells a default it need not store). */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
