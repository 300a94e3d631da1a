/* Where chart text goes so that no label runs into another, measured with estimateTextWidth. */
import type { ScaleLinear } from 'd3-scale';
import { formatStep } from './lossChart';
import type { Tick } from './ticks';

export type TextAnchor = 'start' | 'middle' | 'end';

export interface StepTick extends Tick {
  /** 'start'/'end' where a centred label would leave the plot (into the y labels or the accuracy labels). */
  anchor: TextAnchor;
}

/** Horizontal extent of a label of `width` pixels drawn at `x` with `anchor`. */
export function labelExtent(x: number, width: number, anchor: TextAnchor): { left: number; right: number } {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width };
}

/** Whole-number tick increments 1, 2, 5, 10, 20, 50, … up to ten times `span`. */
function* niceIncrements(span: number): Generator<number> {
  for (let decade = 1; decade <= 10 * Math.max(1, span); decade *= 10) {
    for (const factor of [1, 2, 5]) yield factor * decade;
  }
}

/**
 * Step axis ticks whose labels fit the scale's pixel range: each label is centred on its tick, or
 * anchored at its start or end where centring would cross an end of the range, and neighbours are
 * at least `gap` apart. Ticks are the multiples of the smallest whole 1-2-5 increment that puts them
 * `spacing` pixels apart and whose labels fit, leaving out the last multiple if only that one
 * collides; the widest label ("100,000" beside "50,000") decides, not the plot width alone. Where
 * that leaves a single tick, the sparsest denser set of two or more that fits is taken instead.
 */
export function fitStepTicks(
  x: ScaleLinear<number, number>,
  fontSize: number,
  { gap = fontSize / 2, spacing = fontSize * 5 } = {},
): StepTick[] {
  const [left, right] = x.range() as [number, number];
  const [lo, hi] = x.domain() as [number, number];
  const width = (label: string) => estimateTextWidth(label, fontSize);
  const extent = (tick: StepTick) => labelExtent(tick.position, width(tick.label), tick.anchor);
  const place = (increment: number): StepTick[] => {
    const ticks: StepTick[] = [];
    for (let value = Math.ceil(lo / increment) * increment; value <= hi; value += increment) {
      const label = formatStep(value);
      const [position, half] = [x(value), width(label) / 2];
      const anchor = position + half > right ? 'end' : position - half < left ? 'start' : 'middle';
      ticks.push({ value, label, position, anchor });
    }
    return ticks;
  };
  const fits = (ticks: readonly StepTick[]) =>
    ticks.every((tick, i) => {
      const box = extent(tick);
      const previous = ticks[i - 1];
      return (
        box.left >= left - 0.5 &&
        box.right <= right + 0.5 &&
        (previous === undefined || box.left - extent(previous).right >= gap)
      );
    });
  const pixelsPerStep = Math.abs(right - left) / Math.max(1e-9, hi - lo);
  // The sparsest fitting set so far with two or more ticks, else any fitting set.
  let best: StepTick[] = [];
  for (const increment of niceIncrements(hi - lo)) {
    // Every multiple's label is at least as long as the increment's: skip sets of three or more
    // (two or more without the last) that cannot fit, without placing their thousands of ticks.
    const distance = increment * pixelsPerStep;
    if (3 * increment <= hi - lo && distance < width(formatStep(increment)) + gap) continue;
    const all = place(increment);
    const ticks = [all, all.slice(0, -1)].find((set) => set.length > 0 && fits(set));
    if (ticks === undefined) continue;
    if (distance >= spacing) return ticks.length >= 2 || best.length < 2 ? ticks : best;
    if (ticks.length >= 2 || best.length < 2) best = ticks;
  }
  return best;
}

/** Greedy word wrap: the words of `text` in lines no wider than `maxWidth` where a word allows it. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const current = lines.at(-1);
    const joined = current === undefined ? word : `${current} ${word}`;
    if (current !== undefined && estimateTextWidth(joined, fontSize) <= maxWidth) {
      lines[lines.length - 1] = joined;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/** Multi-line text centred at x, each line drawn as given; `y` is the first line's baseline. */
export interface TextBlock {
  lines: string[];
  x: number;
  y: number;
  lineHeight: number;
  fontSize: number;
}

/** Ascent and descent of the tallest usual UI font (DejaVu Sans: 0.93 and 0.24 em), rounded up. */
export const ASCENT_EM = 0.95;
export const DESCENT_EM = 0.25;
/** As d3-axis: a baseline this far below a tick centres digits on it. */
export const CENTRE_BASELINE_EM = 0.32;
/** Pixels between the axis line and a tick label. */
export const TICK_PAD = 6;

/**
 * `text` wrapped to fit inside `rect` with `padding` on each side and centred there, at `fontSize`
 * or, when the wrapped lines would still not fit, at the largest smaller size (down to 60 %) that does.
 */
export function centredTextBlock(
  text: string,
  rect: { left: number; right: number; top: number; bottom: number },
  fontSize: number,
  padding = 4,
): TextBlock {
  const maxWidth = rect.right - rect.left - 2 * padding;
  const maxHeight = rect.bottom - rect.top - 2 * padding;
  const layout = (size: number) => {
    // Later lines start with the space that joined them: the drawn text stays one sentence for
    // screen readers and text search, and its width counts in the fit.
    const lines = wrapText(text, maxWidth - estimateTextWidth(' ', size), size).map((line, i) =>
      i === 0 ? line : ` ${line}`,
    );
    const lineHeight = Math.ceil(size * 1.25);
    const height = (lines.length - 1) * lineHeight + (ASCENT_EM + DESCENT_EM) * size;
    const width = Math.max(...lines.map((line) => estimateTextWidth(line, size)));
    return { lines, lineHeight, height, fits: width <= maxWidth && height <= maxHeight, size };
  };
  let chosen = layout(fontSize);
  for (let size = fontSize - 1; !chosen.fits && size >= Math.ceil(fontSize * 0.6); size--) {
    chosen = layout(size);
  }
  return {
    lines: chosen.lines,
    x: (rect.left + rect.right) / 2,
    y: (rect.top + rect.bottom - chosen.height) / 2 + ASCENT_EM * chosen.size,
    lineHeight: chosen.lineHeight,
    fontSize: chosen.size,
  };
}

/** A label to place: the pixel x of its marker line and its estimated text width. */
export interface LabelRequest {
  x: number;
  width: number;
}

export interface PlacedLabel {
  /** Row from the top, or null when no row has room (the label is left out rather than overlap). */
  row: number | null;
  textX: number;
  anchor: 'start' | 'end';
}

/**
 * Staggers marker labels into rows so none overlaps another: each label sits right of its line
 * (left of it near the plot's right edge) in the first row whose previous label ends `gap` before it.
 */
export function staggerLabels(
  labels: readonly LabelRequest[],
  plot: { left: number; right: number },
  rows: number,
  { pad = 4, gap = 6 } = {},
): PlacedLabel[] {
  const extents = labels.map(({ x, width }) => {
    const fitsRight = x + pad + width <= plot.right;
    const left = fitsRight ? x + pad : Math.max(plot.left, x - pad - width);
    return { left, right: left + width, fitsRight, x };
  });
  const result: PlacedLabel[] = extents.map((e) => ({
    row: null,
    textX: e.fitsRight ? e.left : e.right,
    anchor: e.fitsRight ? 'start' : 'end',
  }));
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.left - extents[b]!.left);
  const rowEnds: number[] = Array.from({ length: rows }, () => -Infinity);
  for (const i of order) {
    const { left, right } = extents[i]!;
    const row = rowEnds.findIndex((end) => end + gap <= left);
    if (row < 0) continue;
    rowEnds[row] = right;
    result[i]!.row = row;
  }
  return result;
}

/**
 * Advance widths in em, rounded up from DejaVu Sans: the widest of the fonts `system-ui` resolves to
 * (Segoe UI, Roboto and Helvetica set digits near 0.55 em, DejaVu at 0.64), so estimates bound what
 * any of them draws. Characters not listed count 0.64 em, or 1 em from the CJK blocks on.
 */
const CHAR_EM = new Map<string, number>();
for (const [chars, em] of [
  [" ,.:;'|!iIjJl", 0.33],
  ['-()[]frt', 0.42],
  ['+=<>~±×−', 0.84],
  ['EFLPSTYZ', 0.7],
  ['ABCDGHKNOQRUVX', 0.8],
  ['%mwMW…—', 1],
] as const) {
  for (const char of chars) CHAR_EM.set(char, em);
}
/** Bold (font-weight 600) glyphs run up to 14 % wider than regular ones. */
const BOLD_FACTOR = 1.15;

/**
 * Width of `text` in pixels at `fontSize`, an upper bound for the usual sans-serif UI fonts, for
 * layout before anything is drawn (and so that unit tests can check layouts without a browser).
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += CHAR_EM.get(char) ?? (char.codePointAt(0)! >= 0x2e80 ? 1 : 0.64);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}
