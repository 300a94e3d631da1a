/**
 * The numbers the network graph shows, as a plain snapshot of a StepSession: what has been computed
 * so far in this iteration, and nothing else. A value that the step cursor has not reached yet is
 * undefined, so the graph can leave its attribute out instead of showing a stale or zero number.
 *
 * Indexing follows DESIGN.md: layer 0 is the input layer; nodes[L][I] is unit I of layer L;
 * edges[L][I][J] is W_L[I][J], from unit J of layer L−1 to unit I of layer L.
 */
import type { ActivationName } from '../engine/activations';
import { meanGradients, nextSubStep, type StepKind } from '../engine/cursor';
import type { StepSession } from '../engine/session';
import type { LossName } from '../engine/losses';
import { layerSizes, type Sample } from '../engine/model';
import type { OptimizerKind } from '../engine/optimizers';
import { MAX_VALUE_CHARS, valueCharsBound } from './format';

/** Which part of the iteration the last sub-step belonged to. */
export type Phase = 'idle' | 'forward' | 'loss' | 'backward' | 'update';

export interface NodeValues {
  /** Pre-activation; always undefined on the input layer. */
  z: number | undefined;
  /** Activation; on the input layer, the input x. */
  a: number | undefined;
  dLdz: number | undefined;
  dLda: number | undefined;
}

/** A weight or a bias: its current value, its gradient, and old → new after an update. */
export interface ParameterValues {
  /** The current value (after an update, the new one). */
  value: number;
  /** This sample's gradient, once the backward step of the layer ran. */
  grad: number | undefined;
  /** After Update: the value before it. */
  old: number | undefined;
  /** After Update: the batch-mean gradient the optimizer used. */
  applied: number | undefined;
}

export interface BatchInfo {
  size: number;
  /** Index into the data of the batch's first sample. */
  start: number;
  /** The traced sample's place in the batch, 0 … size − 1. */
  sampleInBatch: number;
  samplesDone: number;
  /** Mean loss of the last finished batch. */
  loss: number | undefined;
}

export interface GraphValues {
  /** Units per layer, input layer first: [2, 2, 2]. */
  sizes: number[];
  /** activations[L] for L ≥ 1; activations[0] is null (the input layer has none). */
  activations: (ActivationName | null)[];
  loss: LossName;
  nodes: NodeValues[][];
  /** biases[L][I] for L ≥ 1; biases[0] is empty. */
  biases: ParameterValues[][];
  /** edges[L][I][J] for L ≥ 1; edges[0] is empty. */
  edges: ParameterValues[][][];
  /** The traced sample. */
  x: number[];
  y: number[];
  /** The traced sample's loss, once computed. */
  sampleLoss: number | undefined;
  phase: Phase;
  /** The layer the last sub-step worked on (the output layer for the loss); null when idle or updated. */
  activeLayer: number | null;
  /** What the next sub-step will do. */
  next: { kind: StepKind; layer: number | null };
  updated: boolean;
  batch: BatchInfo;
  learningRate: number;
  optimizer: OptimizerKind;
}

/** The layout never reserves less than this per value: "−0.08505" (most lessons stay within it). */
export const MIN_VALUE_CHARS = 8;

/**
 * Characters the widest value on the graph may take (node values, targets, weights and biases with
 * their gradients, old values and Δ), from MIN_VALUE_CHARS to MAX_VALUE_CHARS: what the layout reserves.
 */
export function valueChars(values: GraphValues): number {
  let widest = MIN_VALUE_CHARS;
  const see = (x: number | undefined) => {
    if (x !== undefined) widest = Math.max(widest, valueCharsBound(x));
  };
  for (const layer of values.nodes)
    for (const node of layer) {
      see(node.z);
      see(node.a);
      see(node.dLdz);
      see(node.dLda);
    }
  values.y.forEach(see);
  for (const parameter of [...values.biases.flat(), ...values.edges.flat(2)]) {
    if (widest === MAX_VALUE_CHARS) break;
    see(parameter.value);
    see(parameter.grad);
    see(parameter.old);
    // After an update a matrix cell also writes Δ = new − old, which may be wider than either.
    if (parameter.old !== undefined) see(parameter.value - parameter.old);
  }
  return widest;
}

function phaseOf(session: StepSession): { phase: Phase; activeLayer: number | null } {
  const c = session.cursor;
  const L = session.model.layers.length;
  if (c.updated) return { phase: 'update', activeLayer: null };
  if (c.backwardDone > 0) return { phase: 'backward', activeLayer: L - c.backwardDone + 1 };
  if (c.lossDone) return { phase: 'loss', activeLayer: L };
  if (c.forwardDone > 0) return { phase: 'forward', activeLayer: c.forwardDone };
  return { phase: 'idle', activeLayer: null };
}

/**
 * Snapshot of the session for the graph. Layer L (1-based) has z, a once forwardDone ≥ L, and
 * dL/da, dL/dz, dL/dW, dL/db once its own backward step ran (backwardDone ≥ total − L + 1); the
 * input layer's dL/da (dL/dx) arrives with layer 1's backward step. After Update the parameters
 * carry old → new and the batch-mean gradient applied.
 */
export function graphValuesFromSession(
  session: StepSession,
  sample: Sample,
  batchSize: number,
  learningRate: number,
  optimizer: OptimizerKind = 'sgd',
): GraphValues {
  const { model, trace, cursor } = session;
  const L = model.layers.length;
  const forwarded = (l: number) => cursor.forwardDone >= l;
  const backwarded = (l: number) => cursor.backwardDone >= L - l + 1;
  const previous = cursor.updated ? session.previous : null;
  const applied = previous ? meanGradients(session, batchSize) : null;

  const inputs: NodeValues[] = sample.x.map((x, j) => ({
    z: undefined,
    a: x,
    dLdz: undefined,
    dLda: backwarded(1) ? trace.dLdx[j] : undefined,
  }));
  const nodes: NodeValues[][] = [inputs];
  const biases: ParameterValues[][] = [[]];
  const edges: ParameterValues[][][] = [[]];

  model.layers.forEach((layer, k) => {
    const l = k + 1;
    const fwd = forwarded(l);
    const bwd = backwarded(l);
    const units: NodeValues[] = [];
    const layerBiases: ParameterValues[] = [];
    const layerEdges: ParameterValues[][] = [];
    for (let i = 0; i < layer.outSize; i++) {
      units.push({
        z: fwd ? trace.z[k]![i] : undefined,
        a: fwd ? trace.a[k]![i] : undefined,
        dLdz: bwd ? trace.dLdz[k]![i] : undefined,
        dLda: bwd ? trace.dLda[k]![i] : undefined,
      });
      layerBiases.push({
        value: layer.b[i]!,
        grad: bwd ? trace.dLdb[k]![i] : undefined,
        old: previous ? previous[k]!.b[i] : undefined,
        applied: applied ? applied.b[k]![i] : undefined,
      });
      const row: ParameterValues[] = [];
      for (let j = 0; j < layer.inSize; j++) {
        const flat = i * layer.inSize + j;
        row.push({
          value: layer.W[flat]!,
          grad: bwd ? trace.dLdW[k]![flat] : undefined,
          old: previous ? previous[k]!.W[flat] : undefined,
          applied: applied ? applied.W[k]![flat] : undefined,
        });
      }
      layerEdges.push(row);
    }
    nodes.push(units);
    biases.push(layerBiases);
    edges.push(layerEdges);
  });

  const next = nextSubStep(session, batchSize);
  return {
    sizes: layerSizes(model),
    activations: [null, ...model.layers.map((layer) => layer.activation)],
    loss: model.loss,
    nodes,
    biases,
    edges,
    x: sample.x.slice(),
    y: sample.y.slice(),
    sampleLoss: session.loss ?? undefined,
    ...phaseOf(session),
    next: { kind: next.kind, layer: next.layer ?? null },
    updated: cursor.updated,
    batch: {
      size: batchSize,
      start: cursor.batchStart,
      sampleInBatch: cursor.sampleInBatch,
      samplesDone: cursor.samplesDone,
      loss: session.batchLoss ?? undefined,
    },
    learningRate,
    optimizer,
  };
}
