import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { format as fill, messages } from '../../i18n';
import {
  downsampleSeries,
  estimateTextWidth,
  formatAccuracy,
  formatLearningRate,
  learningRateChanges,
  lossDomain,
  lossScale,
  lossTicks,
  nonFiniteRuns,
  seriesPath,
  staggerLabels,
  stepDomain,
  stepTicks,
  seriesValue,
  type LossPoint,
  type LossScale,
  type SeriesKey,
  type Tick,
} from '../../viz/lossChart';

export interface PositionedTick extends Tick {
  position: number;
}

export interface StepTick extends PositionedTick {
  /** 'end' when a centred label would run past the plot's right edge (into the accuracy labels). */
  anchor: 'middle' | 'end';
}

export interface DrawnSeries {
  key: SeriesKey;
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
  yTicks: PositionedTick[];
  /** Ticks of the secondary 0–1 axis; empty when no point carries an accuracy. */
  accuracyTicks: PositionedTick[];
  series: DrawnSeries[];
  markers: ChartMarker[];
}

export interface ChartOptions {
  logScale: boolean;
  width: number;
  height: number;
  presentation: boolean;
}

const MAX_LABEL_ROWS = 3;
const SERIES: readonly { key: SeriesKey; label: string; axis: 'loss' | 'accuracy' }[] = [
  { key: 'loss', label: messages.chart.trainLoss, axis: 'loss' },
  { key: 'testLoss', label: messages.chart.testLoss, axis: 'loss' },
  { key: 'accuracy', label: messages.chart.trainAccuracy, axis: 'accuracy' },
  { key: 'testAccuracy', label: messages.chart.testAccuracy, axis: 'accuracy' },
];

/**
 * Everything the chart draws, in pixels: scales, ticks, one downsampled path per series present,
 * and the learning-rate and non-finite markers with their labels staggered into the top margin.
 */
export function buildChartModel(points: readonly LossPoint[], options: ChartOptions): ChartModel {
  const { logScale, width, height, presentation } = options;
  const t = messages.chart;
  const fontSize = presentation ? 16 : 12;
  const rowHeight = fontSize + 4;

  const present = SERIES.map((s) => ({
    ...s,
    vertices: downsampleSeries(points, seriesValue[s.key]),
  })).filter((s) => s.vertices.length > 0);
  const hasAccuracy = present.some((s) => s.axis === 'accuracy');
  const left = fontSize * 5 + 8;
  const right = width - (hasAccuracy ? Math.round(fontSize * 3.5) + 12 : 16);
  const x = scaleLinear().domain(stepDomain(points)).range([left, right]);

  const requests = [
    ...learningRateChanges(points).map((change) => ({
      key: `lr-${change.index}`,
      kind: 'learningRate' as const,
      x: x(change.step),
      label: fill(t.learningRateMarker, { value: formatLearningRate(change.learningRate) }),
      description: fill(t.learningRateChanged, {
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
    requests.map((r) => ({ x: r.x, width: estimateTextWidth(r.label, fontSize) })),
    { left, right: width - 2 },
    MAX_LABEL_ROWS,
  );
  const rowsUsed = Math.max(0, ...placed.map((p) => (p.row === null ? 0 : p.row + 1)));
  const top = 8 + rowsUsed * rowHeight;
  const bottom = height - (fontSize * 2 + 16);

  const lossValues = present.filter((s) => s.axis === 'loss').flatMap((s) => s.vertices.map((v) => v.value));
  const y = lossScale(lossDomain(lossValues, logScale), logScale, [bottom, top]);
  const accuracy = scaleLinear().domain([0, 1]).range([bottom, top]);
  const position = (scale: (v: number) => number) => (tick: Tick) => ({
    ...tick,
    position: scale(tick.value),
  });

  return {
    width,
    height,
    fontSize,
    plot: { left, right, top, bottom },
    x,
    y,
    xTicks: stepTicks(x, Math.max(2, Math.floor((right - left) / (fontSize * 7))))
      .map(position(x))
      .map((tick) => ({
        ...tick,
        anchor: tick.position + estimateTextWidth(tick.label, fontSize) / 2 > right ? 'end' : 'middle',
      })),
    yTicks: lossTicks(y, logScale, Math.max(2, Math.floor((bottom - top) / (fontSize * 3)))).map(position(y)),
    accuracyTicks: hasAccuracy
      ? [0, 0.25, 0.5, 0.75, 1].map((value) => ({
          value,
          label: formatAccuracy(value),
          position: accuracy(value),
        }))
      : [],
    series: present.map((s) => ({
      key: s.key,
      label: s.label,
      path:
        s.axis === 'loss'
          ? seriesPath(s.vertices, x, y, logScale)
          : seriesPath(s.vertices, x, accuracy, false),
    })),
    markers: requests.map((r, i) => {
      const p = placed[i]!;
      return {
        ...r,
        labelY: p.row === null ? null : top - 4 - p.row * rowHeight,
        textX: p.textX,
        anchor: p.anchor,
      };
    }),
  };
}
