/**
 * Geometry of the gradient-health pictures: per-layer bars of ‖dL/dW‖ and mean |dL/dz| on a log
 * scale, and ‖dL/dW‖ of each layer over the updates (one line per layer). Pure: numbers in, boxes,
 * paths and tick labels out; the component only draws them.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { linePath } from './linePath';
import type { GradientHealth } from '../engine/gradientHealth';
import { formatValue } from './format';
import type { Tick } from './ticks';

/** Okabe–Ito colours, one per layer (up to 7), told apart by colour-vision deficiency too; each line is also labelled. */
export const LAYER_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
] as const;
export const BAR_COLORS = { weightGradNorm: '#D55E00', meanAbsDz: '#0072B2' } as const;

/** The chart draws at most this many points per line (every k-th update, and always the last). */
export const MAX_CHART_POINTS = 300;

/** Smallest and largest powers of ten around the positive finite values; [1e−4, 1] when there are none. */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1e-4, 1];
  let low = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  let high = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  if (high <= low) high = low * 10;
  // Keep at least three decades in view, so a healthy network's bars do not look dramatic.
  while (high / low < 1e3) low /= 10;
  return [low, high];
}

/** Tick positions every `step` decades between the domain's ends, labelled as 1e−6, 0.01, 1. */
function decadeTicks(domain: [number, number], position: (v: number) => number): Tick[] {
  const [low, high] = domain;
  const decades = Math.round(Math.log10(high / low));
  const step = Math.max(1, Math.ceil(decades / 4));
  const ticks: Tick[] = [];
  for (let k = 0; k <= decades; k += step) {
    const value = low * 10 ** k;
    ticks.push({ value, position: position(value), label: formatValue(value) });
  }
  return ticks;
}

export interface HealthBar {
  kind: 'weightGradNorm' | 'meanAbsDz';
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value's text starts, right of the bar. */
  labelX: number;
}

export interface HealthBarsLayout {
  width: number;
  height: number;
  rows: { layer: number; labelY: number; bars: HealthBar[] }[];
  ticks: Tick[];
  axisY: number;
  plotLeft: number;
}

/**
 * Two bars per layer, layer 1 on top: the width is log10 of the value inside the domain (a value of
 * 0 or below the domain draws no bar, and its text says 0).
 */
export function healthBars(health: GradientHealth, width: number, fontSize: number): HealthBarsLayout {
  const plotLeft = fontSize * 3;
  const labelRoom = fontSize * 5.5;
  const barHeight = Math.round(fontSize * 0.9);
  const rowHeight = barHeight * 2 + fontSize * 0.6;
  const values = health.layers.flatMap((l) => [l.weightGradNorm, l.meanAbsDz]);
  const domain = logDomain(values);
  const x = scaleLog()
    .domain(domain)
    .range([plotLeft, width - labelRoom])
    .clamp(true);
  const rows = health.layers.map((layer, l) => {
    const top = l * rowHeight + fontSize * 0.3;
    const bars = (['weightGradNorm', 'meanAbsDz'] as const).map((kind, k) => {
      const value = layer[kind];
      const end = value > 0 && Number.isFinite(value) ? x(value) : plotLeft;
      return {
        kind,
        value,
        x: plotLeft,
        y: top + k * barHeight,
        width: Math.max(0, end - plotLeft),
        height: barHeight - 2,
        labelX: end + 4,
      };
    });
    return { layer: l + 1, labelY: top + barHeight + fontSize * 0.35, bars };
  });
  const axisY = health.layers.length * rowHeight + fontSize * 0.5;
  return { width, height: axisY + fontSize * 1.4, rows, ticks: decadeTicks(domain, x), axisY, plotLeft };
}

export interface NormsPoint {
  step: number;
  gradientNorms?: readonly number[];
}

export interface NormsChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  series: { layer: number; color: string; path: string; last: number; labelY: number }[];
  yTicks: Tick[];
  xTicks: Tick[];
}

/** Every k-th point so at most MAX_CHART_POINTS remain, the last one always kept. */
export function thin<T>(points: readonly T[], max = MAX_CHART_POINTS): T[] {
  if (points.length <= max) return [...points];
  const stride = Math.ceil(points.length / max);
  const kept = points.filter((_, k) => k % stride === 0);
  if (kept[kept.length - 1] !== points[points.length - 1]) kept.push(points[points.length - 1]!);
  return kept;
}

/** ‖dL/dW_l‖ against the update number, one line per layer, log y; points without norms are skipped. */
export function normsChart(
  points: readonly NormsPoint[],
  width: number,
  height: number,
  fontSize: number,
): NormsChartLayout | null {
  const withNorms = thin(points.filter((p) => p.gradientNorms && p.gradientNorms.length > 0));
  if (withNorms.length === 0) return null;
  const layers = Math.max(...withNorms.map((p) => p.gradientNorms!.length));
  const plot = {
    left: fontSize * 3.6,
    right: width - fontSize * 2.2,
    top: fontSize * 0.6,
    bottom: height - fontSize * 1.6,
  };
  const domain = logDomain(withNorms.flatMap((p) => [...p.gradientNorms!]));
  const first = withNorms[0]!.step;
  const lastStep = withNorms[withNorms.length - 1]!.step;
  const x = scaleLinear()
    .domain([first, Math.max(first + 1, lastStep)])
    .range([plot.left, plot.right]);
  const y = scaleLog().domain(domain).range([plot.bottom, plot.top]).clamp(true);
  const series = Array.from({ length: layers }, (_, l) => {
    const valid = (p: NormsPoint) => {
      const v = p.gradientNorms?.[l];
      return v !== undefined && v > 0 && Number.isFinite(v);
    };
    const path = linePath(
      withNorms,
      valid,
      (p) => x(p.step),
      (p) => y(p.gradientNorms![l]!),
    );
    const last = withNorms[withNorms.length - 1]!.gradientNorms?.[l] ?? NaN;
    return {
      layer: l + 1,
      color: LAYER_COLORS[l % LAYER_COLORS.length]!,
      path,
      last,
      labelY: Number.isFinite(last) && last > 0 ? y(last) : plot.bottom,
    };
  });
  spreadLabels(series, fontSize, plot.top, plot.bottom);
  const xTicks = x
    .ticks(3)
    .filter(Number.isInteger)
    .map((value) => ({ value, position: x(value), label: String(value) }));
  return { width, height, plot, series, yTicks: decadeTicks(domain, y), xTicks };
}

/** Push the end labels apart so none overlaps the next (they may then sit a little off their line). */
function spreadLabels(series: { labelY: number }[], fontSize: number, top: number, bottom: number): void {
  const order = [...series].sort((a, b) => a.labelY - b.labelY);
  let previous = top - fontSize;
  for (const s of order) {
    s.labelY = Math.max(s.labelY, previous + fontSize);
    previous = s.labelY;
  }
  const overflow = previous - (bottom + fontSize * 0.3);
  if (overflow > 0) for (const s of order) s.labelY -= overflow;
}
