import { describe, expect, it } from 'vitest';
import {
  attributeValue,
  formatFactor,
  formatFull,
  formatOldNew,
  formatPercentChange,
  formatShape,
  formatValue,
  MAX_VALUE_CHARS,
  valueCharsBound,
} from '../../../src/viz/format';

describe('formatValue', () => {
  it('rounds to 4 significant digits and trims trailing zeros', () => {
    expect(formatValue(0.3775)).toBe('0.3775');
    expect(formatValue(0.593269992)).toBe('0.5933');
    expect(formatValue(0.5)).toBe('0.5');
    expect(formatValue(123.456)).toBe('123.5');
  });

  it('writes negatives with a true minus sign', () => {
    expect(formatValue(-0.0381)).toBe('−0.0381');
  });

  it('switches to exponent notation for very small and very large magnitudes', () => {
    expect(formatValue(1.23456e-7)).toBe('1.235e−7');
    expect(formatValue(-2.5e-12)).toBe('−2.5e−12');
    expect(formatValue(123456)).toBe('1.235e5');
  });

  it('writes zero, infinities and NaN legibly', () => {
    expect(formatValue(0)).toBe('0');
    expect(formatValue(-0)).toBe('0');
    expect(formatValue(Infinity)).toBe('∞');
    expect(formatValue(-Infinity)).toBe('−∞');
    expect(formatValue(NaN)).toBe('NaN');
  });

  it('never returns more than MAX_VALUE_CHARS characters', () => {
    const samples = [-1.2345e-10, -0.00123456, -99999.9, -1e300, -1.2345e-300, 0.00099999, -0.000999949];
    for (let e = -15; e <= 15; e++) samples.push(-1.23456789 * 10 ** e, 9.9999 * 10 ** e);
    for (const x of samples) expect(formatValue(x).length, String(x)).toBeLessThanOrEqual(MAX_VALUE_CHARS);
  });
});

describe('valueCharsBound', () => {
  it('is never below the length formatValue writes, and at most MAX_VALUE_CHARS', () => {
    const samples = [0, -0, NaN, Infinity, -Infinity, 0.01, -0.01, 0.00999999, -0.0099995, 1e-3, -9.99949e-4];
    samples.push(99999.9, -99999.96, 1e5, -1e5, -1e-9, -9.9999e-10, -1e-100, 1e300, Number.MIN_VALUE);
    for (let e = -320; e <= 300; e += 0.37) samples.push(10 ** e, -1.2345 * 10 ** e, -9.99996 * 10 ** e);
    for (const x of samples) {
      expect(valueCharsBound(x), String(x)).toBeGreaterThanOrEqual(formatValue(x).length);
      expect(valueCharsBound(x), String(x)).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    }
  });

  it('allows 8 characters for the usual values and more only for small or huge ones', () => {
    expect(valueCharsBound(-0.08505)).toBe(8);
    expect(valueCharsBound(0.5933)).toBe(7);
    expect(valueCharsBound(-0.001234)).toBe(9);
    expect(valueCharsBound(-3.872e-6)).toBe(9);
    expect(valueCharsBound(-1.5e-12)).toBe(10);
  });
});

describe('formatFull and attributeValue', () => {
  it('keep every digit, as String(n)', () => {
    expect(formatFull(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(attributeValue(0.5932699921071872)).toBe('0.5932699921071872');
  });

  it('attributeValue leaves an absent value absent', () => {
    expect(attributeValue(undefined)).toBeUndefined();
    expect(attributeValue(0)).toBe('0');
  });
});

describe('formatFactor', () => {
  it('puts negative factors in parentheses', () => {
    expect(formatFactor(-0.2)).toBe('(−0.2)');
    expect(formatFactor(0.2)).toBe('0.2');
  });
});

describe('formatOldNew', () => {
  it('writes old → new when it fits', () => {
    expect(formatOldNew(0.4, 0.35891648, 17)).toBe('0.4 → 0.3589');
    expect(formatOldNew(-0.3589, -0.3612, 17)).toBe('−0.3589 → −0.3612');
  });

  it('falls back to → new when the pair is too wide', () => {
    expect(formatOldNew(-0.0012345, -0.0012346, 17)).toBe('→ −0.001235');
  });
});

describe('formatShape', () => {
  it('joins dimensions with ×', () => {
    expect(formatShape([2, 3])).toBe('2×3');
  });
});

describe('formatPercentChange', () => {
  it('writes the relative change with its sign and 2 significant digits', () => {
    expect(formatPercentChange(0.2279, 0.1038)).toBe('−54');
    expect(formatPercentChange(0.6931, 0.6802)).toBe('−1.9');
    expect(formatPercentChange(0.5, 0.5026)).toBe('+0.52');
    expect(formatPercentChange(1, 0)).toBe('−100');
    expect(formatPercentChange(0.3, 0.3)).toBe('0');
  });

  it('switches to exponent notation for tiny and huge changes, so it stays short', () => {
    expect(formatPercentChange(1, 1 - 1.234e-7)).toBe('−1.2e−5');
    expect(formatPercentChange(0.01, 4)).toBe('+4e4');
    expect(formatPercentChange(1, 1 - 1.234e-10)!.length).toBeLessThanOrEqual(7);
  });

  it('has no percentage for a zero or non-finite loss', () => {
    expect(formatPercentChange(0, 0.1)).toBeNull();
    expect(formatPercentChange(0.5, Infinity)).toBeNull();
    expect(formatPercentChange(Number.NaN, 0.1)).toBeNull();
  });
});
