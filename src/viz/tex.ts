/**
 * The details panel's plain-text arithmetic ("z = 0.15·0.05 + 0.35 = 0.3775", "dL/dz = dL/da ·
 * σ′(z)", "w ← w − η·dL/dw") as TeX for KaTeX, token by token, so the plain text stays the one
 * source: screen readers, tests and the fallback read the same formula the typeset one shows.
 * Numbers keep their 4-digit formatting; words become upright operator names, Chinese in \text{}.
 */
const SYMBOLS: Record<string, string> = {
  '·': '\\cdot ',
  '−': '-',
  '×': '\\times ',
  '²': '^{2}',
  ᵀ: '^{\\top}',
  σ: '\\sigma ',
  '′': "'",
  Σ: '\\sum ',
  ŷ: '\\hat{y}',
  '→': '\\to ',
  '←': '\\leftarrow ',
  η: '\\eta ',
  δ: '\\delta ',
  μ: '\\mu ',
  β: '\\beta ',
  ε: '\\varepsilon ',
  '≤': '\\le ',
  '≥': '\\ge ',
  '√': '\\sqrt ',
  Δ: '\\Delta ',
  '∂': '\\partial ',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  _: '\\_',
  '#': '\\#',
  '&': '\\&',
  $: '\\$',
  '\\': '\\backslash ',
  '~': '\\sim ',
  ',': ',\\ ',
};

const FUNCTIONS: Record<string, string> = { log: '\\log ', max: '\\max ', tanh: '\\tanh ', exp: '\\exp ' };
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

const TOKEN = new RegExp(
  [
    /\^(?<power>\([^)]*\)|[^\s)/+·]+)/.source,
    /(?<number>\d+(?:\.\d+)?(?:e[−-]?\d+)?)/.source,
    /(?:dL\/d|∂L\/∂)(?<wrt>ŷ|[A-Za-z](?:_prev)?)/.source,
    /(?<prev>[a-z])_prev/.source,
    /(?<word>[A-Za-z]{2,}(?: [A-Za-z]{2,})*)/.source,
    /(?<cjk>[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)/.source,
    /(?<subscript>[₀-₉]+)/.source,
    /(?<other>[\s\S])/.source,
  ].join('|'),
  'gu',
);

function number(text: string): string {
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined ? mantissa! : `${mantissa}\\mathrm{e}{${exponent.replace('−', '-')}}`;
}

function variable(name: string): string {
  if (name === 'ŷ') return '\\hat{y}';
  return name.endsWith('_prev') ? `${name[0]}_{\\text{prev}}` : name;
}

function offset(args: unknown[]): number {
  return args[args.length - 3] as number;
}

/** True when the space at `at` borders a word (not a symbol such as dL/dw) or Chinese text. */
function isWordEdge(formula: string, at: number): boolean {
  const before = /([A-Za-z]+|[\u3400-\u9fff])$/.exec(formula.slice(0, at));
  const after = /^([A-Za-z]+|[\u3400-\u9fff])/.exec(formula.slice(at + 1));
  const isWord = (run: string, outside: string | undefined) =>
    /[\u3400-\u9fff]/.test(run) || (run.length >= 2 && run !== 'dL' && outside !== '/');
  return (
    (before !== null && isWord(before[1]!, formula[at - before[1]!.length - 1])) ||
    (after !== null && isWord(after[1]!, formula[at + 1 + after[1]!.length]))
  );
}

export function plainToTex(formula: string): string {
  return formula.replace(TOKEN, (match, ...args) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    if (g.power) return `^{${plainToTex(g.power)}}`;
    if (g.number) return number(g.number);
    if (g.wrt) return `\\frac{\\partial L}{\\partial ${variable(g.wrt)}}`;
    if (g.prev) return variable(`${g.prev}_prev`);
    if (g.word) return FUNCTIONS[g.word] ?? `\\text{${g.word}}`;
    if (g.cjk) return `\\text{${g.cjk}}`;
    // Spaces around words are kept (math mode would drop them); elsewhere TeX spaces the formula.
    if (match === ' ' && isWordEdge(formula, offset(args))) return '\\ ';
    if (g.subscript) return `_{${[...g.subscript].map((d) => SUBSCRIPTS.indexOf(d)).join('')}}`;
    if (/[A-Za-z0-9\s()[\]+=/<>|!?:;.'*-]/.test(match)) return match;
    return SYMBOLS[match] ?? `\\text{${match}}`;
  });
}
