import { describe, expect, it } from 'vitest';
import {
  PLANE_EXTENT,
  clampToView,
  clientToPlot,
  curvePath,
  hitTest,
  insidePlot,
  plotFrame,
  plotScales,
  pointMarks,
  regressionExtent,
} from '../../../src/viz/boundary';
import { scaleLinear } from 'd3-scale';

describe('plotFrame', () => {
  it('keeps the plane square and inside the element', () => {
    const frame = plotFrame(400, 300, false, true);
    expect(frame.right - frame.left).toBe(frame.bottom - frame.top);
    expect(frame.right).toBeLessThanOrEqual(400);
    expect(frame.bottom).toBeLessThanOrEqual(300);
  });

  it('uses 12 px text, 16 px in presentation mode', () => {
    expect(plotFrame(320, 320, false, true).fontSize).toBe(12);
    expect(plotFrame(320, 320, true, true).fontSize).toBe(16);
  });
});

describe('plotScales', () => {
  const frame = plotFrame(320, 320, false, true);
  const scales = plotScales(frame, PLANE_EXTENT, PLANE_EXTENT);

  it('maps the plane corners to the plot corners, x₂ upwards', () => {
    expect(scales.x(-1.2)).toBeCloseTo(frame.left);
    expect(scales.x(1.2)).toBeCloseTo(frame.right);
    expect(scales.y(-1.2)).toBeCloseTo(frame.bottom);
    expect(scales.y(1.2)).toBeCloseTo(frame.top);
  });

  it('inverts pixels back to plane coordinates', () => {
    for (const v of [-1.2, -0.37, 0, 0.5, 1.2]) {
      expect(scales.x.invert(scales.x(v))).toBeCloseTo(v, 12);
      expect(scales.y.invert(scales.y(v))).toBeCloseTo(v, 12);
    }
  });
});

describe('pointMarks and hitTest', () => {
  const frame = plotFrame(320, 320, false, true);
  const scales = plotScales(frame, PLANE_EXTENT, PLANE_EXTENT);
  const train = [
    { x: [0, 0], y: [1] },
    { x: [0.5, -0.5], y: [0] },
  ];
  const test = [{ x: [0.01, 0], y: [0] }];
  const marks = pointMarks(train, test, 'classification', scales);

  it('places classification points at (x₁, x₂) with their class, test after train', () => {
    expect(marks.map((m) => [m.set, m.index, m.label])).toEqual([
      ['train', 0, 1],
      ['train', 1, 0],
      ['test', 0, 0],
    ]);
    expect(marks[1]?.cx).toBeCloseTo(scales.x(0.5));
    expect(marks[1]?.cy).toBeCloseTo(scales.y(-0.5));
  });

  it('places regression points at (x₁, y) with no class', () => {
    const [mark] = pointMarks([{ x: [0.25], y: [-0.75] }], [], 'regression', scales);
    expect(mark).toMatchObject({ cx: scales.x(0.25), cy: scales.y(-0.75), label: null });
  });

  it('returns the nearest point within the radius, or null', () => {
    const [cx, cy] = [scales.x(0.5), scales.y(-0.5)];
    expect(hitTest(marks, cx + 4, cy - 3, 6)).toMatchObject({ set: 'train', index: 1 });
    expect(hitTest(marks, cx + 5, cy + 5, 6)).toBeNull();
    // The test point sits ~1 px right of train point 0: a click just right of both picks it.
    expect(hitTest(marks, scales.x(0.02), scales.y(0), 6)).toMatchObject({ set: 'test', index: 0 });
    expect(hitTest(marks, scales.x(-0.01), scales.y(0), 6)).toMatchObject({ set: 'train', index: 0 });
  });

  it('insidePlot tells the plot area from the margins', () => {
    expect(insidePlot(frame, (frame.left + frame.right) / 2, frame.top + 1)).toBe(true);
    expect(insidePlot(frame, frame.left - 1, frame.top + 1)).toBe(false);
    expect(insidePlot(frame, frame.left + 1, frame.bottom + 1)).toBe(false);
  });

  it('clientToPlot undoes the element offset and any CSS scaling', () => {
    const rect = { left: 100, top: 50, width: 160, height: 160 };
    expect(clientToPlot(180, 90, rect, { width: 320, height: 320 })).toEqual([160, 80]);
  });
});

describe('regression plot', () => {
  it('regressionExtent covers the targets with 10% padding, never less than the plane extent', () => {
    expect(regressionExtent([{ x: [0], y: [0.5] }], [], 'auto')).toEqual(PLANE_EXTENT);
    const [lo, hi] = regressionExtent([{ x: [0], y: [-3] }], [{ x: [1], y: [1] }], 'auto');
    expect(lo).toBeCloseTo(-3.4);
    expect(hi).toBeCloseTo(1.4);
    expect(regressionExtent([], [], [-5, 5])).toEqual([-6, 6]);
  });

  it('curvePath draws evaluate(x, 0) over the x domain and breaks at non-finite outputs', () => {
    const frame = plotFrame(320, 320, false, false);
    const scales = plotScales(frame, [-1, 1], [-1, 1]);
    const straight = curvePath((x, x2) => x + x2, scales, 3);
    const points = straight
      .slice(1)
      .split('L')
      .map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(3);
    expect(points[0]?.[0]).toBeCloseTo(frame.left);
    expect(points[0]?.[1]).toBeCloseTo(frame.bottom);
    expect(points[2]?.[1]).toBeCloseTo(frame.top);
    const broken = curvePath((x) => (x === 0 ? NaN : x), scales, 5);
    expect(broken.match(/M/g)).toHaveLength(2);
    expect(broken).not.toMatch(/NaN/);
  });
});

describe('clampToView', () => {
  const scale = scaleLinear().domain([-6, 6]).range([40, 340]);
  it('keeps every pixel finite: a typed 1e307 lands a few plot widths out, not at Infinity', () => {
    for (const value of [1e307, -1e307, Number.MAX_VALUE]) {
      const pixel = clampToView(scale(value), scale);
      expect(Number.isFinite(pixel)).toBe(true);
      expect(Math.abs(pixel)).toBeLessThanOrEqual(340 + 3000);
    }
    expect(clampToView(NaN, scale)).toBe(190);
  });
  it('leaves points in and near the plot where they are', () => {
    expect(clampToView(scale(2.5), scale)).toBe(scale(2.5));
    expect(clampToView(scale(-9), scale)).toBe(scale(-9));
  });
});
