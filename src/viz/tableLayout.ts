/**
 * The table layout: where a network's values do not fit a drawn graph (the deep lesson presets and
 * 2-4-4-2 on a projector), every value still goes on screen at once, as a textbook writes them out:
 * one W | b matrix per layer (rows = units, columns = inputs; the tutorial's "dL/dW has W's shape")
 * and a table of units (z, a, dL/dz, dL/da), in tighter type (denseMetrics). Each number stays
 * inside its DOM-contract element: a matrix cell in its edge's or bias's, a table row in its node's.
 *
 * The blocks are packed into the area in reading order (the matrices, then the units), as shelves
 * (rows left to right) or as columns (each filled top to bottom); the units table is tried whole,
 * then in two or three parts. The first packing that fits is taken, or null.
 */
import type {
  BiasLayout,
  EdgeLayout,
  LabelMode,
  LayoutOptions,
  NetworkLayout,
  NodeLayout,
} from './layoutTypes';
import { matrixSize, placeMatrix, type MatrixLayout } from './matrices';
import { packBlocks } from './packing';
import { placeUnitsTable, unitsTableSize, type UnitsTableOptions } from './unitsTable';
import { denseMetrics, textMetrics, type TextMetrics } from './textMetrics';
import type { UnitsTableLayout } from './layoutTypes';

/** The fillings tried: shelves, then columns. */
const FILLS = ['rows', 'columns'] as const;
/** The activations named in the units table where there is room; else only in tooltips and details. */
const TABLE_OPTIONS: readonly UnitsTableOptions[] = [{ activations: true }, { activations: false }];

/**
 * The layers of each table of units: one table, then two, then three (each a run of whole layers,
 * the input layer first), so the tables can fill the shelves or columns the matrices leave.
 */
function unitGroups(layerCount: number): number[][][] {
  const all = Array.from({ length: layerCount }, (_, l) => l);
  const split = (parts: number) => {
    const size = Math.ceil(layerCount / parts);
    return Array.from({ length: parts }, (_, k) => all.slice(k * size, (k + 1) * size)).filter(
      (g) => g.length,
    );
  };
  return [[all], split(2), ...(layerCount >= 3 ? [split(3)] : [])];
}

/** The table layout of a network of these sizes in the area, or null when it does not fit. */
export function layoutAsTables(
  sizes: readonly number[],
  options: LayoutOptions,
  mode: LabelMode,
): NetworkLayout | null {
  const m = denseMetrics(textMetrics(options.presentation, options.valueChars));
  const area = {
    x: m.padding,
    y: m.padding,
    width: options.width - 2 * m.padding,
    height: options.height - 2 * m.padding,
  };
  const gap = 0.5 * m.fontSize;
  const layers = Array.from({ length: sizes.length - 1 }, (_, k) => k + 1);
  const matrixSizes = layers.map((l) => matrixSize(sizes, l, m));
  for (const table of TABLE_OPTIONS)
    for (const groups of unitGroups(sizes.length)) {
      const blocks = [...matrixSizes, ...groups.map((group) => unitsTableSize(sizes, group, m, table))];
      for (const fill of FILLS) {
        const corners = packBlocks(blocks, [area], gap, fill);
        if (corners) return build(sizes, options, mode, m, layers, { groups, table }, corners);
      }
    }
  return null;
}

function build(
  sizes: readonly number[],
  options: LayoutOptions,
  mode: LabelMode,
  m: TextMetrics,
  layers: readonly number[],
  { groups, table: tableOptions }: { groups: readonly number[][]; table: UnitsTableOptions },
  corners: readonly { x: number; y: number }[],
): NetworkLayout {
  const matrices: MatrixLayout[] = layers.map((l, k) =>
    placeMatrix(sizes, l, m, corners[k]!.x, corners[k]!.y),
  );
  const tables: UnitsTableLayout[] = [];
  const nodes: NodeLayout[][] = sizes.map(() => []);
  groups.forEach((group, k) => {
    const corner = corners[layers.length + k]!;
    const placed = placeUnitsTable(sizes, group, m, corner.x, corner.y, tableOptions);
    tables.push(placed.table);
    for (const node of placed.nodes) nodes[node.layer]![node.unit] = node;
  });
  const biases: BiasLayout[][] = sizes.map((size, l) =>
    l === 0
      ? []
      : Array.from({ length: size }, (_, i) => ({
          id: `${l}:${i}`,
          layer: l,
          unit: i,
          marker: null,
          link: null,
          label: null,
          lines: [],
        })),
  );
  // No drawn graph: an edge is its matrix cell. Its segment (the cell's centre line) and callout (the
  // cell) only keep EdgeLayout whole: no line or callout is drawn in this layout.
  const edges: EdgeLayout[][][] = sizes.map((size, l) =>
    l === 0
      ? []
      : Array.from({ length: size }, (_, i) =>
          Array.from({ length: sizes[l - 1]! }, (_, j) => {
            const cell = matrices[l - 1]!.cells[i]![j]!.box;
            const y = cell.y + cell.height / 2;
            return {
              id: `${l}:${i}:${j}`,
              layer: l,
              i,
              j,
              x1: cell.x,
              y1: y,
              x2: cell.x + cell.width,
              y2: y,
              label: null,
              lines: [],
              callout: cell,
              calloutLines: [],
            };
          }),
        ),
  );
  return {
    width: options.width,
    height: options.height,
    presentation: options.presentation,
    metrics: m,
    mode,
    compact: false,
    matrices,
    tables,
    columns: [],
    headers: [],
    nodes,
    biases,
    edges,
  };
}
