/**
 * What can be selected in the graph: a node, a bias or an edge, addressed as in the DOM contract
 * (layer 0 is the input layer; edge L:I:J is W_L[I][J]). Plain data, the same shape as the store's
 * Selection, so the store can hold it.
 */
export type GraphTarget =
  | { kind: 'node'; layer: number; index: number }
  | { kind: 'bias'; layer: number; index: number }
  /** W_layer[to][from]: from unit `from` of layer − 1 to unit `to` of layer. */
  | { kind: 'edge'; layer: number; to: number; from: number };

/** The DOM-contract id: "1:0" for a node or bias, "2:0:1" for an edge. */
export function targetId(target: GraphTarget): string {
  return target.kind === 'edge'
    ? `${target.layer}:${target.to}:${target.from}`
    : `${target.layer}:${target.index}`;
}

/** The DOM contract's data-cell of a weight ("W:2:0:1") or bias ("b:2:0"); null for a node. */
export function cellId(target: Exclude<GraphTarget, { kind: 'node' }>): string;
export function cellId(target: GraphTarget): string | null;
export function cellId(target: GraphTarget): string | null {
  if (target.kind === 'node') return null;
  return `${target.kind === 'edge' ? 'W' : 'b'}:${targetId(target)}`;
}

/** A key unique across kinds ("edge:2:0:1"), for comparing selections and React keys. */
export function targetKey(target: GraphTarget | null): string {
  return target ? `${target.kind}:${targetId(target)}` : '';
}

/**
 * The target a DOM-contract attribute names: ('edge', "2:0:1") → W2[0][1]; null when the id does
 * not have the kind's shape.
 */
export function targetFromId(kind: string, id: string): GraphTarget | null {
  const numbers = id.split(':').map(Number);
  if (!numbers.every((n) => Number.isInteger(n) && n >= 0)) return null;
  const [layer, a, b] = numbers;
  if (layer === undefined || a === undefined) return null;
  if (kind === 'edge') return numbers.length === 3 ? { kind, layer, to: a, from: b! } : null;
  if (kind === 'node' || kind === 'bias') return numbers.length === 2 ? { kind, layer, index: a } : null;
  return null;
}

/** True when the target exists in a network of this shape (a selection can outlive an architecture change). */
export function targetExists(values: { readonly sizes: readonly number[] }, target: GraphTarget): boolean {
  const { sizes } = values;
  const units = sizes[target.layer];
  if (units === undefined) return false;
  if (target.kind === 'node') return target.index < units;
  if (target.layer === 0) return false;
  if (target.kind === 'bias') return target.index < units;
  return target.to < units && target.from < sizes[target.layer - 1]!;
}
