/**
 * Axis ticks, one type for every axis the app draws (loss chart, decision boundary, gradient norms):
 * the value, where it sits along its axis in pixels, and its label.
 */
import { format } from 'd3-format';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric, type ScaleLinear } from 'd3-scale';

export interface Tick {
  value: number;
  /** Pixels along the axis: scale(value). */
  position: number;
  label: string;
}

const formatShortTick = format('~g');

/** About `count` round tick values of a linear scale, with their pixel positions and short labels. */
export function axisTicks(scale: ScaleLinear<number, number>, count = 5): Tick[] {
  return scale
    .ticks(count)
    .map((value) => ({ value, position: scale(value), label: formatShortTick(value) }));
}

const formatPlainTick = format('.4~g');
const formatExponentTick = format('.1~e');

/** Axis labels of at most about six characters, so they fit the left margin: 0.05, 1500, 1e-12, 2.5e+4. */
export function formatTick(value: number): string {
  const size = Math.abs(value);
  return size !== 0 && (size < 1e-3 || size >= 1e4) ? formatExponentTick(value) : formatPlainTick(value);
}

export type LossScale = ScaleContinuousNumeric<number, number>;

/** Linear or log loss scale over `domain`, mapped onto [bottom, top] pixels and niced. */
export function lossScale(domain: [number, number], logScale: boolean, range: [number, number]): LossScale {
  return logScale
    ? scaleLog().domain(domain).range(range).nice()
    : scaleLinear().domain(domain).range(range).nice();
}

/**
 * Loss axis ticks. A log axis gets whole decades, thinned to about `count`, or 1-2-5 steps when it
 * spans fewer than three decades; d3's default log ticks (every 1..9) would overlap. Ticks are
 * thinned further until neighbours are at least `minSpacing` pixels apart, so labels never stack.
 */
export function lossTicks(scale: LossScale, logScale: boolean, count = 5, minSpacing = 0): Tick[] {
  const tick = (value: number) => ({ value, position: scale(value), label: formatTick(value) });
  const spaced = (ticks: number[]) =>
    ticks.every((t, i) => i === 0 || Math.abs(scale(t) - scale(ticks[i - 1]!)) >= minSpacing);
  if (!logScale) {
    let n = count;
    while (n > 1 && !spaced(scale.ticks(n))) n--;
    return scale.ticks(n).map(tick);
  }
  const all = scale.ticks();
  const mantissa = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
  const decades = all.filter((t) => mantissa(t) === 1);
  if (decades.length < 3) {
    const steps = [[1, 2, 5], [1, 3], [1]].map((keep) => all.filter((t) => keep.includes(mantissa(t))));
    return (steps.find(spaced) ?? decades).map(tick);
  }
  let stride = Math.ceil(decades.length / count);
  const thinned = () => decades.filter((_, i) => i % stride === 0);
  while (stride < decades.length && !spaced(thinned())) stride++;
  return thinned().map(tick);
}
