import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { PLANE_EXTENT } from '../../../src/viz/boundary';
import { LOG_FLOOR } from '../../../src/viz/lossChart';
import { axisTicks, formatTick, lossScale, lossTicks } from '../../../src/viz/ticks';

describe('axisTicks', () => {
  it('gives round values at their pixel positions', () => {
    const scale = scaleLinear().domain(PLANE_EXTENT).range([40, 300]);
    const ticks = axisTicks(scale);
    expect(ticks.map((t) => t.value)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(ticks[2]).toEqual({ value: 0, position: scale(0), label: '0' });
    expect(ticks[0]?.label).toBe('−1');
  });
});

describe('lossTicks', () => {
  it('gives whole decades, at most about five, across a wide log range', () => {
    const scale = lossScale([LOG_FLOOR, 1], true, [200, 0]);
    const ticks = lossTicks(scale, true);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const t of ticks) {
      expect(Math.log10(t.value) % 1).toBeCloseTo(0, 9);
      expect(t.position).toBe(scale(t.value));
    }
    expect(ticks[0]?.label).toBe('1e-12');
  });

  it('gives 1-2-5 steps across a narrow log range', () => {
    const scale = lossScale([0.15, 0.7], true, [200, 0]);
    expect(lossTicks(scale, true).map((t) => t.label)).toEqual(['0.1', '0.2', '0.5', '1']);
  });

  it('thins 1-2-5 log ticks, then decades, until neighbours are minSpacing pixels apart', () => {
    const scale = lossScale([0.15, 0.7], true, [40, 0]);
    const labels = (minSpacing: number) => lossTicks(scale, true, 5, minSpacing).map((t) => t.label);
    expect(labels(0)).toEqual(['0.1', '0.2', '0.5', '1']);
    // 40 px per decade: 1→2 is 12 px, 1→3 is 19 px.
    expect(labels(15)).toEqual(['0.1', '0.3', '1']);
    expect(labels(25)).toEqual(['0.1', '1']);
    const wide = lossScale([LOG_FLOOR, 1], true, [100, 0]);
    const decades = lossTicks(wide, true, 5, 30).map((t) => wide(t.value));
    decades.slice(1).forEach((y, i) => expect(decades[i]! - y).toBeGreaterThanOrEqual(30));
  });

  it('drops linear ticks until neighbours are minSpacing pixels apart', () => {
    const scale = lossScale([0, 1], false, [60, 0]);
    expect(lossTicks(scale, false, 5).length).toBe(6);
    const ys = lossTicks(scale, false, 5, 20).map((t) => scale(t.value));
    expect(ys.length).toBeGreaterThanOrEqual(2);
    ys.slice(1).forEach((y, i) => expect(ys[i]! - y).toBeGreaterThanOrEqual(20));
  });
});

describe('formatTick', () => {
  it('keeps labels short: plain decimals in the middle, exponents at the extremes', () => {
    expect([0, 0.05, 0.0015, 1500, 1e-12, 2.5e-4, 25_000].map(formatTick)).toEqual([
      '0',
      '0.05',
      '0.0015',
      '1500',
      '1e-12',
      '2.5e-4',
      '2.5e+4',
    ]);
  });
});
