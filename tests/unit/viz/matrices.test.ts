import { describe, expect, it } from 'vitest';
import { messages, setLanguage } from '../../../src/i18n';
import { boxesOverlap, findOverlaps } from '../../../src/viz/boxes';
import { labelBoxes, layoutNetwork, showsEveryValue } from '../../../src/viz/layout';
import { matrixSize, packedHeight, packMatrices } from '../../../src/viz/matrices';
import { textMetrics } from '../../../src/viz/textMetrics';

const m = textMetrics(false);

describe('packMatrices', () => {
  it('gives every weight and bias of every layer one cell, W out×in with b as the last column', () => {
    const sizes = [2, 4, 3, 2];
    const matrices = packMatrices(sizes, m, { x: 0, y: 0, width: 2000, height: 2000 })!;
    expect(matrices.map((mx) => [mx.cells.length, mx.cells[0]!.length])).toEqual([
      [4, 3],
      [3, 5],
      [2, 4],
    ]);
    expect(matrices[1]!.cells[2]![1]!.id).toBe('W:2:2:1');
    expect(matrices[1]!.cells[2]![4]!.id).toBe('b:2:2');
    const cells = matrices.flatMap((mx) => mx.cells.flat());
    expect(new Set(cells.map((c) => c.id)).size).toBe(4 * 3 + 3 * 5 + 2 * 4);
    expect(findOverlaps(cells.map((c) => ({ id: c.id, ...c.box })))).toEqual([]);
    for (const matrix of matrices)
      for (const cell of matrix.cells.flat()) expect(boxesOverlap(cell.box, matrix.box)).toBe(true);
  });

  it('wraps to a new row when a matrix does not fit beside the last, and fails when the region is too small', () => {
    const sizes = [2, 4, 4, 2];
    const one = matrixSize(sizes, 1, m);
    const widest = matrixSize(sizes, 2, m);
    const narrow = packMatrices(sizes, m, { x: 10, y: 20, width: widest.width + 5, height: 5000 })!;
    expect(narrow.map((mx) => mx.box.x)).toEqual([10, 10, 10]);
    expect(narrow[1]!.box.y).toBeGreaterThan(narrow[0]!.box.y + narrow[0]!.box.height);
    expect(packMatrices(sizes, m, { x: 0, y: 0, width: 5000, height: one.height - 1 })).toBeNull();
  });

  it('moves on to the next region when a matrix does not fit the rest of the first, keeping layer order', () => {
    const sizes = [2, 4, 4, 2];
    const sizesOf = [1, 2, 3].map((l) => matrixSize(sizes, l, m));
    const right = {
      x: 500,
      y: 0,
      width: Math.max(sizesOf[0]!.width, sizesOf[1]!.width),
      height: sizesOf[0]!.height + sizesOf[1]!.height + 20,
    };
    const below = { x: 0, y: 400, width: sizesOf[2]!.width, height: sizesOf[2]!.height };
    const packed = packMatrices(sizes, m, [right, below])!;
    expect(packed.map((mx) => [mx.box.x, mx.box.y])).toEqual([
      [500, 0],
      [500, sizesOf[0]!.height + m.fontSize],
      [0, 400],
    ]);
    expect(packMatrices(sizes, m, [right, { ...below, height: sizesOf[2]!.height - 1 }])).toBeNull();
  });

  it('is wide enough for its title and legend in the language shown, Chinese characters counting twice', async () => {
    // One input: the title and legend, not the two cells, set the width.
    const sizes = [1, 1];
    const english = matrixSize(sizes, 1, m).width;
    await setLanguage('zh-CN');
    try {
      const legend = messages.graph.matrix.legendUpdated;
      expect(legend).toBe('旧值 / 新值 / Δ');
      // "W1 1×1 | b1:" (12) + space + the legend's 15 columns, and the padding on both sides.
      expect(matrixSize(sizes, 1, m).width).toBeCloseTo((12 + 1 + 15) * m.charWidth + 2 * m.padding);
      expect(matrixSize(sizes, 1, m).width).toBeGreaterThan(english);
    } finally {
      await setLanguage('en');
    }
  });

  it('fits a region exactly as high as packedHeight says, wherever it starts (no rounding refusal)', () => {
    const sizes = [2, 2, 2, 2, 2, 2, 1];
    const metrics = textMetrics(false, 9);
    const width = 912;
    const height = packedHeight(sizes, metrics, width);
    // Starts such as the one below a 282.6 px graph, whose sum with the height rounds differently.
    for (const y of [0, 294.6, 298.8])
      expect(packMatrices(sizes, metrics, { x: 4, y, width, height }), `at y = ${y}`).not.toBeNull();
  });

  it('gives each cell three lines (w, dL/dw; after an update old, new, Δ) inside its box', () => {
    const [matrix] = packMatrices([2, 2, 1], m, { x: 0, y: 0, width: 2000, height: 2000 })!;
    for (const cell of matrix!.cells.flat()) {
      expect(cell.lines).toHaveLength(3);
      for (const line of cell.lines) {
        expect(line.y).toBeGreaterThan(cell.box.y);
        expect(line.y).toBeLessThanOrEqual(cell.box.y + cell.box.height);
      }
    }
  });
});

/** The graph area of a 1024×768 and a 1280×720 window, normal and presentation (measured in Chromium). */
const AREAS = [
  { name: '1024×768', width: 660, height: 610, presentation: false },
  { name: '1280×720', width: 920, height: 565, presentation: false },
  { name: '1024×768 presentation', width: 1024, height: 600, presentation: true },
];

const LESSONS: Record<string, number[]> = {
  'relu → sigmoid': [2, 2, 1],
  textbook: [2, 2, 2],
  xor: [2, 3, 1],
};

describe('layoutNetwork writes every value of a lesson network', () => {
  for (const [name, sizes] of Object.entries(LESSONS)) {
    for (const area of AREAS) {
      it(`${name} at ${area.name}`, () => {
        const layout = layoutNetwork(sizes, area);
        expect(showsEveryValue(layout.mode), JSON.stringify(layout.mode)).toBe(true);
        expect(layout.mode.nodeDetail === 'full' || layout.mode.nodeDetail === 'brief').toBe(true);
        expect(findOverlaps(labelBoxes(layout))).toEqual([]);
        if (layout.mode.matrices) {
          expect(layout.compact).toBe(false);
          expect(layout.matrices).toHaveLength(sizes.length - 1);
        }
      });
    }
  }

  // Seven columns, or 42 weights and biases: the graph takes a corner and the matrices the L around it.
  for (const sizes of [
    [2, 2, 2, 2, 2, 2, 1],
    [2, 4, 4, 2],
  ])
    it(`${sizes.join('-')} at 1280×720 (920×594, the side panels open)`, () => {
      const layout = layoutNetwork(sizes, { width: 920, height: 594, presentation: false, valueChars: 9 });
      expect(layout.mode.matrices, JSON.stringify(layout.mode)).toBe(true);
      expect(['full', 'brief']).toContain(layout.mode.nodeDetail);
      expect(layout.matrices).toHaveLength(sizes.length - 1);
      expect(findOverlaps(labelBoxes(layout))).toEqual([]);
    });

  it('puts 2-4-4-2 in the corner and its matrices in the L: beside the graph, then below it', () => {
    const layout = layoutNetwork([2, 4, 4, 2], {
      width: 920,
      height: 594,
      presentation: false,
      valueChars: 9,
    });
    const cards = layout.nodes.flat().map((node) => node.card);
    const right = Math.max(...cards.map((card) => card.x + card.width));
    const bottom = Math.max(...cards.map((card) => card.y + card.height));
    const beside = layout.matrices.filter((matrix) => matrix.box.x >= right);
    const below = layout.matrices.filter((matrix) => matrix.box.y >= bottom && matrix.box.x < right);
    expect(beside.map((matrix) => matrix.layer)).toEqual([1, 2]);
    expect(below.map((matrix) => matrix.layer)).toEqual([3]);
  });

  it('keeps edges out of the matrices: no edge segment enters a matrix box', () => {
    const layout = layoutNetwork([2, 3, 1], { width: 660, height: 610, presentation: false });
    expect(layout.mode.matrices).toBe(true);
    for (const edge of layout.edges.flat(2)) {
      const box = {
        x: Math.min(edge.x1, edge.x2),
        y: Math.min(edge.y1, edge.y2),
        width: Math.abs(edge.x2 - edge.x1),
        height: Math.abs(edge.y2 - edge.y1),
      };
      for (const matrix of layout.matrices) expect(boxesOverlap(box, matrix.box)).toBe(false);
    }
  });
});
