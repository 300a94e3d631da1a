/**
 * The one-file build inlines every font its stylesheets name, as base64. The app's formulas (see
 * src/viz/tex.ts) are written in KaTeX's upright and italic maths fonts, with the size fonts for
 * big operators and the AMS symbols; the bold, script, fraktur, sans-serif and typewriter faces are
 * never used, so their @font-face rules are left out of that build (about a quarter of a MB).
 * A formula that ever needed one would still show, in the browser's own serif.
 */
import type { Plugin } from 'vite';

/** The KaTeX font files the app's formulas use. tests/unit/viz/katexFonts.test.ts keeps this honest. */
export const KATEX_FONTS_USED = [
  'KaTeX_Main-Regular',
  'KaTeX_Math-Italic',
  'KaTeX_AMS-Regular',
  'KaTeX_Size1-Regular',
  'KaTeX_Size2-Regular',
  'KaTeX_Size3-Regular',
  'KaTeX_Size4-Regular',
] as const;

export function katexUsedFontsOnly(): Plugin {
  return {
    name: 'backprop-lab:katex-used-fonts-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id)) return null;
      return code.replace(/@font-face\s*\{[^}]*\}/g, (rule) =>
        KATEX_FONTS_USED.some((font) => rule.includes(`/${font}.`)) ? rule : '',
      );
    },
  };
}
