/**
 * Moving through the network graph with the keyboard. The graph reads as columns, left to right:
 * the inputs, the weights and biases of layer 1, the units of layer 1, the weights and biases of
 * layer 2, … A column of units is read top to bottom; a column of parameters row by row as the
 * matrix W | b is written (W_L[1][1], W_L[1][2], …, b_L[1], W_L[2][1], …), so a unit's weights are
 * followed by its bias, as in its weighted sum.
 *
 * ← and → cross to the next column along what is touched: from a unit to a weight leaving it (→) or
 * entering it (←); from a weight to the unit at either end. Shift+← / Shift+→ jump from unit to
 * unit of the neighbouring layers, skipping the weights. Pure: sizes in, target out.
 */
import type { GraphTarget } from './target';

export type GraphMove =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  /** Shift+↑/↓ in a column of parameters: the same weight (or the bias) of the unit above / below. */
  | 'rowUp'
  | 'rowDown'
  /** Shift+←/→: the units of the previous / next layer. */
  | 'layerLeft'
  | 'layerRight'
  /** First / last element of the column. */
  | 'home'
  | 'end'
  /** The first input / the last output unit. */
  | 'first'
  | 'last';

type Parameter = Exclude<GraphTarget, { kind: 'node' }>;

const clamp = (n: number, size: number) => Math.max(0, Math.min(n, size - 1));
const node = (layer: number, index: number): GraphTarget => ({ kind: 'node', layer, index });

/** The parameters of layer `layer` (≥ 1) in reading order: each row's weights, then its bias. */
function parameterColumn(sizes: readonly number[], layer: number): Parameter[] {
  const column: Parameter[] = [];
  for (let to = 0; to < sizes[layer]!; to++) {
    for (let from = 0; from < sizes[layer - 1]!; from++) column.push({ kind: 'edge', layer, to, from });
    column.push({ kind: 'bias', layer, index: to });
  }
  return column;
}

function positionIn(column: readonly Parameter[], target: Parameter): number {
  return column.findIndex((p) =>
    p.kind === 'edge' && target.kind === 'edge'
      ? p.to === target.to && p.from === target.from
      : p.kind === 'bias' && target.kind === 'bias' && p.index === target.index,
  );
}

function moveFromNode(sizes: readonly number[], at: { layer: number; index: number }, move: GraphMove) {
  const last = sizes.length - 1;
  const units = sizes[at.layer]!;
  switch (move) {
    case 'up':
    case 'rowUp':
      return node(at.layer, clamp(at.index - 1, units));
    case 'down':
    case 'rowDown':
      return node(at.layer, clamp(at.index + 1, units));
    case 'home':
      return node(at.layer, 0);
    case 'end':
      return node(at.layer, units - 1);
    case 'left':
      return at.layer === 0 ? null : ({ kind: 'edge', layer: at.layer, to: at.index, from: 0 } as const);
    case 'right':
      return at.layer === last
        ? null
        : ({ kind: 'edge', layer: at.layer + 1, to: 0, from: at.index } as const);
    case 'layerLeft':
      return at.layer === 0 ? null : node(at.layer - 1, clamp(at.index, sizes[at.layer - 1]!));
    case 'layerRight':
      return at.layer === last ? null : node(at.layer + 1, clamp(at.index, sizes[at.layer + 1]!));
    case 'first':
      return node(0, 0);
    case 'last':
      return node(last, sizes[last]! - 1);
  }
}

function moveFromParameter(sizes: readonly number[], at: Parameter, move: GraphMove) {
  const column = parameterColumn(sizes, at.layer);
  const position = positionIn(column, at);
  const rowLength = sizes[at.layer - 1]! + 1;
  const row = at.kind === 'edge' ? at.to : at.index;
  const before = sizes[at.layer - 1]!;
  switch (move) {
    case 'up':
      return column[clamp(position - 1, column.length)]!;
    case 'down':
      return column[clamp(position + 1, column.length)]!;
    case 'rowUp':
      return column[position - rowLength] ?? at;
    case 'rowDown':
      return column[position + rowLength] ?? at;
    case 'home':
      return column[0]!;
    case 'end':
      return column[column.length - 1]!;
    case 'left':
    case 'layerLeft':
      return node(at.layer - 1, at.kind === 'edge' ? at.from : clamp(row, before));
    case 'right':
    case 'layerRight':
      return node(at.layer, row);
    case 'first':
    case 'last':
      return moveFromNode(sizes, { layer: 0, index: 0 }, move);
  }
}

/**
 * Where `move` leads from `at` in a network of layer sizes `sizes` (input layer first); `at` itself
 * at an edge of the graph (nothing further that way).
 */
export function moveInGraph(sizes: readonly number[], at: GraphTarget, move: GraphMove): GraphTarget {
  const next = at.kind === 'node' ? moveFromNode(sizes, at, move) : moveFromParameter(sizes, at, move);
  return next ?? at;
}

/** Keys of the graph's keyboard scheme (see moveInGraph); anything else is not the graph's. */
export function graphMoveOf(key: string, shift: boolean, ctrl: boolean): GraphMove | null {
  switch (key) {
    case 'ArrowUp':
      return shift ? 'rowUp' : 'up';
    case 'ArrowDown':
      return shift ? 'rowDown' : 'down';
    case 'ArrowLeft':
      return shift ? 'layerLeft' : 'left';
    case 'ArrowRight':
      return shift ? 'layerRight' : 'right';
    case 'Home':
      return ctrl ? 'first' : 'home';
    case 'End':
      return ctrl ? 'last' : 'end';
    default:
      return null;
  }
}
