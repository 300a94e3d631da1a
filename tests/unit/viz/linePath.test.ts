import { describe, expect, it } from 'vitest';
import { line } from 'd3-shape';
import { linePath } from '../../../src/viz/linePath';

/** d3-shape's line, as the charts drew their paths before: the reference. */
function d3Path(values: readonly number[]): string {
  return (
    line<number>()
      .defined((v) => Number.isFinite(v))
      .x((_, i) => i * 1.5)
      .y((v) => v)(values) ?? ''
  );
}

describe('linePath', () => {
  const cases: number[][] = [
    [],
    [1],
    [1, 2, 3],
    [NaN, 1, 2],
    [1, NaN, 2, 3],
    [1, 2, NaN, 3],
    [NaN, NaN],
    [0.1 + 0.2, -1e-7, 123456.789, Infinity, 4],
    [-0, 5e-324, 1e21],
  ];
  it.each(cases)('writes what d3-shape writes for %j', (...values) => {
    const path = linePath(
      values,
      (v) => Number.isFinite(v),
      (_, i) => i * 1.5,
      (v) => v,
    );
    expect(path).toBe(d3Path(values));
  });
});
