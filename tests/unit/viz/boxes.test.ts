import { describe, expect, it } from 'vitest';
import { clampIntoViewport, findOverlaps, insideViewport, outsideViewport } from '../../../src/viz/boxes';

const box = (id: string, x: number, y: number, width = 10, height = 10) => ({ id, x, y, width, height });

describe('findOverlaps', () => {
  it('reports each overlapping pair once', () => {
    const overlaps = findOverlaps([box('a', 0, 0), box('b', 5, 5), box('c', 100, 100)]);
    expect(overlaps).toEqual([['a', 'b']]);
  });

  it('does not count boxes that only touch', () => {
    expect(findOverlaps([box('a', 0, 0), box('b', 10, 0), box('c', 0, 10)])).toEqual([]);
  });

  it('finds a small box inside a wide one further left', () => {
    expect(findOverlaps([box('wide', 0, 0, 500, 10), box('inner', 400, 2, 5, 5), box('x', 200, 50)])).toEqual(
      [['wide', 'inner']],
    );
  });

  it('finds overlaps between boxes that share an x but not a y only when y overlaps too', () => {
    expect(findOverlaps([box('a', 0, 0), box('b', 0, 20), box('c', 0, 25)])).toEqual([['b', 'c']]);
  });
});

describe('viewport', () => {
  it('insideViewport accepts boxes touching the border and rejects boxes crossing it', () => {
    expect(insideViewport(box('a', 0, 0, 100, 50), 100, 50)).toBe(true);
    expect(insideViewport(box('a', -1, 0), 100, 50)).toBe(false);
    expect(outsideViewport([box('in', 10, 10), box('out', 95, 10)], 100, 50)).toEqual(['out']);
  });

  it('clampIntoViewport moves a box just enough', () => {
    expect(clampIntoViewport(box('a', -5, 45), 100, 50)).toMatchObject({ x: 0, y: 40 });
  });
});
