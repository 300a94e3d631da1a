/**
 * The shapes layoutNetwork returns. Everything is in SVG user units (px) of a viewBox
 * 0 0 width height, and depends only on the layer sizes, the size of the area and the mode.
 */
import type { Box } from './boxes';
import type { MatrixLayout, MatrixText } from './matrices';
import type { TextMetrics } from './textMetrics';

/** How much of a node's numbers is written on it. */
export type NodeDetail =
  /** Prefixed lines: z, a, dL/dz, dL/da (and y on the output layer, x on the input layer). */
  | 'full'
  /** The full lines with one- or two-character prefixes (δ for dL/dz, ∂a for dL/da). */
  | 'brief'
  /** Two lines, a and δ (= dL/dz); x alone on the input layer. */
  | 'short'
  /**
   * The short lines in a label beside a small node marker, above it on even layers and below it on
   * odd ones, so labels may be wider than the space between columns.
   */
  | 'stagger'
  /** The same two values without prefixes, told apart by the direction colours. */
  | 'bare'
  /** No text: the values are in the tooltip, on hover and in the details panel. */
  | 'none'
  /**
   * No graph: each node is a row of the table of units (z, a, dL/dz, dL/da under column heads) and
   * the weights are in the matrices: every value on screen where the drawn graph has no room.
   */
  | 'table';

/** Which labels are drawn; chooseLabelMode picks the richest one that fits. */
export interface LabelMode {
  nodeDetail: NodeDetail;
  biasLabels: boolean;
  /** False in compact mode: an edge's values appear only on hover, focus or selection. */
  edgeLabels: boolean;
  /** Weights and biases written in per-layer matrices (W | b) instead of on the edges. */
  matrices: boolean;
}

/** What a node line shows. "a" is x on the input layer; "y" (the target) is on the output layer. */
export type NodeLineKey = 'z' | 'a' | 'dLdz' | 'dLda' | 'y';

/** Where one line of a label goes: its prefix starts at x, its value at valueX, both on baseline y. */
export interface LineSlot {
  x: number;
  valueX: number;
  y: number;
}

export interface NodeLineSlot extends LineSlot {
  key: NodeLineKey;
}

export interface NodeLayout {
  /** "L:I" as in the DOM contract. */
  id: string;
  layer: number;
  unit: number;
  /** The node's card: holds its text, or is a small marker when the text has its own label box. */
  card: Box;
  /** The text's own box in the staggered layout (above or below the card); null when the card holds it. */
  label: Box | null;
  lines: NodeLineSlot[];
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface BiasLayout {
  /** "L:I" */
  id: string;
  layer: number;
  unit: number;
  /**
   * The bias marker (a small square) and the line joining it to its node; null when the biases are
   * written in the matrices, whose b column stands for them (the graph keeps its height for the cards).
   */
  marker: Box | null;
  link: Segment | null;
  /** The value label beside the marker; null when bias labels are hidden. */
  label: Box | null;
  /** Two line slots: b and dL/db, or old → new and Δ after an update. */
  lines: LineSlot[];
}

export interface EdgeLayout extends Segment {
  /** "L:I:J" = W_L[I][J] */
  id: string;
  layer: number;
  i: number;
  j: number;
  /** The label on the edge; null in compact mode. */
  label: Box | null;
  lines: LineSlot[];
  /** Where the label appears on hover or selection in compact mode (drawn on top of everything). */
  callout: Box;
  calloutLines: LineSlot[];
}

export interface HeaderLayout {
  layer: number;
  /** Only name and activation (the densest layouts); the shapes are in the tooltip. */
  brief: boolean;
  box: Box;
  /** Centre x of the text and the baselines of its lines. */
  x: number;
  baselines: number[];
}

export interface ColumnLayout {
  layer: number;
  /** Centre x of the column's cards. */
  x: number;
  /** The band behind the column, for highlighting the active layer. */
  band: Box;
}

/** A table of units (the table layout): its frame, column and row heads, and rules between layers. */
export interface UnitsTableLayout {
  box: Box;
  texts: MatrixText[];
  rules: Segment[];
}

export interface NetworkLayout {
  width: number;
  height: number;
  presentation: boolean;
  metrics: TextMetrics;
  mode: LabelMode;
  /** True when weights are shown only on hover or selection (neither on the edges nor in matrices). */
  compact: boolean;
  /** The W | b matrix of each layer (matrices[l − 1] is layer l's), when the mode has them. */
  matrices: MatrixLayout[];
  /** The tables of units, in the table layout (their rows are the nodes' labels); else empty. */
  tables: UnitsTableLayout[];
  columns: ColumnLayout[];
  headers: HeaderLayout[];
  /** nodes[L][I] */
  nodes: NodeLayout[][];
  /** biases[L][I] for L ≥ 1; biases[0] is empty. */
  biases: BiasLayout[][];
  /** edges[L][I][J] for L ≥ 1; edges[0] is empty. */
  edges: EdgeLayout[][][];
}

export interface LayoutOptions {
  width: number;
  height: number;
  presentation: boolean;
  /** Characters to reserve per value (default: the widest any value can take). */
  valueChars?: number;
}
