import { describe, expect, it } from 'vitest';
import { findOverlaps, outsideViewport, type Box } from '../../../src/viz/boxes';
import { labelBoxes, LABEL_MODES, layoutNetwork } from '../../../src/viz/layout';
import { layoutAsTables } from '../../../src/viz/tableLayout';

/** The graph area of the app at the projector sizes (measured in Chromium; see projector.spec.ts). */
const AREAS = [
  { name: '1024×768', width: 664, height: 572, presentation: false },
  { name: '1024×768 presentation', width: 1024, height: 616, presentation: true },
  { name: '1280×720 presentation', width: 980, height: 569, presentation: true },
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
      it(`writes every value of the ${name} at ${area.name}, nothing overlapping`, () => {
        // Values of up to 9 characters ("−3.872e−6"), as these lessons show.
        const layout = layoutNetwork(sizes, { ...area, valueChars: 9 });
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
