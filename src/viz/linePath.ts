/**
 * An SVG path through points, straight segments, broken where a point is not defined: what
 * d3-shape's `line().defined(…)` with its default linear curve writes ("M0,1L2,3", a lone point
 * as "M0,1Z", coordinates rounded to 3 decimals), without d3-shape, which does not tree-shake and
 * would weigh 11 kB in the first paint.
 */
/** A thousandth of a pixel, as d3-path's digits(3). */
function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

export function linePath<T>(
  data: readonly T[],
  defined: (d: T, i: number) => boolean,
  x: (d: T, i: number) => number,
  y: (d: T, i: number) => number,
): string {
  let out = '';
  let run = 0;
  data.forEach((d, i) => {
    if (!defined(d, i)) {
      if (run === 1) out += 'Z';
      run = 0;
      return;
    }
    out += `${run === 0 ? 'M' : 'L'}${round(x(d, i))},${round(y(d, i))}`;
    run++;
  });
  if (run === 1) out += 'Z';
  return out;
}
