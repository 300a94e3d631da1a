import { describe, expect, it } from 'vitest';
import {
  CLASS_COLORS,
  GRID_SIZE,
  HEATMAP_COLORS,
  PLANE_EXTENT,
  axisTicks,
  cellCentre,
  clientToPlot,
  colourDomain,
  curvePath,
  heatmapRgb,
  hitTest,
  insidePlot,
  normalise,
  paintHeatmap,
  plotFrame,
  plotScales,
  pointMarks,
  regressionExtent,
  sampleGrid,
  clampToView,
} from '../../../src/viz/boundary';
import { scaleLinear } from 'd3-scale';

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

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

  it('axisTicks gives round values at their pixel positions', () => {
    const ticks = axisTicks(scales.x);
    expect(ticks.map((t) => t.value)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(ticks[2]).toEqual({ value: 0, position: scales.x(0), label: '0' });
    expect(ticks[0]?.label).toBe('−1');
  });
});

describe('sampleGrid', () => {
  it('cellCentre puts n cells evenly across the extent', () => {
    expect(cellCentre(0, 4, [-1, 1])).toBe(-0.75);
    expect(cellCentre(3, 4, [-1, 1])).toBe(0.75);
    expect(cellCentre(0, GRID_SIZE, PLANE_EXTENT)).toBeCloseTo(-1.2 + 1.2 / GRID_SIZE);
  });

  it('evaluates at cell centres, row 0 at the top (largest x₂), row-major', () => {
    const values = new Float64Array(16);
    const seen: [number, number][] = [];
    sampleGrid(
      (x1, x2) => {
        seen.push([x1, x2]);
        return 10 * x1 + x2;
      },
      4,
      [-1, 1],
      [0, 4],
      values,
    );
    expect(seen).toHaveLength(16);
    // Top-left cell: x₁ = −0.75, x₂ = 3.5; bottom-right: x₁ = 0.75, x₂ = 0.5.
    expect(values[0]).toBeCloseTo(-7.5 + 3.5);
    expect(values[3]).toBeCloseTo(7.5 + 3.5);
    expect(values[12]).toBeCloseTo(-7.5 + 0.5);
    expect(values[15]).toBeCloseTo(7.5 + 0.5);
  });
});

describe('colour mapping', () => {
  it('normalise clamps to [0, 1] and maps a flat range to ½', () => {
    expect(normalise(-1, [-1, 1])).toBe(0);
    expect(normalise(0, [-1, 1])).toBe(0.5);
    expect(normalise(3, [-1, 1])).toBe(1);
    expect(normalise(-3, [-1, 1])).toBe(0);
    expect(normalise(2, [2, 2])).toBe(0.5);
    expect(normalise(NaN, [0, 1])).toBeNaN();
  });

  it('heatmapRgb runs from class 0 to class 1, each end its class colour mixed 40% with white', () => {
    const tint = (hex: string) => rgb(hex).map((c) => c + 0.4 * (255 - c));
    tint(CLASS_COLORS[0]).forEach((c, i) => expect(Math.abs(heatmapRgb(0)[i]! - c)).toBeLessThanOrEqual(1));
    tint(CLASS_COLORS[1]).forEach((c, i) => expect(Math.abs(heatmapRgb(1)[i]! - c)).toBeLessThanOrEqual(1));
    expect(heatmapRgb(0)).toEqual(rgb(HEATMAP_COLORS.low));
    expect(heatmapRgb(1)).toEqual(rgb(HEATMAP_COLORS.high));
    const middle = heatmapRgb(0.5);
    rgb(HEATMAP_COLORS.middle).forEach((channel, i) =>
      expect(Math.abs(middle[i]! - channel)).toBeLessThanOrEqual(3),
    );
  });

  it('colourDomain uses a fixed range as given and the finite min/max for auto', () => {
    const values = Float64Array.from([0.3, NaN, -2, 5, Infinity, 99]);
    expect(colourDomain(values, 4, [0, 1])).toEqual([0, 1]);
    expect(colourDomain(values, 4, 'auto')).toEqual([-2, 5]);
    expect(colourDomain(Float64Array.from([NaN]), 1, 'auto')).toEqual([0, 1]);
  });

  it('paintHeatmap writes opaque RGBA per value on the domain, grey for NaN', () => {
    const rgba = new Uint8ClampedArray(16);
    paintHeatmap(Float64Array.from([0, 0.5, 1, NaN]), 4, [0, 1], rgba);
    expect(Array.from(rgba.subarray(0, 4))).toEqual([...heatmapRgb(0), 255]);
    expect(Array.from(rgba.subarray(4, 8))).toEqual([...heatmapRgb(0.5), 255]);
    expect(Array.from(rgba.subarray(8, 12))).toEqual([...rgb(HEATMAP_COLORS.high), 255]);
    expect(Array.from(rgba.subarray(12, 16))).toEqual([...heatmapRgb(NaN), 255]);
    expect(heatmapRgb(NaN)).not.toEqual(heatmapRgb(0.5));
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
