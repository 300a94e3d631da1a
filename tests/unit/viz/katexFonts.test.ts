/**
 * The one-file build inlines only the KaTeX fonts in KATEX_FONTS_USED (build/katexFonts.ts). Every
 * formula the app writes (each line of the details of every node, weight and bias at every stage,
 * in both languages, and the hints) must then be typeset in those fonts alone: KaTeX marks text in
 * another font with one of these classes.
 */
import katex from 'katex';
import { afterAll, describe, expect, it } from 'vitest';
import { messages, setLanguage } from '../../../src/i18n';
import { explain } from '../../../src/viz/explain';
import { graphValuesFromSession } from '../../../src/viz/graphValues';
import type { GraphTarget } from '../../../src/viz/target';
import { plainToTex } from '../../../src/viz/tex';
import { KATEX_FONTS_USED } from '../../../build/katexFonts';
import { MAZUR_SAMPLE, MAZUR_SPEC, sessionAt, type Stage } from './fixtures';

const OTHER_FONT_CLASSES = [
  'mathit',
  'textit',
  'mathbf',
  'textbf',
  'boldsymbol',
  'mathcal',
  'mathfrak',
  'textfrak',
  'mathboldfrak',
  'textboldfrak',
  'mathtt',
  'texttt',
  'mathscr',
  'textscr',
  'mathsf',
  'textsf',
  'mathboldsf',
  'textboldsf',
  'mathitsf',
  'mathsfit',
  'textitsf',
];

const STAGES: Stage[] = ['forward1', 'forward', 'loss', 'backward', 'update'];

function targets(sizes: number[]): GraphTarget[] {
  return sizes.flatMap((units, layer) =>
    Array.from({ length: units }, (_, index): GraphTarget[] => [
      { kind: 'node', layer, index },
      ...(layer === 0
        ? []
        : [
            { kind: 'bias', layer, index } as const,
            ...Array.from(
              { length: sizes[layer - 1]! },
              (_, from) => ({ kind: 'edge', layer, to: index, from }) as const,
            ),
          ]),
    ]).flat(),
  );
}

function formulas(): string[] {
  const found: string[] = [...Object.values(messages.common.steps.formulas)];
  for (const stage of STAGES) {
    const values = graphValuesFromSession(sessionAt(MAZUR_SPEC, MAZUR_SAMPLE, stage), MAZUR_SAMPLE, 1, 0.5);
    for (const target of targets(values.sizes))
      for (const line of explain(values, target)?.lines ?? []) found.push(line.formula);
  }
  return found;
}

afterAll(async () => {
  await setLanguage('en');
});

describe('the KaTeX fonts of the one-file build', () => {
  it('are the upright, italic maths, AMS and size fonts', () => {
    expect(KATEX_FONTS_USED).toContain('KaTeX_Main-Regular');
    expect(KATEX_FONTS_USED).toContain('KaTeX_Math-Italic');
  });

  it.each(['en', 'zh-CN'] as const)('suffice for every formula the app writes (%s)', async (language) => {
    await setLanguage(language);
    const all = formulas();
    expect(all.length).toBeGreaterThan(50);
    for (const formula of all) {
      const html = katex.renderToString(plainToTex(formula), { output: 'html', throwOnError: true });
      const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')));
      expect(
        OTHER_FONT_CLASSES.filter((name) => classes.has(name)),
        formula,
      ).toEqual([]);
    }
  });

  it('would notice a formula in another font', () => {
    const html = katex.renderToString('\\mathbf{W}', { output: 'html' });
    expect(OTHER_FONT_CLASSES.some((name) => html.includes(`"${name}`) || html.includes(` ${name}`))).toBe(
      true,
    );
  });
});
