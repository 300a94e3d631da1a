import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { findOverlaps, outsideViewport, type Box } from '../../../src/viz/boxes';
import { labelBoxes, LABEL_MODES, layoutNetwork } from '../../../src/viz/layout';
import { cellSize } from '../../../src/viz/matrices';
import { layoutAsTables } from '../../../src/viz/tableLayout';

/**
 * The graph area of the app at the projector sizes, measured in Chromium in English (see
 * projector.spec.ts); in Chinese the bars are a few pixels taller (1000×565 at 1280×720).
 */
const AREAS = [
  { name: '1024×768', width: 664, height: 572, presentation: false },
  { name: '1024×768 presentation', width: 1024, height: 616, presentation: true },
  { name: '1280×720 presentation', width: 1000, height: 569, presentation: true },
  { name: '1280×720 presentation, in Chinese', width: 1000, height: 565, presentation: true, zh: true },
];
const DENSE = { 'deep sigmoid preset': [2, 2, 2, 2, 2, 2, 1], '2-4-4-2': [2, 4, 4, 2] };
const TABLE_MODE = LABEL_MODES.find((mode) => mode.nodeDetail === 'table')!;

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1e-9 &&
    inner.y >= outer.y - 1e-9 &&
    inner.x + inner.width <= outer.x + outer.width + 1e-9 &&
    inner.y + inner.height <= outer.y + outer.height + 1e-9
  );
}

describe('the table layout', () => {
  for (const [name, sizes] of Object.entries(DENSE))
    for (const area of AREAS)
      it(`writes every value of the ${name} at ${area.name}, nothing overlapping`, async () => {
        // Values of up to 9 characters ("−3.872e−6"), as these lessons show; the Chinese heads ("层1",
        // "旧值 / 新值 / Δ") are wider than the English ones.
        await setLanguage('zh' in area ? 'zh-CN' : 'en');
        const layout = layoutNetwork(sizes, { ...area, valueChars: 9 });
        await setLanguage('en');
        expect(layout.mode).toEqual(TABLE_MODE);
        expect(layout.metrics.fontSize).toBe(area.presentation ? 16 : 12);
        const boxes = labelBoxes(layout);
        expect(findOverlaps(boxes)).toEqual([]);
        expect(outsideViewport(boxes, area.width, area.height)).toEqual([]);
        // Every weight and bias has its matrix cell, with three lines (w, dL/dw; old, new, Δ).
        layout.edges.forEach((layer, l) =>
          layer.flat().forEach((edge) => {
            const cell = layout.matrices[l - 1]!.cells[edge.i]![edge.j]!;
            expect(cell.id).toBe(`W:${l}:${edge.i}:${edge.j}`);
            expect(cell.lines).toHaveLength(3);
          }),
        );
        layout.matrices.forEach((matrix) =>
          expect(matrix.cells.every((row) => row.at(-1)!.kind === 'b')).toBe(true),
        );
        // Every unit is a row of a table: z, a, dL/dz, dL/da (x and dL/dx on the input layer).
        for (const node of layout.nodes.flat()) {
          const table = layout.tables.find((t) => inside(node.label!, t.box));
          expect(table, `node ${node.id} in a table`).toBeDefined();
          expect(inside(node.card, table!.box)).toBe(true);
          expect(node.lines.map((line) => line.key)).toEqual(
            node.layer === 0 ? ['a', 'dLda'] : ['z', 'a', 'dLdz', 'dLda'],
          );
          const xs = node.lines.map((line) => line.x);
          expect([...xs].sort((p, q) => p - q)).toEqual(xs);
          for (const line of node.lines) {
            expect(line.x).toBeGreaterThanOrEqual(node.label!.x);
            expect(line.y).toBeGreaterThan(node.label!.y);
            expect(line.y).toBeLessThan(node.label!.y + node.label!.height);
          }
        }
        // Each value stays in its own column: a table line's widest value ends before the next column
        // starts, a matrix cell's before its cell's right edge.
        const { charWidth, valueChars } = layout.metrics;
        const columnWidth = cellSize(layout.metrics).width;
        for (const node of layout.nodes.flat())
          for (const line of node.lines) {
            const right =
              node.label!.x + (Math.floor((line.x - node.label!.x) / columnWidth) + 1) * columnWidth;
            expect(line.valueX + valueChars * charWidth, `node ${node.id} ${line.key}`).toBeLessThanOrEqual(
              right,
            );
          }
        for (const matrix of layout.matrices)
          for (const cell of matrix.cells.flat())
            for (const line of cell.lines)
              expect(line.valueX + valueChars * charWidth, cell.id).toBeLessThanOrEqual(
                cell.box.x + cell.box.width,
              );
        // The rows of different units never share a line.
        const rows = layout.nodes.flat().map((node) => node.label!);
        expect(findOverlaps(rows.map((row, k) => ({ id: String(k), ...row })))).toEqual([]);
      });

  it('is not used where a drawn graph shows every value (the small presets at 1280×720)', () => {
    for (const sizes of [
      [2, 3, 1],
      [2, 2, 2],
      [2, 2, 1],
    ]) {
      const layout = layoutNetwork(sizes, { width: 920, height: 562, presentation: false, valueChars: 9 });
      expect(layout.tables).toEqual([]);
      expect(layout.mode.nodeDetail).not.toBe('table');
    }
  });

  it('gives way to the compact graph when its tables cannot fit (2-8×6-1)', () => {
    const sizes = [2, 8, 8, 8, 8, 8, 8, 1];
    expect(layoutAsTables(sizes, { width: 980, height: 569, presentation: true }, TABLE_MODE)).toBeNull();
    expect(layoutNetwork(sizes, { width: 980, height: 569, presentation: true }).compact).toBe(true);
  });

  it('splits the table of units in two when a whole one does not fit', () => {
    const layout = layoutNetwork(DENSE['deep sigmoid preset'], { ...AREAS[2]!, valueChars: 9 });
    expect(layout.tables).toHaveLength(2);
    const units = layout.tables.map((t) => layout.nodes.flat().filter((n) => inside(n.label!, t.box)).length);
    expect(units.reduce((a, b) => a + b)).toBe(13);
  });
});
