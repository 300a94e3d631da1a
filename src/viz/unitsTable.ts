/**
 * The table of units of the table layout: one row per unit, grouped by layer (the input layer
 * first), with z, a, dL/dz and dL/da under column heads (x and dL/dx on the input rows, under a and
 * dL/da). Each row is its node's label, so the row's text belongs to the node's element (the DOM
 * contract's data-node) and a small swatch before it, tinted by a, is the node's card.
 */
import { format, messages } from '../i18n';
import type { Box } from './boxes';
import { WIDEST_ACTIVATION } from './headers';
import type { NodeLayout, NodeLineKey, UnitsTableLayout } from './layoutTypes';
import { cellSize, type MatrixText } from './matrices';
import { nodeLineKeys } from './nodeLines';
import { textColumns, type TextMetrics } from './textMetrics';

const U = messages.graph.units;
const PREFIXES = messages.graph.prefix;

/** The value columns, left to right. */
const COLUMNS: readonly NodeLineKey[] = ['z', 'a', 'dLdz', 'dLda'];

function layerLabel(layer: number): string {
  return layer === 0 ? U.input : format(U.layer, { layer });
}

/**
 * With `activations`, a layer's first row names its activation after the layer ("L1 sigmoid"): room
 * for the widest name is kept, whatever the layer's is.
 */
export interface UnitsTableOptions {
  activations: boolean;
}

/** The row heads' columns: layer label (on a layer's first row), a space, the unit's number. */
function headColumns(
  sizes: readonly number[],
  layers: readonly number[],
  { activations }: UnitsTableOptions,
) {
  const name = Math.max(...layers.map((l) => textColumns(layerLabel(l))));
  const named = activations && layers.some((l) => l > 0);
  const label = named ? name + 1 + textColumns(WIDEST_ACTIVATION) : name;
  const unit = String(Math.max(...layers.map((l) => sizes[l] ?? 0))).length;
  return { name, label, unit };
}

function swatchSize(m: TextMetrics): number {
  return 0.6 * m.fontSize;
}

/** Where the first value column starts, from the table's left edge. */
function valuesOffset(
  sizes: readonly number[],
  layers: readonly number[],
  m: TextMetrics,
  options: UnitsTableOptions,
): number {
  const heads = headColumns(sizes, layers, options);
  return m.padding + swatchSize(m) + m.charWidth / 2 + (heads.label + 1 + heads.unit + 1) * m.charWidth;
}

/** Width and height of the table holding these layers' units. */
export function unitsTableSize(
  sizes: readonly number[],
  layers: readonly number[],
  m: TextMetrics,
  options: UnitsTableOptions,
) {
  const rows = layers.reduce((sum, l) => sum + (sizes[l] ?? 0), 0);
  return {
    width: valuesOffset(sizes, layers, m, options) + COLUMNS.length * cellSize(m).width + m.padding,
    height: (1 + rows) * m.lineHeight + 2 * m.padding,
  };
}

/** The baseline of a one-line row at `top`, its glyphs centred in the row. */
function rowBaseline(m: TextMetrics, top: number): number {
  return top + m.lineHeight / 2 + 0.35 * m.fontSize;
}

/** The table of these layers' units with its top-left corner at (x, y), and each unit's node layout. */
export function placeUnitsTable(
  sizes: readonly number[],
  layers: readonly number[],
  m: TextMetrics,
  x: number,
  y: number,
  options: UnitsTableOptions,
): { table: UnitsTableLayout; nodes: NodeLayout[] } {
  const size = unitsTableSize(sizes, layers, m, options);
  const cell = cellSize(m).width;
  const heads = headColumns(sizes, layers, options);
  const swatch = swatchSize(m);
  const headX = x + m.padding + swatch + m.charWidth / 2;
  const valuesX = x + valuesOffset(sizes, layers, m, options);
  const texts: MatrixText[] = COLUMNS.map((key, k) => ({
    kind: 'head',
    text: PREFIXES[key],
    x: valuesX + (k + 0.5) * cell,
    y: rowBaseline(m, y + m.padding),
    anchor: 'middle',
  }));
  const rules: UnitsTableLayout['rules'] = [];
  const nodes: NodeLayout[] = [];
  const last = sizes.length - 1;
  let top = y + m.padding + m.lineHeight;
  for (const layer of layers) {
    if (layer !== layers[0])
      rules.push({ x1: x + m.padding, y1: top, x2: x + size.width - m.padding, y2: top });
    const keys = nodeLineKeys('table', layer, last);
    for (let unit = 0; unit < (sizes[layer] ?? 0); unit++) {
      const baseline = rowBaseline(m, top);
      if (unit === 0)
        texts.push({ kind: 'head', text: layerLabel(layer), x: headX, y: baseline, anchor: 'start' });
      if (unit === 0 && layer > 0 && heads.label > heads.name)
        texts.push({
          kind: 'activation',
          text: WIDEST_ACTIVATION,
          layer,
          x: headX + (heads.name + 1) * m.charWidth,
          y: baseline,
          anchor: 'start',
        });
      texts.push({
        kind: 'head',
        text: String(unit + 1),
        x: headX + (heads.label + 1) * m.charWidth,
        y: baseline,
        anchor: 'start',
      });
      const card: Box = {
        x: x + m.padding,
        y: top + (m.lineHeight - swatch) / 2,
        width: swatch,
        height: swatch,
      };
      const label: Box = { x: valuesX, y: top, width: COLUMNS.length * cell, height: m.lineHeight };
      nodes.push({
        id: `${layer}:${unit}`,
        layer,
        unit,
        card,
        label,
        lines: keys.map((key) => {
          const left = valuesX + COLUMNS.indexOf(key) * cell + m.padding;
          return { key, x: left, valueX: left, y: baseline };
        }),
      });
      top += m.lineHeight;
    }
  }
  return { table: { box: { x, y, ...size }, texts, rules }, nodes };
}
