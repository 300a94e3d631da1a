/**
 * Small writers for the arithmetic the details panel shows: products and sums written with the
 * graph's 4-digit numbers, negatives in parentheses, so a student can redo each step by hand.
 */
import { formatFactor, formatValue } from './format';
import type { GraphValues, ParameterValues } from './graphValues';

/** One line of arithmetic: what it is, and the formula with numbers. */
export interface ExplainLine {
  label: string;
  formula: string;
}

export const v = formatValue;
export const f = formatFactor;

/** "0.15·0.05 + 0.2·0.1" (+ " + 0.35" with a bias term). */
export function sumOfProducts(pairs: readonly (readonly [number, number])[], bias?: number): string {
  const terms = pairs.map(([w, a]) => `${f(w)}·${f(a)}`);
  if (bias !== undefined) terms.push(f(bias));
  return terms.join(' + ');
}

/** The parameter as the forward pass used it: before an update, its old value. */
export function usedValue(p: ParameterValues): number {
  return p.old ?? p.value;
}

/**
 * dL/da of unit `unit` of layer `layer` from the next layer: Σ_k W_{layer+1}[k][unit] · dL/dz_k,
 * with the weights the backward pass used.
 */
export function backpropagatedSum(values: GraphValues, layer: number, unit: number): string {
  const next = values.edges[layer + 1] ?? [];
  const pairs = next.map(
    (row, k) => [usedValue(row[unit]!), values.nodes[layer + 1]![k]!.dLdz ?? NaN] as const,
  );
  return sumOfProducts(pairs);
}
