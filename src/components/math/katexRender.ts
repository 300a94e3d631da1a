/**
 * KaTeX and its stylesheet, in the chunk loaded on the first formula (see Formula.tsx), so the first
 * paint does without them. HTML for the eye plus MathML for screen readers.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { plainToTex } from '../../viz/tex';

/**
 * The formulas typeset lately. A whole-pass click shows the next step's formula, and stepping cycles
 * through the same few (Forward, Backward, Update): typesetting one costs about half a millisecond.
 */
const typeset = new Map<string, string>();
const REMEMBERED = 64;

/** A plain-text formula ("z = W·a + b") typeset; its TeX is written here too, so it loads with KaTeX. */
export function renderFormula(text: string): string {
  let html = typeset.get(text);
  if (html === undefined) {
    html = katex.renderToString(plainToTex(text), {
      throwOnError: false,
      output: 'htmlAndMathml',
      strict: 'ignore',
    });
    // Oldest first: a Map keeps insertion order.
    if (typeset.size >= REMEMBERED) typeset.delete(typeset.keys().next().value!);
    typeset.set(text, html);
  }
  return html;
}
