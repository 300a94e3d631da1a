import { describe, expect, it } from 'vitest';
import { CLASS_COLORS, PLANE_EXTENT } from '../../../src/viz/boundary';
import {
  GRID_SIZE,
  HEATMAP_COLORS,
  cellCentre,
  colourDomain,
  heatmapRgb,
  normalise,
  paintHeatmap,
  sampleGrid,
} from '../../../src/viz/heatmap';

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

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
