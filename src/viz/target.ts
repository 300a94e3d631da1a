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

/** A key unique across kinds ("edge:2:0:1"), for comparing selections and React keys. */
export function targetKey(target: GraphTarget | null): string {
  return target ? `${target.kind}:${targetId(target)}` : '';
}
