/**
 * The arithmetic behind one asked value, for the verdict: the lines of the element's explanation
 * that compute that value (z's weighted sum, a's activation, dL/dz's slope and product, …).
 */
import { explain, type ExplainLine } from './explain';
import type { GraphValues } from './graphValues';
import type { GraphTarget } from './target';

export type QuizValueKind = 'z' | 'a' | 'dldz' | 'dlda' | 'dldw' | 'dldb';

/** Formulas that compute each kind start with its symbol (the slope feeds dL/dz). */
const STARTS: Record<QuizValueKind, readonly string[]> = {
  z: ['z ='],
  a: ['a ='],
  dldz: ['dL/dz', 'σ′', 'tanh′', 'relu′', 'leakyRelu′', 'linear′'],
  dlda: ['dL/da'],
  dldw: ['dL/dw'],
  dldb: ['dL/db'],
};

export function quizElement(
  kind: QuizValueKind,
  layer: number,
  index: number,
  from: number | null,
): GraphTarget {
  if (kind === 'dldw') return { kind: 'edge', layer, to: index, from: from ?? 0 };
  if (kind === 'dldb') return { kind: 'bias', layer, index };
  return { kind: 'node', layer, index };
}

export function explainQuizValue(
  values: GraphValues,
  kind: QuizValueKind,
  layer: number,
  index: number,
  from: number | null,
): ExplainLine[] {
  const explanation = explain(values, quizElement(kind, layer, index, from));
  if (!explanation) return [];
  return explanation.lines.filter((line) => STARTS[kind].some((start) => line.formula.startsWith(start)));
}
