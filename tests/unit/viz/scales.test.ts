import { interpolatePuOr as chromaticPuOr } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { color } from 'd3-color';
import { contrastOnWhite } from './support/contrast';
import {
  DIRECTION_COLORS,
  DIRECTION_TEXT_COLORS,
  interpolatePuOr,
  magnitude,
  strokeColor,
  strokeWidth,
  valueColor,
} from '../../../src/viz/scales';

const hue = (css: string) => color(css)!.rgb();

describe('magnitude', () => {
  it('is 0 at 0, grows with |v| symmetrically and saturates at 1', () => {
    expect(magnitude(0)).toBe(0);
    expect(magnitude(-0.3)).toBe(magnitude(0.3));
    expect(magnitude(0.001)).toBeLessThan(magnitude(0.01));
    expect(magnitude(0.01)).toBeLessThan(magnitude(1));
    expect(magnitude(1e6)).toBe(1);
    expect(magnitude(Infinity)).toBe(1);
  });

  it('makes small gradients visible (log-like near zero)', () => {
    expect(magnitude(0.01)).toBeGreaterThan(0.05);
  });
});

describe('valueColor', () => {
  it('tells sign by hue: positive purple (blue > red), negative orange (red > blue)', () => {
    expect(hue(valueColor(1)).b).toBeGreaterThan(hue(valueColor(1)).r);
    expect(hue(valueColor(-1)).r).toBeGreaterThan(hue(valueColor(-1)).b);
  });

  it('is near white at zero and darker for larger magnitude', () => {
    expect(contrastOnWhite(valueColor(0))).toBeLessThan(1.2);
    expect(contrastOnWhite(valueColor(2))).toBeGreaterThan(contrastOnWhite(valueColor(0.05)));
  });
});

describe('strokeColor and strokeWidth', () => {
  it('keep even a zero weight visible on white', () => {
    expect(contrastOnWhite(strokeColor(0))).toBeGreaterThan(3);
    expect(contrastOnWhite(strokeColor(-0.0001))).toBeGreaterThan(3);
  });

  it('grow the stroke with |v|, and more in presentation mode', () => {
    expect(strokeWidth(0, false)).toBe(1);
    expect(strokeWidth(-2, false)).toBeGreaterThan(strokeWidth(0.2, false));
    expect(strokeWidth(0.5, true)).toBeGreaterThan(strokeWidth(0.5, false));
  });
});

describe('direction colours', () => {
  it('use the Okabe–Ito blue and vermillion', () => {
    expect(DIRECTION_COLORS).toEqual({ forward: '#0072B2', backward: '#D55E00' });
  });

  it('text shades reach WCAG AA contrast on white', () => {
    expect(contrastOnWhite(DIRECTION_TEXT_COLORS.forward)).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite(DIRECTION_TEXT_COLORS.backward)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('PuOr, built here rather than imported', () => {
  it("equals d3-scale-chromatic's interpolatePuOr at 1001 points", () => {
    for (let k = 0; k <= 1000; k++) expect(interpolatePuOr(k / 1000)).toBe(chromaticPuOr(k / 1000));
  });
});
