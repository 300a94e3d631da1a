/**
 * What can be selected in the graph: a node, a bias or an edge, addressed as in the DOM contract
 * (layer 0 is the input layer; edge L:I:J is W_L[I][J]). Plain data, so the store can hold it.
 */
export type GraphTarget =
  | { kind: 'node'; layer: number; unit: number }
  | { kind: 'bias'; layer: number; unit: number }
  | { kind: 'edge'; layer: number; i: number; j: number };

/** The DOM-contract id: "1:0" for a node or bias, "2:0:1" for an edge. */
export function targetId(target: GraphTarget): string {
  return target.kind === 'edge'
    ? `${target.layer}:${target.i}:${target.j}`
    : `${target.layer}:${target.unit}`;
}

/** A key unique across kinds ("edge:2:0:1"), for comparing selections and React keys. */
export function targetKey(target: GraphTarget | null): string {
  return target ? `${target.kind}:${targetId(target)}` : '';
}
