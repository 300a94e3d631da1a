import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { LossPoint } from '../engine';
import { format as fill, messages } from '../i18n';
import {
  downsampleSeries,
  formatAccuracy,
  formatLearningRate,
  learningRateMarkers,
  lossDomain,
  logSafe,
  nonFiniteRuns,
  seriesPath,
  segmentsPath,
  stepDomain,
  seriesValue,
  updateSegments,
  type SeriesKey,
  type SeriesVertex,
  type UpdateSegment,
} from './lossChart';
import {
  ASCENT_EM,
  CENTRE_BASELINE_EM,
  DESCENT_EM,
  TICK_PAD,
  centredTextBlock,
  estimateTextWidth,
  fitStepTicks,
  staggerLabels,
  type StepTick,
  type TextBlock,
} from './chartTextLayout';
import { lossScale, lossTicks, type LossScale, type Tick } from './ticks';

export type { StepTick } from './chartTextLayout';

export interface DrawnSeries {
  /** A series of the points, or 'lossAfter': each update's segment from its loss before to after. */
  key: SeriesKey | 'lossAfter';
  label: string;
  path: string;
}

export interface ChartMarker {
  key: string;
  kind: 'learningRate' | 'nonFinite';
  x: number;
  label: string;
  /** Full sentence for the marker's <title>, so a label left out for lack of room is still readable. */
  description: string;
  /** Baseline y of the label, or null when no row had room for it. */
  labelY: number | null;
  textX: number;
  anchor: 'start' | 'end';
}

export interface ChartModel {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; right: number; top: number; bottom: number };
  x: ScaleLinear<number, number>;
  y: LossScale;
  xTicks: StepTick[];
  /** Baseline of the step tick labels. */
  xLabelY: number;
  yTicks: Tick[];
  /** Ticks of the secondary 0–1 axis; empty when no point carries an accuracy. */
  accuracyTicks: Tick[];
  /** Anchor points of the axis titles (text centred there; loss and accuracy rotated by −90°). */
  titles: { step: Point; loss: Point; accuracy: Point | null };
  series: DrawnSeries[];
  /** Where the newest update's "after" segment ends, drawn as a dot; null without one. */
  afterDot: Point | null;
  markers: ChartMarker[];
  /** The "take a step" hint, wrapped to fit inside the plot; null once there are points. */
  emptyHint: TextBlock | null;
}

export interface Point {
  x: number;
  y: number;
}

export interface ChartOptions {
  logScale: boolean;
  width: number;
  height: number;
  presentation: boolean;
}

const MAX_LABEL_ROWS = 3;
/** Pixels between tick labels and axis titles. */
const TEXT_GAP = 4;
const SERIES: readonly {
  key: SeriesKey;
  label: 'trainLoss' | 'testLoss' | 'trainAccuracy' | 'testAccuracy';
  axis: 'loss' | 'accuracy';
}[] = [
  { key: 'loss', label: 'trainLoss', axis: 'loss' },
  { key: 'testLoss', label: 'testLoss', axis: 'loss' },
  { key: 'accuracy', label: 'trainAccuracy', axis: 'accuracy' },
  { key: 'testAccuracy', label: 'testAccuracy', axis: 'accuracy' },
];

/**
 * Everything the chart draws, in pixels: scales, ticks, one downsampled path per series present,
 * and the learning-rate and non-finite markers with their labels staggered into the top margin.
 * Margins come from the estimated widths of the labels they hold, so no text overlaps another.
 */
export function buildChartModel(points: readonly LossPoint[], options: ChartOptions): ChartModel {
  const fontSize = options.presentation ? 16 : 12;
  const series = SERIES.map((s) => ({
    ...s,
    label: messages.chart[s.label],
    vertices: downsampleSeries(points, seriesValue[s.key]),
  })).filter((s) => s.vertices.length > 0);
  const segments = updateSegments(points);
  const layoutAt = (left: number) => layout(points, series, segments, options, fontSize, left);
  // The loss title sits at x = fontSize; the y labels end TICK_PAD left of the axis.
  const lossTitleRight = fontSize * (1 + DESCENT_EM);
  const first = layoutAt(fontSize * 5 + 8);
  const widest = Math.max(0, ...first.yTicks.map((tick) => estimateTextWidth(tick.label, fontSize)));
  const needed = Math.ceil(lossTitleRight + TEXT_GAP + widest + TICK_PAD);
  // Wider labels (2.5e+150 while training diverges) move the axis right rather than into the title.
  return needed > first.plot.left ? layoutAt(needed) : first;
}

function layout(
  points: readonly LossPoint[],
  present: readonly { key: SeriesKey; label: string; axis: 'loss' | 'accuracy'; vertices: SeriesVertex[] }[],
  segments: readonly UpdateSegment[],
  { logScale, width, height }: ChartOptions,
  fontSize: number,
  left: number,
): ChartModel {
  const t = messages.chart;
  const rowHeight = fontSize + 4;
  const hasAccuracy = present.some((s) => s.axis === 'accuracy');
  // Right of the plot: tick, widest accuracy label, a gap, then the rotated title's ascent and descent.
  const accuracyMargin = Math.ceil(
    TICK_PAD +
      estimateTextWidth(formatAccuracy(1), fontSize) +
      TEXT_GAP +
      (ASCENT_EM + DESCENT_EM) * fontSize +
      2,
  );
  const right = width - (hasAccuracy ? accuracyMargin : 16);
  const x = scaleLinear().domain(stepDomain(points)).range([left, right]);

  const requests = [
    ...learningRateMarkers(points).map((change) => ({
      key: `lr-${change.index}`,
      kind: 'learningRate' as const,
      x: x(change.step),
      label: fill(t.learningRateMarker, { value: formatLearningRate(change.learningRate) }),
      description: fill(change.start ? t.learningRateStart : t.learningRateChanged, {
        value: formatLearningRate(change.learningRate),
        step: change.step,
      }),
    })),
    ...nonFiniteRuns(points).map((run) => ({
      key: `nf-${run.index}`,
      kind: 'nonFinite' as const,
      x: x(run.step),
      label: t.nonFinite,
      description: fill(t.nonFiniteRun, { count: run.count, step: run.step }),
    })),
  ];
  const placed = staggerLabels(
    requests.map((r) => ({ x: r.x, width: estimateTextWidth(r.label, fontSize, r.kind === 'nonFinite') })),
    // "100%" sits at the top right of the plot: marker labels stay left of it.
    { left, right: hasAccuracy ? right : width - 2 },
    MAX_LABEL_ROWS,
  );
  const rowsUsed = Math.max(0, ...placed.map((p) => (p.row === null ? 0 : p.row + 1)));
  // Room above the plot for the top tick labels, which are centred on the plot's top edge.
  const top = Math.ceil((ASCENT_EM - CENTRE_BASELINE_EM) * fontSize) + 2 + rowsUsed * rowHeight;
  const bottom = height - (fontSize * 2 + 16);
  const plot = { left, right, top, bottom };

  const lossValues = present.filter((s) => s.axis === 'loss').flatMap((s) => s.vertices.map((v) => v.value));
  for (const segment of segments) lossValues.push(segment.after);
  const y = lossScale(lossDomain(lossValues, logScale), logScale, [bottom, top]);
  const accuracy = scaleLinear().domain([0, 1]).range([bottom, top]);
  const lineSpacing = (ASCENT_EM + DESCENT_EM) * fontSize + 2;
  const middleY = (top + bottom) / 2;

  return {
    width,
    height,
    fontSize,
    plot,
    x,
    y,
    xTicks: fitStepTicks(x, fontSize),
    // As d3-axis: 0.71 em drops the digits' tops to TICK_PAD below the axis.
    xLabelY: bottom + TICK_PAD + 0.71 * fontSize,
    yTicks: lossTicks(y, logScale, Math.max(2, Math.floor((bottom - top) / (fontSize * 3))), lineSpacing),
    accuracyTicks: hasAccuracy
      ? [0, 0.25, 0.5, 0.75, 1].map((value) => ({
          value,
          label: formatAccuracy(value),
          position: accuracy(value),
        }))
      : [],
    titles: {
      step: { x: (left + right) / 2, y: height - 4 },
      loss: { x: fontSize, y: middleY },
      accuracy: hasAccuracy ? { x: width - 2 - DESCENT_EM * fontSize, y: middleY } : null,
    },
    series: drawnSeries(present, segments, x, y, accuracy, logScale),
    afterDot: afterDot(segments, x, y, logScale),
    markers: requests.map((r, i) => {
      const p = placed[i]!;
      return {
        ...r,
        labelY: p.row === null ? null : top - 4 - p.row * rowHeight,
        textX: p.textX,
        anchor: p.anchor,
      };
    }),
    emptyHint: points.length === 0 ? centredTextBlock(t.empty, plot, fontSize) : null,
  };
}

/** The lines in legend order: train loss, then each update's "after" segment, then the rest. */
function drawnSeries(
  present: readonly { key: SeriesKey; label: string; axis: 'loss' | 'accuracy'; vertices: SeriesVertex[] }[],
  segments: readonly UpdateSegment[],
  x: ScaleLinear<number, number>,
  y: LossScale,
  accuracy: ScaleLinear<number, number>,
  logScale: boolean,
): DrawnSeries[] {
  const drawn: DrawnSeries[] = present.map((s) => ({
    key: s.key,
    label: s.label,
    path:
      s.axis === 'loss' ? seriesPath(s.vertices, x, y, logScale) : seriesPath(s.vertices, x, accuracy, false),
  }));
  if (segments.length > 0) {
    const path = segmentsPath(segments, x, y, logScale);
    const at = drawn[0]?.key === 'loss' ? 1 : 0;
    drawn.splice(at, 0, { key: 'lossAfter', label: messages.chart.afterUpdate, path });
  }
  return drawn;
}

function afterDot(
  segments: readonly UpdateSegment[],
  x: ScaleLinear<number, number>,
  y: LossScale,
  logScale: boolean,
): Point | null {
  const newest = segments[segments.length - 1];
  if (newest === undefined || !Number.isFinite(newest.after)) return null;
  return { x: x(newest.step + 1), y: y(logScale ? logSafe(newest.after) : newest.after) };
}
