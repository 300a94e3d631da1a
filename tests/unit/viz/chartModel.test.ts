// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildChartModel, type ChartModel, type Point } from '../../../src/viz/chartModel';
import {
  ASCENT_EM,
  CENTRE_BASELINE_EM,
  DESCENT_EM,
  TICK_PAD,
  estimateTextWidth,
  labelExtent,
  type TextAnchor,
} from '../../../src/viz/chartTextLayout';
import type { LossPoint } from '../../../src/engine';

const options = { logScale: false, width: 640, height: 280, presentation: false };

/** A run whose learning rate changes every `every` steps, cycling through a few values. */
function run(n: number, every: number): LossPoint[] {
  const rates = [0.1, 0.5, 0.01, 0.003];
  return Array.from({ length: n }, (_, i) => ({
    step: i + 1,
    loss: 1 / (1 + i / 10),
    learningRate: rates[Math.floor(i / every) % rates.length]!,
  }));
}

function labelBoxes(model: ChartModel) {
  return model.markers
    .filter((m) => m.labelY !== null)
    .map((m) => {
      const width = estimateTextWidth(m.label, model.fontSize);
      const left = m.anchor === 'start' ? m.textX : m.textX - width;
      return { left, right: left + width, top: m.labelY! - model.fontSize, bottom: m.labelY! };
    });
}

describe('buildChartModel', () => {
  for (const presentation of [false, true]) {
    it(`keeps learning-rate labels apart and inside the chart when they crowd (presentation ${presentation})`, () => {
      const model = buildChartModel(run(60, 3), { ...options, presentation });
      const boxes = labelBoxes(model);
      expect(boxes.length).toBeGreaterThan(3);
      boxes.forEach((a, i) => {
        expect(a.left).toBeGreaterThanOrEqual(0);
        expect(a.right).toBeLessThanOrEqual(model.width);
        expect(a.top).toBeGreaterThanOrEqual(0);
        expect(a.bottom).toBeLessThanOrEqual(model.plot.top);
        boxes.slice(i + 1).forEach((b) => {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart).toBe(true);
        });
      });
    });
  }

  it('marks the starting learning rate in one label row, and reserves none before the first point', () => {
    const empty = buildChartModel([], options);
    const model = buildChartModel(run(10, 1000), options);
    expect(empty.markers).toEqual([]);
    expect(empty.plot.top).toBeLessThan(12);
    expect(model.markers.map((m) => [m.kind, m.label, m.description])).toEqual([
      ['learningRate', 'η = 0.1', 'Learning rate 0.1 from step 1'],
    ]);
    expect(model.markers[0]!.x).toBe(model.plot.left);
    expect(model.plot.top - empty.plot.top).toBe(12 + 4);
  });

  it("draws one update's loss before and after as a falling line, the after value one step on", () => {
    const model = buildChartModel([{ step: 1, loss: 0.6397, learningRate: 0.5, lossAfter: 0.3791 }], options);
    expect(model.series.map((s) => [s.key, s.label])).toEqual([
      ['loss', 'Train loss'],
      ['lossAfter', 'After update'],
    ]);
    const { plot, x, y } = model;
    expect(x.domain()).toEqual([1, 2]);
    const after = model.series[1]!;
    expect(after.path).toBe(`M${x(1)},${y(0.6397)}L${x(2)},${y(0.3791)}`);
    expect(x(1)).toBe(plot.left);
    expect(x(2)).toBe(plot.right);
    expect(y(0.3791)).toBeGreaterThan(y(0.6397)); // lower on the screen
    expect(model.afterDot).toEqual({ x: x(2), y: y(0.3791) });
  });

  it('has no after-update line or dot for Play frames, which record no loss after', () => {
    const model = buildChartModel(run(10, 1000), options);
    expect(model.series.map((s) => s.key)).toEqual(['loss']);
    expect(model.afterDot).toBeNull();
  });

  it('keeps after values inside the loss axis', () => {
    const model = buildChartModel(
      [
        { step: 1, loss: 0.5, learningRate: 0.1, lossAfter: 0.45 },
        { step: 2, loss: 0.6, learningRate: 0.1, lossAfter: 2.5 },
      ],
      options,
    );
    expect(model.y.domain()[1]).toBeGreaterThanOrEqual(2.5);
  });

  it('uses 12 px text, and 16 px with wider margins in presentation mode', () => {
    const normal = buildChartModel(run(10, 4), options);
    const large = buildChartModel(run(10, 4), { ...options, presentation: true });
    expect(normal.fontSize).toBe(12);
    expect(large.fontSize).toBe(16);
    expect(large.plot.left).toBeGreaterThan(normal.plot.left);
    expect(large.plot.bottom).toBeLessThan(normal.plot.bottom);
  });

  it('bounds the path of a 100,000-step run to about 1000 vertices', () => {
    const model = buildChartModel(run(100_000, 100_000), options);
    const vertices = model.series[0]!.path.match(/[ML]/g)!.length;
    expect(vertices).toBeLessThanOrEqual(1000);
    expect(vertices).toBeGreaterThan(900);
  });

  it('keeps step ticks whole numbers, far enough apart for their labels and inside the plot', () => {
    for (const n of [2, 7, 130, 4_321, 250_000]) {
      const points = Array.from({ length: n }, (_, i) => ({ step: i + 1, loss: 1, learningRate: 0.1 }));
      for (const presentation of [false, true]) {
        const model = buildChartModel(points, { ...options, presentation });
        expect(model.xTicks.map((t) => t.value).every(Number.isInteger)).toBe(true);
        const extents = model.xTicks.map((tick) =>
          labelExtent(tick.position, estimateTextWidth(tick.label, model.fontSize), tick.anchor),
        );
        extents.slice(1).forEach((extent, i) => {
          expect(extent.left - extents[i]!.right).toBeGreaterThan(4);
        });
        expect(extents[0]!.left).toBeGreaterThanOrEqual(model.plot.left);
        expect(extents.at(-1)!.right).toBeLessThanOrEqual(model.plot.right);
      }
    }
  });
});

interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The estimated box of every text the chart draws, placed as ChartAxes, ChartMarkers and EmptyHint place them. */
function chartTextBoxes(model: ChartModel): TextBox[] {
  const { fontSize: size, plot, titles } = model;
  const across = (
    text: string,
    x: number,
    baseline: number,
    anchor: TextAnchor,
    fontSize = size,
    bold = false,
  ) => ({
    text,
    ...labelExtent(x, estimateTextWidth(text, fontSize, bold), anchor),
    top: baseline - ASCENT_EM * fontSize,
    bottom: baseline + DESCENT_EM * fontSize,
  });
  // Rotated by −90° about its anchor point: the ascent points left, the text runs upwards.
  const upwards = (text: string, { x, y }: Point) => {
    const half = estimateTextWidth(text, size) / 2;
    return {
      text,
      left: x - ASCENT_EM * size,
      right: x + DESCENT_EM * size,
      top: y - half,
      bottom: y + half,
    };
  };
  const centred = CENTRE_BASELINE_EM * size;
  const hint = model.emptyHint;
  return [
    ...model.yTicks.map((t) => across(t.label, plot.left - TICK_PAD, t.position + centred, 'end')),
    ...model.xTicks.map((t) => across(t.label, t.position, model.xLabelY, t.anchor)),
    ...model.accuracyTicks.map((t) => across(t.label, plot.right + TICK_PAD, t.position + centred, 'start')),
    across('Step', titles.step.x, titles.step.y, 'middle'),
    upwards('Loss', titles.loss),
    ...(titles.accuracy ? [upwards('Accuracy', titles.accuracy)] : []),
    ...model.markers.flatMap((m) =>
      m.labelY === null ? [] : [across(m.label, m.textX, m.labelY, m.anchor, size, m.kind === 'nonFinite')],
    ),
    ...(hint?.lines.map((line, i) =>
      across(line, hint.x, hint.y + i * hint.lineHeight, 'middle', hint.fontSize),
    ) ?? []),
  ];
}

/** `count` points spread over steps 1…lastStep, optionally with test loss, accuracy, η changes and a divergence. */
function spreadRun(
  lastStep: number,
  { count = 200, accuracy = false, rateEvery = 0, diverge = false } = {},
): LossPoint[] {
  const n = Math.min(count, lastStep);
  return Array.from({ length: n }, (_, i) => {
    const step = n === 1 ? lastStep : 1 + Math.round((i * (lastStep - 1)) / (n - 1));
    // Diverging: up to 1.6e+150, whose ticks read "1.5e+150", then NaN for the last four points.
    const loss = diverge
      ? i >= n - 4
        ? Number.NaN
        : 1.6 * 10 ** ((150 * i) / Math.max(1, n - 5))
      : 2 / (1 + i);
    const point: LossPoint = {
      step,
      loss,
      learningRate: rateEvery > 0 ? [0.1, 0.5, 0.003][Math.floor(i / rateEvery) % 3]! : 0.1,
    };
    if (!accuracy) return i % 2 === 0 ? point : { ...point, lossAfter: loss * 0.9 };
    return { ...point, testLoss: loss * 1.2, accuracy: i / n, testAccuracy: i / (n + 5) };
  });
}

function overlapProblems(model: ChartModel): string[] {
  const boxes = chartTextBoxes(model);
  const problems: string[] = [];
  const show = (b: TextBox) =>
    `"${b.text}" [${b.left.toFixed(1)}–${b.right.toFixed(1)}, ${b.top.toFixed(1)}–${b.bottom.toFixed(1)}]`;
  boxes.forEach((a, i) => {
    if (a.left < 0 || a.right > model.width || a.top < 0 || a.bottom > model.height) {
      problems.push(`outside the chart: ${show(a)}`);
    }
    for (const b of boxes.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) problems.push(`overlap: ${show(a)} and ${show(b)}`);
    }
  });
  return problems;
}

describe('buildChartModel text layout', () => {
  it('draws the empty-state hint inside the plot, right of the y axis, at 260–640 px and 12 and 16 px', () => {
    for (const presentation of [false, true]) {
      for (let width = 260; width <= 640; width += 10) {
        for (const height of [200, 220, 280]) {
          const model = buildChartModel([], { ...options, width, height, presentation });
          const hint = model.emptyHint!;
          expect(hint.fontSize).toBe(model.fontSize);
          expect(hint.lines.join('')).toBe('Take a step to see the loss');
          const { plot } = model;
          for (const box of chartTextBoxes(model).filter((b) => hint.lines.includes(b.text))) {
            const where = `${width}×${height}, presentation ${presentation}: "${box.text}"`;
            expect(box.left, where).toBeGreaterThanOrEqual(plot.left);
            expect(box.right, where).toBeLessThanOrEqual(plot.right);
            expect(box.top, where).toBeGreaterThanOrEqual(plot.top);
            expect(box.bottom, where).toBeLessThanOrEqual(plot.bottom);
          }
          expect(overlapProblems(model), `${width}×${height}, presentation ${presentation}`).toEqual([]);
        }
      }
    }
  });

  it('has no hint once there is a point', () => {
    expect(buildChartModel(spreadRun(1), options).emptyHint).toBeNull();
  });

  it('keeps every text apart from every other, inside the chart, for long runs, accuracy, η changes and divergence', () => {
    const problems: string[] = [];
    const runs = [1, 2, 18, 130, 4_321, 50_000, 120_000, 400_000, 1_000_000].flatMap((last) => [
      { name: `${last} steps`, points: spreadRun(last) },
      { name: `${last} steps with accuracy`, points: spreadRun(last, { accuracy: true, rateEvery: 40 }) },
      { name: `${last} steps diverging`, points: spreadRun(last, { diverge: true, rateEvery: 7 }) },
    ]);
    for (const { name, points } of runs) {
      for (const presentation of [false, true]) {
        for (const width of [260, 272, 300, 332, 460, 640]) {
          for (const logScale of [false, true]) {
            const height = presentation ? 220 : 200;
            const model = buildChartModel(points, { logScale, width, height, presentation });
            for (const p of overlapProblems(model))
              problems.push(`${name}, ${width}px, log ${logScale}, presentation ${presentation}: ${p}`);
          }
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('moves the y axis right for wide loss labels instead of running them into the "Loss" title', () => {
    const model = buildChartModel(spreadRun(100, { diverge: true }), { ...options, presentation: true });
    const widest = Math.max(...model.yTicks.map((t) => t.label.length));
    expect(widest).toBeGreaterThan(6);
    expect(model.plot.left).toBeGreaterThan(16 * 5 + 8);
  });
});
