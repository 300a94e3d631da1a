/**
 * The columns of the graph: one per layer, the input layer first. Places each column's header,
 * node cards and bias markers/labels, or returns null when they cannot stand side by side (or
 * stacked) in the area without overlapping. Headers that would touch their neighbours alternate
 * between two rows rather than shrink.
 */
import type { Box } from './boxes';
import { headerLines } from './headers';
import type {
  BiasLayout,
  ColumnLayout,
  HeaderLayout,
  LabelMode,
  LayoutOptions,
  NodeLayout,
} from './layoutTypes';
import {
  cardSize,
  lineSlots,
  nodeLineKeys,
  PARAMETER_LINES,
  PREFIX_CHARS,
  prefixChars,
  textBoxSize,
} from './nodeLines';
import { baseline, labelSize, textColumns, type TextMetrics } from './textMetrics';

export interface Geometry {
  m: TextMetrics;
  mode: LabelMode;
  markerSize: number;
  markerGap: number;
  parameterLabel: { width: number; height: number };
  /** Staggered layouts: whether layer l's labels go above its markers (else below). */
  labelAbove: (l: number) => boolean;
}

export interface Columns {
  columns: ColumnLayout[];
  headers: HeaderLayout[];
  nodes: NodeLayout[][];
  biases: BiasLayout[][];
}

interface Horizontal {
  centres: number[];
  headerRows: number[];
}

/** Column centres, or null when the cards (and their bias labels) do not fit side by side. */
function placeHorizontally(
  width: number,
  m: TextMetrics,
  cardWidths: number[],
  columnWidths: number[],
  headerWidths: number[],
  labelWidths: number[],
): Horizontal | null {
  const last = cardWidths.length - 1;
  const margin = m.padding;
  const overhang = (l: number) => Math.max(headerWidths[l]!, labelWidths[l]!) / 2;
  const leftExtent = (l: number) => Math.max(cardWidths[l]! / 2, overhang(l));
  const rightExtent = (l: number) => Math.max(columnWidths[l]! - cardWidths[l]! / 2, overhang(l));
  const first = margin + leftExtent(0);
  const end = width - margin - rightExtent(last);
  if (end < first) return null;
  const spacing = last === 0 ? 0 : (end - first) / last;
  const centres = cardWidths.map((_, l) => (last === 0 ? (first + end) / 2 : first + l * spacing));
  // Edges need room between columns: one character's height still shows every line apart.
  for (let l = 0; l < last; l++) {
    const right = centres[l]! - cardWidths[l]! / 2 + columnWidths[l]!;
    if (right + m.fontSize > centres[l + 1]! - cardWidths[l + 1]! / 2) return null;
  }
  const headersClear = (step: number) =>
    centres.every(
      (c, l) =>
        l + step > last ||
        c + headerWidths[l]! / 2 + m.fontSize / 2 <= centres[l + step]! - headerWidths[l + step]! / 2,
    );
  if (headersClear(1)) return { centres, headerRows: centres.map(() => 0) };
  if (headersClear(2)) return { centres, headerRows: centres.map((_, l) => l % 2) };
  return null;
}

export function placeColumns(sizes: readonly number[], options: LayoutOptions, g: Geometry): Columns | null {
  const { m, mode } = g;
  const last = sizes.length - 1;
  const margin = m.padding;
  const cards = sizes.map((_, l) => cardSize(m, mode.nodeDetail, l, last));
  const stagger = mode.nodeDetail === 'stagger';
  const labels = sizes.map((_, l) => (stagger ? textBoxSize(m, mode.nodeDetail, l, last) : null));
  const biasLabelWidth = g.markerSize + g.markerGap + g.parameterLabel.width;
  const columnWidths = cards.map((card, l) =>
    l > 0 && mode.biasLabels ? Math.max(card.width, biasLabelWidth) : card.width,
  );
  // Matrices write the shapes in their titles, so the headers need only name and activation.
  const briefHeaders = mode.nodeDetail === 'none' || mode.matrices;
  const headerTexts = sizes.map((_, l) => headerLines(sizes, l, null, briefHeaders));
  const headerLineCount = Math.max(...headerTexts.map((lines) => lines.length));
  const headerSizes = headerTexts.map((lines) =>
    labelSize(m, Math.max(...lines.map(textColumns)), headerLineCount),
  );
  const horizontal = placeHorizontally(
    options.width,
    m,
    cards.map((c) => c.width),
    columnWidths,
    headerSizes.map((s) => s.width),
    labels.map((label) => label?.width ?? 0),
  );
  if (!horizontal) return null;

  const headerHeight = headerSizes[0]!.height;
  const headerRows = Math.max(...horizontal.headerRows) + 1;
  const top = margin + headerRows * headerHeight + m.lineHeight / 2;
  const bottom = options.height - margin;
  // With matrices the b column stands for the biases: no marker row under the cards.
  const biasRow = mode.matrices ? 0 : mode.biasLabels ? g.parameterLabel.height : g.markerSize + m.padding;
  const gapBelowCard = mode.matrices ? 0 : 0.4 * m.fontSize;
  const labelGap = 0.3 * m.fontSize;
  const labelHeights = labels.map((label) => (label ? label.height + labelGap : 0));
  const blockHeights = cards.map(
    (card, l) => card.height + (l === 0 ? 0 : gapBelowCard + biasRow) + labelHeights[l]!,
  );
  const vertical = placeVertically(sizes, { top, bottom }, blockHeights, labelHeights, cards, stagger, g);
  if (!vertical) return null;

  const result: Columns = { columns: [], headers: [], nodes: [], biases: [] };
  sizes.forEach((units, l) => {
    const card = cards[l]!;
    const centre = horizontal.centres[l]!;
    const left = centre - card.width / 2;
    const keys = nodeLineKeys(mode.nodeDetail, l, last);
    const prefix = prefixChars(mode.nodeDetail, l, last);
    const column: NodeLayout[] = [];
    const columnBiases: BiasLayout[] = [];
    for (let i = 0; i < units; i++) {
      const anchor = vertical.anchor(l, i);
      // Staggered labels sit above the card or at the bottom of the block (below the bias).
      const labelAbove = g.labelAbove(l);
      const blockTop = stagger
        ? anchor - card.height / 2 - (labelAbove ? labelHeights[l]! : 0)
        : anchor - blockHeights[l]! / 2;
      const cardTop = labelAbove ? blockTop + labelHeights[l]! : blockTop;
      const box: Box = { x: left, y: cardTop, width: card.width, height: card.height };
      const textBox = labels[l];
      const label: Box | null = textBox
        ? {
            x: centre - textBox.width / 2,
            y: labelAbove ? blockTop : blockTop + blockHeights[l]! - textBox.height,
            ...textBox,
          }
        : null;
      const slots = lineSlots(m, label ?? box, keys.length, prefix);
      column.push({
        id: `${l}:${i}`,
        layer: l,
        unit: i,
        card: box,
        label,
        lines: slots.map((s, k) => ({ ...s, key: keys[k]! })),
      });
      if (l > 0) columnBiases.push(placeBias(g, l, i, box, box.y + box.height + gapBelowCard));
    }
    result.nodes.push(column);
    result.biases.push(columnBiases);
    const size = headerSizes[l]!;
    const headerBox = {
      x: centre - size.width / 2,
      y: margin + horizontal.headerRows[l]! * headerHeight,
      ...size,
    };
    result.headers.push({
      layer: l,
      brief: briefHeaders,
      box: headerBox,
      x: centre,
      baselines: headerTexts[l]!.map((_, k) => baseline(m, headerBox.y, k)),
    });
    result.columns.push({
      layer: l,
      x: centre,
      band: {
        x: left - m.fontSize / 2,
        y: margin / 2,
        width: columnWidths[l]! + m.fontSize,
        height: options.height - margin,
      },
    });
  });
  return result;
}

interface Vertical {
  /** The y of unit i of layer l's anchor: its block's centre, or its card's centre when staggered. */
  anchor(l: number, i: number): number;
}

/**
 * Spread each column's units over the height. Cards with their text stack as blocks centred on
 * the middle; staggered layouts align the node markers of all columns instead (so edges between
 * same-sized layers stay level) and leave room above and below for the labels. Null when a column
 * does not fit.
 */
function placeVertically(
  sizes: readonly number[],
  area: { top: number; bottom: number },
  blockHeights: number[],
  labelHeights: number[],
  cards: { height: number }[],
  stagger: boolean,
  { m, mode, labelAbove }: Geometry,
): Vertical | null {
  const available = area.bottom - area.top;
  // Text-free cards only need to stay apart; cards with text need a line's breathing room.
  const minGap = mode.nodeDetail === 'none' ? m.padding : m.lineHeight / 2;
  const cap = Math.max(...blockHeights) + 8 * m.lineHeight;
  if (!stagger) {
    // Spread the units of a column over the height, but not so far that edges get needlessly steep.
    const pitches = sizes.map((units) => Math.min(available / units, cap));
    const fits = sizes.every((units, l) =>
      units === 1 ? blockHeights[l]! <= available : blockHeights[l]! + minGap <= pitches[l]!,
    );
    const mid = (area.top + area.bottom) / 2;
    return fits ? { anchor: (l, i) => mid + (i - (sizes[l]! - 1) / 2) * pitches[l]! } : null;
  }
  const up = sizes.map((_, l) => cards[l]!.height / 2 + (labelAbove(l) ? labelHeights[l]! : 0));
  const down = sizes.map((_, l) => blockHeights[l]! - up[l]!);
  const maxUp = Math.max(...up);
  const spread = available - maxUp - Math.max(...down);
  if (spread < 0) return null;
  const pitches = sizes.map((units) => (units > 1 ? Math.min(spread / (units - 1), cap) : 0));
  if (sizes.some((units, l) => units > 1 && up[l]! + down[l]! + minGap > pitches[l]!)) return null;
  const centreLine = area.top + maxUp + spread / 2;
  return { anchor: (l, i) => centreLine + (i - (sizes[l]! - 1) / 2) * pitches[l]! };
}

/** The bias of unit i of layer l: a marker under the left edge of its card, its label beside it. */
function placeBias(g: Geometry, l: number, i: number, card: Box, rowTop: number): BiasLayout {
  const { m } = g;
  if (g.mode.matrices)
    return { id: `${l}:${i}`, layer: l, unit: i, marker: null, link: null, label: null, lines: [] };
  const marker = {
    x: card.x,
    y: rowTop + m.padding + (m.lineHeight - g.markerSize) / 2,
    width: g.markerSize,
    height: g.markerSize,
  };
  const label = g.mode.biasLabels
    ? { x: card.x + g.markerSize + g.markerGap, y: rowTop, ...g.parameterLabel }
    : null;
  const linkX = card.x + g.markerSize / 2;
  return {
    id: `${l}:${i}`,
    layer: l,
    unit: i,
    marker,
    link: { x1: linkX, y1: marker.y, x2: linkX, y2: card.y + card.height },
    label,
    lines: label ? lineSlots(m, label, PARAMETER_LINES, PREFIX_CHARS) : [],
  };
}
