/**
 * One layer in matrix form, with the numbers the graph shows: z = W·a + b (W out×in, a in, b and z
 * out), dL/dW = dL/dz·aᵀ (an outer product, W's shape) and dL/da_prev = Wᵀ·dL/dz (in). A value the
 * step cursor has not reached yet is undefined, as on the graph.
 */
import type { GraphValues } from './graphValues';

export interface LayerMatrices {
  /** 1-based layer. */
  layer: number;
  out: number;
  in: number;
  /** The weights z was computed with: before the update, once Update has replaced them. */
  W: number[][];
  b: number[];
  aPrev: (number | undefined)[];
  z: (number | undefined)[];
  dLdz: (number | undefined)[];
  dLdW: (number | undefined)[][];
  dLdaPrev: (number | undefined)[];
}

/** Layer `layer` (1 … L) of the graph's values, or null for the input layer or a layer not there. */
export function layerMatrices(values: GraphValues, layer: number): LayerMatrices | null {
  const edges = values.edges[layer];
  const biases = values.biases[layer];
  const nodes = values.nodes[layer];
  const previous = values.nodes[layer - 1];
  if (layer < 1 || !edges || !biases || !nodes || !previous) return null;
  return {
    layer,
    out: nodes.length,
    in: previous.length,
    W: edges.map((row) => row.map((w) => w.old ?? w.value)),
    b: biases.map((b) => b.old ?? b.value),
    aPrev: previous.map((node) => node.a),
    z: nodes.map((node) => node.z),
    dLdz: nodes.map((node) => node.dLdz),
    dLdW: edges.map((row) => row.map((w) => w.grad)),
    dLdaPrev: previous.map((node) => node.dLda),
  };
}

/** The layer a selected node, edge or bias belongs to (a node of the input layer has none). */
export function selectedLayer(selection: { kind: string; layer: number } | null): number | null {
  if (!selection || selection.layer < 1) return null;
  return selection.layer;
}
