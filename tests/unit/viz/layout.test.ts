import { describe, expect, it } from 'vitest';
import { findOverlaps, outsideViewport } from '../../../src/viz/boxes';
import { MAX_VALUE_CHARS } from '../../../src/viz/format';
import { headerLines } from '../../../src/viz/headers';
import { chooseLabelMode, labelBoxes, layoutNetwork } from '../../../src/viz/layout';
import { nodePrefix, parameterChars } from '../../../src/viz/nodeLines';
import type { LineSlot, NetworkLayout } from '../../../src/viz/layoutTypes';
import type { Box } from '../../../src/viz/boxes';

/** The preset shapes (and the largest network the UI takes). */
const SHAPES: Record<string, number[]> = {
  'x → relu(2) → sigmoid': [1, 2, 1],
  'Mazur 2-2-2': [2, 2, 2],
  'XOR 2-2-1': [2, 2, 1],
  'XOR 2-3-1': [2, 3, 1],
  'deep sigmoid': [1, 3, 3, 3, 3, 1],
  'vanishing preset': [2, 2, 2, 2, 2, 2, 1],
  'deep sigmoid, wider': [2, 4, 4, 4, 4, 4, 1],
  largest: [2, 8, 8, 8, 8, 8, 8, 1],
};

/** The graph's share of a 1280×720 window, presentation mode in it, and a roomier presentation area. */
const AREAS = [
  { width: 860, height: 560, presentation: false },
  { width: 860, height: 560, presentation: true },
  { width: 1240, height: 620, presentation: true },
  { width: 1280, height: 720, presentation: false },
];

/** A line's text fits its box: glyphs (≈ 1.17 em tall) between the box's top and bottom, characters before its right edge. */
function expectLineInside(line: LineSlot, box: Box, chars: number, layout: NetworkLayout, what: string) {
  const { fontSize, charWidth } = layout.metrics;
  expect(line.y - 0.95 * fontSize, `${what} top`).toBeGreaterThanOrEqual(box.y);
  expect(line.y + 0.25 * fontSize, `${what} bottom`).toBeLessThanOrEqual(box.y + box.height + 1e-9);
  expect(line.valueX + chars * charWidth, `${what} right`).toBeLessThanOrEqual(box.x + box.width + 1e-9);
}

function insideBox(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width + 1e-9 &&
    inner.y + inner.height <= outer.y + outer.height + 1e-9
  );
}

describe('layoutNetwork', () => {
  for (const [name, sizes] of Object.entries(SHAPES)) {
    for (const area of AREAS) {
      const where = `${area.width}×${area.height}${area.presentation ? ' presentation' : ''}`;
      it(`${name} at ${where}: no label overlaps another or leaves the viewport`, () => {
        const layout = layoutNetwork(sizes, area);
        const boxes = labelBoxes(layout);
        expect(findOverlaps(boxes)).toEqual([]);
        expect(outsideViewport(boxes, area.width, area.height)).toEqual([]);
        expect(layout.metrics.fontSize).toBeGreaterThanOrEqual(area.presentation ? 16 : 12);
        if (layout.tables.length === 0)
          expect(boxes.length).toBeGreaterThan(sizes.reduce((a, b) => a + b, 0));
        // The table layout's boxes are its tables and matrices; each node is a row inside a table.
        else
          for (const node of layout.nodes.flat())
            expect(
              layout.tables.some(
                (table) => insideBox(node.label!, table.box) && insideBox(node.card, table.box),
              ),
              `node ${node.id} inside a table`,
            ).toBe(true);
      });
    }
  }

  it('every text line fits inside its box, in every mode', () => {
    for (const sizes of Object.values(SHAPES)) {
      for (const area of AREAS) {
        const layout = layoutNetwork(sizes, area);
        for (const node of layout.nodes.flat()) {
          const box = node.label ?? node.card;
          for (const line of node.lines)
            expectLineInside(line, box, MAX_VALUE_CHARS, layout, `node ${node.id}`);
        }
        for (const edge of layout.edges.flat(2)) {
          for (const line of edge.lines)
            expectLineInside(line, edge.label!, MAX_VALUE_CHARS, layout, `edge ${edge.id}`);
          // The table layout has no hover callouts: every value is in its matrix cell.
          if (layout.tables.length > 0) continue;
          for (const line of edge.calloutLines)
            expectLineInside(line, edge.callout, MAX_VALUE_CHARS, layout, `callout ${edge.id}`);
          const oldNew = { ...edge.calloutLines[0]!, valueX: edge.calloutLines[0]!.x };
          expectLineInside(
            oldNew,
            edge.callout,
            parameterChars(layout.metrics),
            layout,
            `old → new ${edge.id}`,
          );
        }
      }
    }
  });

  it('shows every edge label for the small presets at 860×560 (values of up to 8 characters)', () => {
    for (const sizes of [SHAPES['x → relu(2) → sigmoid']!, SHAPES['Mazur 2-2-2']!, SHAPES['XOR 2-3-1']!]) {
      const layout = layoutNetwork(sizes, { ...AREAS[0]!, valueChars: 8 });
      expect(layout.compact).toBe(false);
      expect(layout.mode).toEqual({
        nodeDetail: 'full',
        biasLabels: true,
        edgeLabels: true,
        matrices: false,
      });
      expect(layout.edges.flat(2).every((edge) => edge.label !== null)).toBe(true);
    }
  });

  it('chooses compact mode for the largest network', () => {
    const layout = layoutNetwork(SHAPES.largest!, AREAS[0]!);
    expect(layout.compact).toBe(true);
    expect(layout.edges.flat(2).every((edge) => edge.label === null)).toBe(true);
    expect(chooseLabelMode(SHAPES.largest!, AREAS[0]!)).toEqual(layout.mode);
  });

  it('staggers node labels above and below small markers when columns are too close for cards', () => {
    const layout = layoutNetwork(SHAPES['vanishing preset']!, AREAS[1]!);
    expect(layout.mode.nodeDetail).toBe('stagger');
    const sides = layout.nodes.flat().map((node) => {
      if (node.label!.y + node.label!.height <= node.card.y) return 'above';
      if (node.label!.y >= node.card.y + node.card.height) return 'below';
      return 'beside';
    });
    expect(sides).not.toContain('beside');
    expect(new Set(sides)).toEqual(new Set(['above', 'below']));
  });

  it('still writes node values on the largest network when the area allows', () => {
    const layout = layoutNetwork(SHAPES.largest!, AREAS[3]!);
    expect(layout.mode.nodeDetail).not.toBe('none');
  });

  it('is stable: the same input gives the same layout', () => {
    const a = layoutNetwork([2, 3, 1], AREAS[0]!);
    const b = layoutNetwork([2, 3, 1], AREAS[0]!);
    expect(b).toEqual(a);
  });

  it('puts the input layer first and columns left to right, each column vertically centred', () => {
    const layout = layoutNetwork([2, 3, 1], AREAS[0]!);
    const xs = layout.columns.map((c) => c.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layout.nodes.map((column) => column.length)).toEqual([2, 3, 1]);
    const centre = (column: number) => {
      const cards = layout.nodes[column]!.map((n) => n.card);
      return (cards[0]!.y + cards[cards.length - 1]!.y) / 2;
    };
    expect(Math.abs(centre(0) - centre(1))).toBeLessThan(40);
  });

  it('runs edge L:I:J from unit J of layer L − 1 to unit I of layer L', () => {
    const layout = layoutNetwork([2, 3, 1], AREAS[0]!);
    const edge = layout.edges[1]![2]![0]!;
    expect(edge.id).toBe('1:2:0');
    const source = layout.nodes[0]![0]!.card;
    const target = layout.nodes[1]![2]!.card;
    expect(edge.x1).toBeCloseTo(source.x + source.width);
    expect(edge.y1).toBeGreaterThan(source.y);
    expect(edge.y1).toBeLessThan(source.y + source.height);
    expect(edge.x2).toBeCloseTo(target.x);
    expect(edge.y2).toBeGreaterThan(target.y);
    expect(edge.y2).toBeLessThan(target.y + target.height);
  });

  it('gives every layer but the input a bias per unit, joined to its node', () => {
    const layout = layoutNetwork([2, 3, 1], { ...AREAS[0]!, valueChars: 8 });
    expect(layout.biases.map((column) => column.length)).toEqual([0, 3, 1]);
    const bias = layout.biases[1]![1]!;
    const card = layout.nodes[1]![1]!.card;
    expect(bias.id).toBe('1:1');
    expect(bias.link?.y2).toBeCloseTo(card.y + card.height);
    expect(bias.label).not.toBeNull();
  });

  it('draws no bias marker when the biases are written in the matrices (their b column)', () => {
    const layout = layoutNetwork([2, 4, 4, 2], {
      width: 920,
      height: 594,
      presentation: false,
      valueChars: 9,
    });
    expect(layout.mode.matrices).toBe(true);
    for (const bias of layout.biases.flat()) {
      expect(bias.marker).toBeNull();
      expect(bias.link).toBeNull();
    }
  });
});

describe('node line prefixes and headers', () => {
  it('writes x on the input layer and δ for dL/dz when short', () => {
    expect(nodePrefix('a', 0, 'full')).toBe('x');
    expect(nodePrefix('dLdz', 1, 'full')).toBe('dL/dz');
    expect(nodePrefix('dLdz', 1, 'short')).toBe('δ');
    expect(nodePrefix('a', 1, 'bare')).toBe('');
  });

  it('names each layer, its activation and its shapes (W out×in, dL/dW the same)', () => {
    expect(headerLines([2, 3, 1], 0, null)).toEqual(['Input', 'x 2']);
    expect(headerLines([2, 3, 1], 1, 'tanh')).toEqual(['Layer 1', 'tanh', 'W 3×2, a 3', 'dL/dW 3×2']);
  });
});

describe('layoutNetwork in an area too small for any mode', () => {
  it('lays out for a larger area (reported in width and height) rather than overlap labels', () => {
    const layout = layoutNetwork([2, 8, 8, 8, 8, 8, 8, 1], { width: 300, height: 200, presentation: true });
    expect(layout.width).toBeGreaterThan(300);
    expect(layout.height).toBeGreaterThan(200);
    const boxes = labelBoxes(layout);
    expect(findOverlaps(boxes)).toEqual([]);
    expect(outsideViewport(boxes, layout.width, layout.height)).toEqual([]);
  });

  it('copes with a zero-sized container', () => {
    expect(layoutNetwork([1, 2, 1], { width: 0, height: 0, presentation: false }).width).toBeGreaterThan(0);
  });
});
