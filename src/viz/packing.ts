/**
 * Packing rectangles of text (the W | b matrices, the tables of units) into regions of the graph's
 * area, in reading order: rows (left to right, a new row below the tallest block of the last) or
 * columns (top to bottom, a new column right of the widest block of the last), moving on to the
 * next region when a block does not fit the rest of the current one.
 */
import type { Box } from './boxes';

export interface Size {
  width: number;
  height: number;
}

export interface Corner {
  x: number;
  y: number;
}

/**
 * Sizes are sums of fractional font metrics: a region made exactly as large as a packing says it
 * needs must not be refused for a rounding error in the last digit.
 */
const FIT_TOLERANCE = 1e-6;

/** The top-left corner of each block, in order, or null when they do not all fit the regions. */
export function packBlocks(
  blocks: readonly Size[],
  regions: readonly Box[],
  gap: number,
  fill: 'rows' | 'columns' = 'rows',
): Corner[] | null {
  const rows = fill === 'rows';
  // u runs along a row (or column), v across to the next one.
  const [along, across] = rows ? (['width', 'height'] as const) : (['height', 'width'] as const);
  const [u, v] = rows ? (['x', 'y'] as const) : (['y', 'x'] as const);
  const queue = [...regions];
  let region = queue.shift();
  let pu = region?.[u] ?? 0;
  let pv = region?.[v] ?? 0;
  let line = 0;
  const corners: Corner[] = [];
  for (const block of blocks) {
    for (;;) {
      if (!region) return null;
      const endU = region[u] + region[along] + FIT_TOLERANCE;
      if (pu > region[u] && pu + block[along] > endU) {
        pu = region[u];
        pv += line + gap;
        line = 0;
      }
      if (pu + block[along] <= endU && pv + block[across] <= region[v] + region[across] + FIT_TOLERANCE)
        break;
      region = queue.shift();
      pu = region?.[u] ?? 0;
      pv = region?.[v] ?? 0;
      line = 0;
    }
    corners.push(rows ? { x: pu, y: pv } : { x: pv, y: pu });
    pu += block[along] + gap;
    line = Math.max(line, block[across]);
  }
  return corners;
}
