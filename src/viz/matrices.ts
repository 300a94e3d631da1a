/**
 * The weight matrices: where the graph writes every weight and bias when their labels do not fit on
 * the edges. Layer l's matrix is W_l (out × in, as the engine stores it) with b_l as an extra column,
 * so a row reads as the node's weighted sum z_i = Σ_j W_l[i][j]·a_j + b_i and the shape the tutorial
 * insists on ("dL/dW has W's shape") is the matrix's own. Each cell holds w over dL/dw, or after an
 * update the old value, the new one and Δ = new − old (three lines, reserved from the start so the
 * layout does not move when Update is clicked).
 *
 * The matrices are packed in reading order into a region (shelf packing: left to right, then the
 * next row), or the packing fails and the caller tries another region or mode.
 */
import { format, messages } from '../i18n';
import type { Box } from './boxes';
import { packBlocks } from './packing';
import type { LineSlot } from './layoutTypes';
import { lineSlots } from './nodeLines';
import { textColumns, type TextMetrics } from './textMetrics';

const M = messages.graph.matrix;

/** One cell: a weight W_l[i][j] (kind "W") or a bias b_l[i] (kind "b", j = −1). */
export interface MatrixCell {
  /** "W:L:I:J" or "b:L:I", as `data-cell` in the DOM contract. */
  id: string;
  kind: 'W' | 'b';
  layer: number;
  i: number;
  j: number;
  box: Box;
  /** CELL_LINES lines: w and dL/dw, or old, new and Δ after an update. */
  lines: LineSlot[];
}

/** Fixed text of a matrix (title, legend, row and column heads): x is the start, y the baseline. */
export interface MatrixText {
  /**
   * The legend's text changes after an update ("old / → new"); an activation (a units table's) is
   * filled in with the name of `layer`'s activation; the others are fixed.
   */
  kind: 'title' | 'legend' | 'head' | 'activation';
  layer?: number;
  text: string;
  x: number;
  y: number;
  /** "middle" for column heads; "start" otherwise. */
  anchor: 'start' | 'middle';
}

export interface MatrixLayout {
  layer: number;
  box: Box;
  /** The frame around the cells (the matrix's brackets are drawn on its sides). */
  grid: Box;
  texts: MatrixText[];
  /** cells[i][j] for the weights, then the bias as the last entry of each row. */
  cells: MatrixCell[][];
}

/** Characters of a row head ("4"; two for up to 99 units). */
const ROW_HEAD_CHARS = 2;
/** Lines of a cell: w, dL/dw; after an update old, new, Δ. */
export const CELL_LINES = 3;

/**
 * The title's line: bold glyph boxes are about 1.25 em high, more than the table layout's 1.2 em
 * line pitch (denseMetrics), so the title line keeps at least 1.3 em.
 */
function titleLine(m: TextMetrics): number {
  return Math.max(m.lineHeight, 1.3 * m.fontSize);
}

export function cellSize(m: TextMetrics) {
  return {
    width: m.valueChars * m.charWidth + 2 * m.padding,
    height: CELL_LINES * m.lineHeight + m.padding,
  };
}

/** The title of layer l's matrix, followed on the same line by the legend. */
function titleText(sizes: readonly number[], l: number): string {
  return format(M.title, { layer: l, out: sizes[l] ?? 0, in: sizes[l - 1] ?? 0 });
}

/** Columns the legend takes, before or after an update (read when laid out: the language may change). */
function legendColumns(): number {
  return Math.max(textColumns(M.legend), textColumns(M.legendUpdated));
}

/** Width and height of layer l's matrix. */
export function matrixSize(sizes: readonly number[], l: number, m: TextMetrics) {
  const cell = cellSize(m);
  const columns = (sizes[l - 1] ?? 0) + 1;
  const titleChars = textColumns(titleText(sizes, l)) + 1 + legendColumns();
  const gridWidth = ROW_HEAD_CHARS * m.charWidth + m.padding + columns * cell.width;
  return {
    width: Math.max(gridWidth, titleChars * m.charWidth) + 2 * m.padding,
    // The title and legend, the column heads, the rows.
    height: titleLine(m) + m.lineHeight + (sizes[l] ?? 0) * cell.height + 2 * m.padding,
  };
}

/** Layer l's matrix with its top-left corner at (x, y). */
export function placeMatrix(
  sizes: readonly number[],
  l: number,
  m: TextMetrics,
  x: number,
  y: number,
): MatrixLayout {
  const size = matrixSize(sizes, l, m);
  const cell = cellSize(m);
  const inputs = sizes[l - 1] ?? 0;
  const left = x + m.padding;
  const base = (top: number) => top + m.fontSize;
  const title = titleText(sizes, l);
  const titleY = base(y + m.padding);
  const texts: MatrixText[] = [
    { kind: 'title', text: title, x: left, y: titleY, anchor: 'start' },
    {
      kind: 'legend',
      text: M.legend,
      x: left + (textColumns(title) + 1) * m.charWidth,
      y: titleY,
      anchor: 'start',
    },
  ];
  const gridLeft = left + ROW_HEAD_CHARS * m.charWidth + m.padding;
  const headTop = y + m.padding + titleLine(m);
  const rowsTop = headTop + m.lineHeight;
  for (let j = 0; j <= inputs; j++) {
    const text = j === inputs ? M.bias : format(l === 1 ? M.input : M.unit, { unit: j + 1 });
    texts.push({
      kind: 'head',
      text,
      x: gridLeft + (j + 0.5) * cell.width,
      y: base(headTop),
      anchor: 'middle',
    });
  }
  const cells: MatrixCell[][] = [];
  for (let i = 0; i < (sizes[l] ?? 0); i++) {
    const top = rowsTop + i * cell.height;
    texts.push({ kind: 'head', text: String(i + 1), x: left, y: base(top + m.padding / 2), anchor: 'start' });
    const row: MatrixCell[] = [];
    for (let j = 0; j <= inputs; j++) {
      const box = { x: gridLeft + j * cell.width, y: top, width: cell.width, height: cell.height };
      const bias = j === inputs;
      row.push({
        id: bias ? `b:${l}:${i}` : `W:${l}:${i}:${j}`,
        kind: bias ? 'b' : 'W',
        layer: l,
        i,
        j: bias ? -1 : j,
        box,
        lines: lineSlots(m, { ...box, y: box.y - m.padding / 2 }, CELL_LINES, 0),
      });
    }
    cells.push(row);
  }
  const grid = {
    x: gridLeft,
    y: rowsTop,
    width: (inputs + 1) * cell.width,
    height: (sizes[l] ?? 0) * cell.height,
  };
  return { layer: l, box: { x, y, ...size }, grid, texts, cells };
}

/**
 * Every layer's matrix packed in layer order into `regions`: in each region left to right and then
 * row by row, a font size apart, moving on to the next region when a matrix does not fit the rest
 * of this one; null when they do not all fit.
 */
export function packMatrices(
  sizes: readonly number[],
  m: TextMetrics,
  regions: Box | readonly Box[],
): MatrixLayout[] | null {
  const layers = sizes.slice(1).map((_, k) => k + 1);
  const corners = packBlocks(
    layers.map((l) => matrixSize(sizes, l, m)),
    Array.isArray(regions) ? (regions as readonly Box[]) : [regions as Box],
    m.fontSize,
  );
  return corners && layers.map((l, k) => placeMatrix(sizes, l, m, corners[k]!.x, corners[k]!.y));
}

/** The area all the matrices take (without gaps): a quick bound before any packing is tried. */
export function matricesArea(sizes: readonly number[], m: TextMetrics): number {
  return sizes.slice(1).reduce((sum, _, k) => {
    const size = matrixSize(sizes, k + 1, m);
    return sum + size.width * size.height;
  }, 0);
}

/** The height the matrices need when packed into rows of this width (Infinity when one is wider). */
export function packedHeight(sizes: readonly number[], m: TextMetrics, width: number): number {
  const packed = packMatrices(sizes, m, { x: 0, y: 0, width, height: Infinity });
  if (!packed) return Infinity;
  return Math.max(0, ...packed.map((matrix) => matrix.box.y + matrix.box.height));
}

/** The width the matrices need stacked in one column (the widest matrix) and that column's height. */
export function stackedSize(sizes: readonly number[], m: TextMetrics): { width: number; height: number } {
  const sizesOf = sizes.slice(1).map((_, k) => matrixSize(sizes, k + 1, m));
  return {
    width: Math.max(0, ...sizesOf.map((s) => s.width)),
    height: sizesOf.reduce((sum, s) => sum + s.height, 0) + Math.max(0, sizesOf.length - 1) * m.fontSize,
  };
}
