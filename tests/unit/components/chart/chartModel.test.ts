import { describe, expect, it } from 'vitest';
import { buildChartModel, type ChartModel } from '../../../../src/components/chart/chartModel';
import { estimateTextWidth, type LossPoint } from '../../../../src/viz/lossChart';

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

  it('reserves no label rows when the learning rate never changed', () => {
    const model = buildChartModel(run(10, 1000), options);
    expect(model.markers).toEqual([]);
    expect(model.plot.top).toBe(8);
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

  it('keeps step ticks whole numbers, far enough apart for their labels', () => {
    for (const n of [2, 7, 130, 4_321, 250_000]) {
      const points = Array.from({ length: n }, (_, i) => ({ step: i + 1, loss: 1, learningRate: 0.1 }));
      for (const presentation of [false, true]) {
        const model = buildChartModel(points, { ...options, presentation });
        expect(model.xTicks.map((t) => t.value).every(Number.isInteger)).toBe(true);
        const extents = model.xTicks.map((tick) => {
          const width = estimateTextWidth(tick.label, model.fontSize);
          const left = tick.anchor === 'end' ? tick.position - width : tick.position - width / 2;
          return { left, right: left + width };
        });
        extents.slice(1).forEach((extent, i) => {
          expect(extent.left - extents[i]!.right).toBeGreaterThan(4);
        });
        expect(extents.at(-1)!.right).toBeLessThanOrEqual(model.plot.right + model.fontSize);
      }
    }
  });
});
