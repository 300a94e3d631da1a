/**
 * KaTeX and its stylesheet, in the chunk loaded on the first formula (see Formula.tsx), so the first
 * paint does without them. HTML for the eye plus MathML for screen readers.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { plainToTex } from '../../viz/tex';

/** A plain-text formula ("z = W·a + b") typeset; its TeX is written here too, so it loads with KaTeX. */
export function renderFormula(text: string): string {
  return katex.renderToString(plainToTex(text), {
    throwOnError: false,
    output: 'htmlAndMathml',
    strict: 'ignore',
  });
}
