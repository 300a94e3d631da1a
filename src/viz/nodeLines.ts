/**
 * What each label holds, line by line, and how wide it must be. Shared by the layout (to reserve
 * room) and the components (to write the text), so a label never outgrows its box.
 */
import type { Box } from './boxes';
import type { LineSlot, NodeDetail, NodeLineKey } from './layoutTypes';
import { baseline, labelSize, type TextMetrics } from './textMetrics';
import { messages } from '../i18n';

const PREFIXES = messages.graph.prefix;
/** The widest prefix ("dL/dz"); full labels align their values after it. */
export const PREFIX_CHARS = Math.max(...Object.values(PREFIXES).map((p) => p.length));
/**
 * Weight and bias labels: two lines, w and dL/dw, or "old → new" and Δ after an update; wide enough
 * for both values of "−0.3589 → −0.3612" at the reserved value width, so the old value is always
 * on screen.
 */
export function parameterChars(m: TextMetrics): number {
  return Math.max(PREFIX_CHARS + 1 + m.valueChars, 2 * m.valueChars + 3);
}
export const PARAMETER_LINES = 2;

/** The lines a node card shows, top to bottom. */
export function nodeLineKeys(detail: NodeDetail, layer: number, last: number): NodeLineKey[] {
  if (detail === 'none') return [];
  if (detail === 'table') return layer === 0 ? ['a', 'dLda'] : ['z', 'a', 'dLdz', 'dLda'];
  if (detail === 'short' || detail === 'stagger' || detail === 'bare')
    return layer === 0 ? ['a'] : ['a', 'dLdz'];
  if (layer === 0) return ['a', 'dLda'];
  return layer === last ? ['z', 'a', 'dLdz', 'dLda', 'y'] : ['z', 'a', 'dLdz', 'dLda'];
}

/** The prefix written before a node value: x on the input layer, δ for dL/dz when space is short. */
export function nodePrefix(key: NodeLineKey, layer: number, detail: NodeDetail): string {
  // A table row's values stand under its column heads.
  if (detail === 'bare' || detail === 'table') return '';
  if (detail === 'brief') return briefPrefix(key, layer);
  if (key === 'a' && layer === 0) return PREFIXES.x;
  if (key === 'dLdz' && (detail === 'short' || detail === 'stagger')) return PREFIXES.delta;
  return PREFIXES[key];
}

function briefPrefix(key: NodeLineKey, layer: number): string {
  if (key === 'a' && layer === 0) return PREFIXES.x;
  if (key === 'dLda') return layer === 0 ? PREFIXES.dLdxShort : PREFIXES.dLdaShort;
  if (key === 'dLdz') return PREFIXES.delta;
  return PREFIXES[key];
}

/** Characters reserved for the prefixes of a card (0 when it has none). */
export function prefixChars(detail: NodeDetail, layer: number, last: number): number {
  if (detail === 'full') return PREFIX_CHARS;
  return Math.max(
    0,
    ...nodeLineKeys(detail, layer, last).map((key) => nodePrefix(key, layer, detail).length),
  );
}

/** Slots for `count` lines in a box: prefixes at the left, values after `prefix` characters and a space. */
export function lineSlots(m: TextMetrics, box: Box, count: number, prefix: number): LineSlot[] {
  const x = box.x + m.padding;
  const valueX = prefix === 0 ? x : x + (prefix + 1) * m.charWidth;
  return Array.from({ length: count }, (_, k) => ({ x, valueX, y: baseline(m, box.y, k) }));
}

/** Size of the box holding a node's text (none for a text-free node). */
export function textBoxSize(m: TextMetrics, detail: NodeDetail, layer: number, last: number) {
  const lines = nodeLineKeys(detail, layer, last).length;
  if (lines === 0) return null;
  const prefix = prefixChars(detail, layer, last);
  return labelSize(m, prefix === 0 ? m.valueChars : prefix + 1 + m.valueChars, lines);
}

/** Size of a node card of `layer`: its text box, or a small marker when the text is elsewhere or absent. */
export function cardSize(m: TextMetrics, detail: NodeDetail, layer: number, last: number) {
  const text = detail === 'stagger' ? null : textBoxSize(m, detail, layer, last);
  return text ?? { width: 1.4 * m.fontSize, height: 1.4 * m.fontSize };
}
