/**
 * Text sizes for the graph's labels. The layout cannot measure text (it is pure and runs before
 * anything is drawn), so labels use a monospace font (see graph.css) and every box reserves room
 * for the widest string it may ever hold: a box that fits "−1.234e−10" fits every value.
 */

import { MAX_VALUE_CHARS } from './format';

/** Text size in px: at least 12 on a laptop, at least 16 on a projector (DESIGN.md quality bars). */
export const FONT_SIZE = { normal: 12, presentation: 16 } as const;

/**
 * Advance width of one monospace character in em. DejaVu Sans Mono, Menlo and Consolas all use
 * 0.60–0.61 em; 0.62 leaves a margin so a real string never outgrows its box.
 */
const CHAR_EM = 0.62;
/** Line pitch in em; a line's glyph box (ascent + descent ≈ 1.17 em) fits inside it. */
const LINE_EM = 1.3;
/** Baseline offset from the top of a line slot, centring the glyph box in the slot. */
const BASELINE_EM = 1.0;
const PADDING_EM = 0.35;

export interface TextMetrics {
  fontSize: number;
  /**
   * Characters reserved for one value: the widest string the values on screen can take (see
   * valueChars in graphValues), at most MAX_VALUE_CHARS ("−1.234e−10").
   */
  valueChars: number;
  charWidth: number;
  lineHeight: number;
  padding: number;
}

export function textMetrics(presentation: boolean, valueChars = MAX_VALUE_CHARS): TextMetrics {
  const fontSize = presentation ? FONT_SIZE.presentation : FONT_SIZE.normal;
  return {
    fontSize,
    valueChars,
    charWidth: CHAR_EM * fontSize,
    lineHeight: LINE_EM * fontSize,
    padding: PADDING_EM * fontSize,
  };
}

/** Line pitch and padding in em of the table layout: glyph boxes (1.17 em) still clear each other. */
const DENSE_LINE_EM = 1.2;
const DENSE_PADDING_EM = 0.2;

/** The same text packed tighter, for the table layout, where every value must fit at once. */
export function denseMetrics(m: TextMetrics): TextMetrics {
  return { ...m, lineHeight: DENSE_LINE_EM * m.fontSize, padding: DENSE_PADDING_EM * m.fontSize };
}

/** Width and height of a padded label holding `lines` lines of at most `chars` characters. */
export function labelSize(m: TextMetrics, chars: number, lines: number): { width: number; height: number } {
  return { width: chars * m.charWidth + 2 * m.padding, height: lines * m.lineHeight + 2 * m.padding };
}

/** The alphabetic baseline of line k (0-based) of a label whose box starts at top. */
export function baseline(m: TextMetrics, top: number, k: number): number {
  return top + m.padding + k * m.lineHeight + BASELINE_EM * m.fontSize;
}

/**
 * Monospace columns a string takes: a CJK character (or a full-width sign such as "，") is drawn
 * about 1 em wide, two columns of a digit, so a header like "第 1 层" reserves 7 columns, not 5.
 */
export function textColumns(text: string): number {
  let columns = 0;
  for (const char of text) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
