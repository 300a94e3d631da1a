/**
 * layoutNetwork: where every node, bias, edge, header and value label of the graph goes. Columns
 * by layer (the input layer first), vertically centred; each node is a card holding its numbers,
 * its bias a marker and label just below it, and each edge runs from a port on the right of its
 * source card to a port on the left of its target card, with its label on the edge.
 *
 * The result depends only on the layer sizes, the area and the mode, so a component memoises it
 * once per shape. Labels never overlap and never leave the viewport: the richest LabelMode whose
 * layout passes findOverlaps and the viewport check is chosen (see chooseLabelMode).
 */
import {
  boxesOverlap,
  findOverlaps,
  outsideViewport,
  clampIntoViewport,
  type Box,
  type LabelBox,
} from './boxes';
import { placeColumns, type Geometry } from './columns';
import { placeEdgeLabels, boxAt } from './edgeLabels';
import { layoutWithMatrices } from './matrixArrangement';
import { layoutAsTables } from './tableLayout';
import type { EdgeLayout, LabelMode, LayoutOptions, NetworkLayout, NodeLayout } from './layoutTypes';
import { lineSlots, parameterChars, PARAMETER_LINES, PREFIX_CHARS } from './nodeLines';
import { labelSize, textMetrics, type TextMetrics } from './textMetrics';

/** The modes tried, richest first. */
export const LABEL_MODES: readonly LabelMode[] = [
  { nodeDetail: 'full', biasLabels: true, edgeLabels: true, matrices: false },
  // Every value still on screen: weights and biases move into per-layer matrices.
  { nodeDetail: 'full', biasLabels: false, edgeLabels: false, matrices: true },
  { nodeDetail: 'brief', biasLabels: false, edgeLabels: false, matrices: true },
  // Every value still on screen, no graph drawn: the units in a table beside the matrices.
  { nodeDetail: 'table', biasLabels: false, edgeLabels: false, matrices: true },
  // Every weight and bias still on screen, the nodes down to a and δ.
  { nodeDetail: 'short', biasLabels: false, edgeLabels: false, matrices: true },
  // Larger networks: weights on hover and in the details; nodes with fewer lines.
  { nodeDetail: 'full', biasLabels: true, edgeLabels: false, matrices: false },
  { nodeDetail: 'full', biasLabels: false, edgeLabels: false, matrices: false },
  { nodeDetail: 'short', biasLabels: false, edgeLabels: false, matrices: false },
  { nodeDetail: 'stagger', biasLabels: false, edgeLabels: false, matrices: false },
  { nodeDetail: 'bare', biasLabels: false, edgeLabels: false, matrices: false },
  { nodeDetail: 'none', biasLabels: false, edgeLabels: false, matrices: false },
];

/** True when the mode writes every weight and bias on screen (on the edges or in matrices). */
export function showsEveryValue(mode: LabelMode): boolean {
  return (mode.edgeLabels && mode.biasLabels) || mode.matrices;
}

/** The vertical ports where `count` edges attach to one side of a card. */
function port(card: NodeLayout['card'], k: number, count: number, inset: number): number {
  const usable = Math.max(0, card.height - 2 * inset);
  return card.y + inset + ((k + 0.5) * usable) / count;
}

function edgeSegments(nodes: NodeLayout[][], m: TextMetrics): EdgeLayout[][][] {
  const inset = Math.min(m.padding, 2);
  return nodes.map((column, l) => {
    if (l === 0) return [];
    const sources = nodes[l - 1]!;
    return column.map((target) =>
      sources.map((source) => {
        const segment = {
          x1: source.card.x + source.card.width,
          y1: port(source.card, target.unit, column.length, inset),
          x2: target.card.x,
          y2: port(target.card, source.unit, sources.length, inset),
        };
        return {
          ...segment,
          id: `${l}:${target.unit}:${source.unit}`,
          layer: l,
          i: target.unit,
          j: source.unit,
          label: null,
          lines: [],
          callout: { x: 0, y: 0, width: 0, height: 0 },
          calloutLines: [],
        };
      }),
    );
  });
}

/** Every box the layout draws text in (or that text must avoid), with an owner id. */
export function labelBoxes(layout: NetworkLayout): LabelBox[] {
  const boxes: LabelBox[] = [];
  layout.headers.forEach((h) => boxes.push({ id: `header:${h.layer}`, ...h.box }));
  // A table's rows (its nodes' swatches and labels) lie inside it by construction.
  layout.tables.forEach((table, k) => boxes.push({ id: `table:${k}`, ...table.box }));
  if (layout.tables.length === 0)
    layout.nodes.flat().forEach((n) => {
      boxes.push({ id: `node:${n.id}`, ...n.card });
      if (n.label) boxes.push({ id: `node-label:${n.id}`, ...n.label });
    });
  layout.biases.flat().forEach((b) => {
    if (b.marker) boxes.push({ id: `bias-marker:${b.id}`, ...b.marker });
    if (b.label) boxes.push({ id: `bias:${b.id}`, ...b.label });
  });
  layout.edges.flat(2).forEach((e) => {
    if (e.label) boxes.push({ id: `edge:${e.id}`, ...e.label });
  });
  layout.matrices.forEach((matrix) => boxes.push({ id: `matrix:${matrix.layer}`, ...matrix.box }));
  return boxes;
}

/**
 * Which side each column's labels take in a staggered layout, tried in order: alternating (even
 * layers above), its mirror image, then each of those with one column flipped (so a single-unit
 * output layer can take the side its neighbour leaves free). 2 + 2n patterns keep the search fast.
 */
function* staggerSides(columns: number): Generator<(l: number) => boolean> {
  for (const start of [true, false]) {
    const alternating = (l: number) => (l % 2 === 0) === start;
    yield alternating;
    for (let flipped = 0; flipped < columns; flipped++) yield (l) => (l === flipped) !== alternating(l);
  }
}

/** The layout in one mode, or null when some label would overlap another or leave the viewport. */
export function layoutInMode(
  sizes: readonly number[],
  options: LayoutOptions,
  mode: LabelMode,
): NetworkLayout | null {
  if (mode.nodeDetail === 'table') return layoutAsTables(sizes, options, mode);
  if (mode.matrices)
    return layoutWithMatrices(sizes, options, {
      layoutGraph: (graph) => layoutWithSides(sizes, graph, mode, () => true),
      columnsFit: (graph) =>
        placeColumns(
          sizes,
          graph,
          geometry(graph, mode, () => true),
        ) !== null,
      labelBoxes,
    });
  const sides = mode.nodeDetail === 'stagger' ? staggerSides(sizes.length) : [() => true];
  for (const labelAbove of sides) {
    const layout = layoutWithSides(sizes, options, mode, labelAbove);
    if (layout) return layout;
  }
  return null;
}

function geometry(options: LayoutOptions, mode: LabelMode, labelAbove: (l: number) => boolean): Geometry {
  const m = textMetrics(options.presentation, options.valueChars);
  return {
    m,
    mode,
    markerSize: 0.75 * m.fontSize,
    markerGap: 0.3 * m.fontSize,
    parameterLabel: labelSize(m, parameterChars(m), PARAMETER_LINES),
    labelAbove,
  };
}

function layoutWithSides(
  sizes: readonly number[],
  options: LayoutOptions,
  mode: LabelMode,
  labelAbove: (l: number) => boolean,
): NetworkLayout | null {
  const g = geometry(options, mode, labelAbove);
  const { m } = g;
  const placed = placeColumns(sizes, options, g);
  if (!placed) return null;
  const edges = edgeSegments(placed.nodes, m);
  const layout: NetworkLayout = {
    width: options.width,
    height: options.height,
    presentation: options.presentation,
    metrics: m,
    mode,
    compact: !mode.edgeLabels && !mode.matrices,
    ...placed,
    edges,
    matrices: [],
    tables: [],
  };
  const size = { width: options.width, height: options.height };
  const flat = edges.flat(2);
  if (mode.edgeLabels) {
    const gaps = edges.slice(1).map((layer) => layer.flat());
    const boxes = placeEdgeLabels(gaps, size, g.parameterLabel, labelBoxes(layout));
    if (!boxes) return null;
    gaps.forEach((gap, l) =>
      gap.forEach((edge, k) => {
        edge.label = boxes[l]![k]!;
        edge.lines = lineSlots(m, edge.label, PARAMETER_LINES, PREFIX_CHARS);
      }),
    );
  }
  const fixed = labelBoxes(layout);
  for (const edge of flat) {
    edge.callout = placeCallout(edge, g.parameterLabel, fixed, options);
    edge.calloutLines = lineSlots(m, edge.callout, PARAMETER_LINES, PREFIX_CHARS);
  }
  const boxes = labelBoxes(layout);
  if (findOverlaps(boxes).length > 0 || outsideViewport(boxes, options.width, options.height).length > 0)
    return null;
  return layout;
}

/** Where along its edge a hover callout may sit: the middle first, then outwards. */
const CALLOUT_FRACTIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8] as const;
const CALLOUT_SHIFTS = [0, -0.5, 0.5] as const;

/**
 * A hover callout's box: on its edge, clear of every fixed label and node card (one callout shows at
 * a time, so callouts need not avoid each other); centred on the edge when no spot is clear.
 */
function placeCallout(
  edge: Parameters<typeof boxAt>[0],
  size: { width: number; height: number },
  fixed: readonly LabelBox[],
  options: LayoutOptions,
): Box {
  for (const t of CALLOUT_FRACTIONS) {
    for (const shift of CALLOUT_SHIFTS) {
      const box = boxAt(edge, t, size.width, size.height);
      const candidate = clampIntoViewport(
        { ...box, y: box.y + shift * size.height },
        options.width,
        options.height,
      );
      if (!fixed.some((other) => boxesOverlap(candidate, other))) return candidate;
    }
  }
  return clampIntoViewport(boxAt(edge, 0.5, size.width, size.height), options.width, options.height);
}

/** The richest label mode whose layout fits (pure; the last, text-free mode when nothing does). */
export function chooseLabelMode(sizes: readonly number[], options: LayoutOptions): LabelMode {
  return layoutNetwork(sizes, options).mode;
}

/**
 * Lay out a network of these layer sizes (input layer first) in a width × height area. Tries the
 * label modes richest first and returns the first that fits. If even the text-free mode does not
 * fit (a very small area), the layout is made for a larger area instead and its width and height
 * say so: the component then scrolls rather than shrinks text or lets it overlap.
 */
export function layoutNetwork(sizes: readonly number[], options: LayoutOptions): NetworkLayout {
  for (const mode of LABEL_MODES) {
    const layout = layoutInMode(sizes, options, mode);
    if (layout) return layout;
  }
  return enlargedLayout(sizes, options);
}

/** Smallest area tried by enlargedLayout, so a zero-sized container still gets a drawing. */
const MIN_AREA = { width: 320, height: 240 };

function enlargedLayout(sizes: readonly number[], options: LayoutOptions): NetworkLayout {
  const textFree = LABEL_MODES[LABEL_MODES.length - 1]!;
  let width = Math.max(options.width, MIN_AREA.width);
  let height = Math.max(options.height, MIN_AREA.height);
  for (let attempt = 0; attempt < 30; attempt++) {
    const layout = layoutInMode(sizes, { ...options, width, height }, textFree);
    if (layout) return layout;
    width *= 1.2;
    height *= 1.2;
  }
  throw new Error(`cannot lay out a network of sizes ${sizes.join('-')}`);
}
