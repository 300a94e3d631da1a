/**
 * What the UI calls the network's parts, numbered from 1 as textbooks do: inputs x₁, x₂, targets y₁,
 * unit 1 of layer 1, weight W1[1][2] (layer 1, to unit 1 from unit 2, W's row and column), bias
 * b1[1]. Layer 0 is the input layer; layers 1 … L have weights. One place, so the graph's accessible
 * names and tooltips, the details panel, the editors, the sample panel and table and the data plot
 * all agree. (The DOM contract's data-node="L:I", data-edge, data-bias and data-cell keys are for
 * tests and stay 0-based.)
 */
import { format, messages, subscribeLanguage } from '../i18n';

const N = messages.graph.names;
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → "₁₂". */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPT_DIGITS[Number(d)]!);
}

/** Input `index` (0-based): "x₁". */
export function inputName(index: number): string {
  return `${N.input}${subscript(index + 1)}`;
}

/** Target `index` (0-based): "y₁". */
export function targetName(index: number): string {
  return `${N.target}${subscript(index + 1)}`;
}

/** Unit `index` (0-based) of layer `layer` (1-based, 0 the input layer): "unit 1 of layer 1", or "x₁". */
export function unitName(layer: number, index: number): string {
  return layer === 0 ? inputName(index) : format(N.unit, { unit: index + 1, layer });
}

/** W_layer[to][from] with 0-based `to` and `from`: "W1[1][2]". */
export function weightName(layer: number, to: number, from: number): string {
  return format(N.weight, { layer, to: to + 1, from: from + 1 });
}

/** b_layer[index] with a 0-based index: "b1[1]". */
export function biasName(layer: number, index: number): string {
  return format(N.bias, { layer, index: index + 1 });
}

/** "Unit 1 of layer 1": a name at the start of a sentence or heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The 0-based numbers of a DOM-contract key: "2:0:1" → [2, 0, 1]. */
function keyNumbers(key: string): number[] {
  return key.split(':').map(Number);
}

/**
 * The graph element titles ("Unit 1 of layer 1", "Input x₁", "Weight W1[1][2]", "Bias b1[1]") from
 * DOM-contract keys, remembered: an Update re-describes hundreds of edges.
 */
const titles = new Map<string, string>();
subscribeLanguage(() => titles.clear());

export function elementTitle(kind: 'node' | 'edge' | 'bias', key: string): string {
  const cacheKey = `${kind}:${key}`;
  let title = titles.get(cacheKey);
  if (title === undefined) {
    const [layer = 0, a = 0, b = 0] = keyNumbers(key);
    const E = messages.graph.element;
    if (kind === 'edge') title = format(E.edge, { name: weightName(layer, a, b) });
    else if (kind === 'bias') title = format(E.bias, { name: biasName(layer, a) });
    else if (layer === 0) title = format(E.inputNode, { name: inputName(a) });
    else title = capitalise(unitName(layer, a));
    titles.set(cacheKey, title);
  }
  return title;
}
