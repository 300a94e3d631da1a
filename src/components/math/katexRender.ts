/**
 * KaTeX and its stylesheet, in the chunk loaded on the first formula (see Formula.tsx), so the first
 * paint does without them. HTML for the eye plus MathML for screen readers.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';

export function renderTex(tex: string): string {
  return katex.renderToString(tex, { throwOnError: false, output: 'htmlAndMathml', strict: 'ignore' });
}
