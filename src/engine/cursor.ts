/**
 * The step cursor: one training iteration on the current batch, taken one sub-step at a time.
 *
 *   for each sample of the batch: forward layer 1 … L → loss → backward layer L … 1
 *   then: update (the batch mean of the per-sample gradients) → the next batch
 *
 * The cursor decides which sub-step comes next and which are allowed now; the UI only asks.
 * A StepSession is plain data (numbers and typed arrays) so a store can snapshot and restore it.
 * Every step function either completes or throws an EngineError before changing anything.
 */
import { EngineError } from './errors';
import { activationBackward, backwardLayer, forwardLayer, outputGradients, sampleLoss } from './layerOps';
import { cloneModel, type Model, type Sample } from './model';
import { applyUpdate, cloneOptimizerState, type OptimizerConfig } from './optimizers';
import { currentSampleIndex, emptyCursor, zeroGradients, type StepSession } from './session';
import { addInto, scaleInto } from './trace';

export type Granularity = 'layer' | 'pass';
export type StepKind = 'forward' | 'loss' | 'backward' | 'update';

/** Why a step is refused right now; the UI maps each to a message. */
export type StepRefusal =
  | 'forward-after-batch' // every sample of the batch is done: Update comes next
  | 'forward-during-backward' // finish the backward pass of this sample first
  | 'backward-needs-loss'
  | 'backward-complete'
  | 'update-needs-backward'
  | 'update-done'
  | 'update-non-finite'; // the batch loss or gradient is NaN or ±Infinity: the update is not applied

export interface SubStep {
  kind: StepKind;
  /** 1-based layer for forward and backward. */
  layer?: number;
}

function layerCount(session: StepSession): number {
  return session.model.layers.length;
}

function sampleComplete(session: StepSession): boolean {
  return session.cursor.backwardDone === layerCount(session);
}

/** Why Forward is refused now, or null when it is allowed. */
export function forwardRefusal(session: StepSession, batchSize: number): StepRefusal | null {
  const c = session.cursor;
  if (c.updated) return null;
  if (c.lossDone && !sampleComplete(session)) return 'forward-during-backward';
  if (sampleComplete(session) && c.samplesDone >= batchSize) return 'forward-after-batch';
  return null;
}

export function backwardRefusal(session: StepSession): StepRefusal | null {
  const c = session.cursor;
  if (c.updated || !c.lossDone)
    return c.updated || c.backwardDone === 0 ? 'backward-needs-loss' : 'backward-complete';
  if (sampleComplete(session)) return 'backward-complete';
  return null;
}

export function updateRefusal(session: StepSession, batchSize: number): StepRefusal | null {
  const c = session.cursor;
  if (c.updated) return 'update-done';
  if (c.samplesDone < batchSize) return 'update-needs-backward';
  return null;
}

/** The sub-step the cursor takes next (what "next" on a presenter remote does). */
export function nextSubStep(session: StepSession, batchSize: number): SubStep {
  const c = session.cursor;
  const L = layerCount(session);
  if (c.updated) return { kind: 'forward', layer: 1 };
  if (c.samplesDone >= batchSize) return { kind: 'update' };
  if (sampleComplete(session)) return { kind: 'forward', layer: 1 };
  if (c.forwardDone < L) return { kind: 'forward', layer: c.forwardDone + 1 };
  if (!c.lossDone) return { kind: 'loss' };
  return { kind: 'backward', layer: L - c.backwardDone };
}

function refuse(reason: StepRefusal): never {
  throw new EngineError('step', reason);
}

/** Move on to a fresh sample (the next of the batch, or the first of the next batch). */
function beginSample(session: StepSession, data: readonly Sample[], batchSize: number): void {
  const c = session.cursor;
  if (c.updated) {
    session.cursor = emptyCursor((c.batchStart + batchSize) % data.length);
    session.previous = null;
    session.batchLossSum = 0;
    session.gradSum = zeroGradients(session.model);
  } else {
    c.sampleInBatch += 1;
    c.forwardDone = 0;
    c.lossDone = false;
    c.backwardDone = 0;
  }
  for (const buffers of Object.values(session.trace)) {
    if (Array.isArray(buffers)) for (const b of buffers) b.fill(0);
    else buffers.fill(0);
  }
  session.loss = null;
}

function forwardOne(session: StepSession, data: readonly Sample[]): void {
  const c = session.cursor;
  const sample = data[currentSampleIndex(session, data.length)]!;
  const { trace, model } = session;
  const L = layerCount(session);
  if (c.forwardDone < L) {
    const l = c.forwardDone;
    forwardLayer(model.layers[l]!, l === 0 ? sample.x : trace.a[l - 1]!, trace.z[l]!, trace.a[l]!);
    c.forwardDone += 1;
    return;
  }
  session.loss = sampleLoss(model, trace.z[L - 1]!, trace.a[L - 1]!, sample.y);
  c.lossDone = true;
}

/**
 * Forward: one layer (z_l = W_l·a_{l−1} + b_l, a_l = f(z_l)), or the loss after the last layer;
 * with granularity "pass", every remaining layer and the loss.
 */
export function stepForward(
  session: StepSession,
  data: readonly Sample[],
  batchSize: number,
  granularity: Granularity,
): void {
  const refusal = forwardRefusal(session, batchSize);
  if (refusal) refuse(refusal);
  if (session.cursor.updated || sampleComplete(session)) beginSample(session, data, batchSize);
  do forwardOne(session, data);
  while (granularity === 'pass' && !session.cursor.lossDone);
}

function backwardOne(session: StepSession, data: readonly Sample[], batchSize: number): void {
  const c = session.cursor;
  const { trace, model } = session;
  const L = layerCount(session);
  const sample = data[currentSampleIndex(session, data.length)]!;
  const l = L - 1 - c.backwardDone;
  const layer = model.layers[l]!;
  if (l === L - 1) outputGradients(model, trace.z[l]!, trace.a[l]!, sample.y, trace.dLda[l]!, trace.dLdz[l]!);
  else activationBackward(layer, trace.z[l]!, trace.a[l]!, trace.dLda[l]!, trace.dLdz[l]!);
  const aPrev = l === 0 ? sample.x : trace.a[l - 1]!;
  backwardLayer(
    layer,
    aPrev,
    trace.dLdz[l]!,
    trace.dLdW[l]!,
    trace.dLdb[l]!,
    l === 0 ? trace.dLdx : trace.dLda[l - 1]!,
  );
  c.backwardDone += 1;
  if (c.backwardDone === L) {
    for (let k = 0; k < L; k++) {
      addInto(session.gradSum.W[k]!, trace.dLdW[k]!);
      addInto(session.gradSum.b[k]!, trace.dLdb[k]!);
    }
    session.batchLossSum += session.loss ?? 0;
    c.samplesDone += 1;
    if (c.samplesDone >= batchSize) session.batchLoss = session.batchLossSum / batchSize;
  }
}

/**
 * Backward: one layer, output first (dL/dŷ and dL/dz_L from the loss; then dL/dz_l = dL/da_l ⊙ f'(z_l),
 * dL/dW_l = dL/dz_l·a_{l−1}ᵀ, dL/db_l = dL/dz_l, dL/da_{l−1} = W_lᵀ·dL/dz_l); with "pass", all of them.
 */
export function stepBackward(
  session: StepSession,
  data: readonly Sample[],
  batchSize: number,
  granularity: Granularity,
): void {
  const refusal = backwardRefusal(session);
  if (refusal) refuse(refusal);
  do backwardOne(session, data, batchSize);
  while (granularity === 'pass' && !sampleComplete(session));
}

/** The batch-mean gradients accumulated so far: (1/B) Σ_s dL_s/dW, (1/B) Σ_s dL_s/db. */
export function meanGradients(
  session: StepSession,
  batchSize: number,
): { W: Float64Array[]; b: Float64Array[] } {
  const scale = (arrays: Float64Array[]) =>
    arrays.map((a) => {
      const copy = a.slice();
      scaleInto(copy, 1 / batchSize);
      return copy;
    });
  return { W: scale(session.gradSum.W), b: scale(session.gradSum.b) };
}

/**
 * Update: p ← optimizer(p, batch-mean gradient). The model and optimizer state are replaced by
 * updated copies, never changed in place, so a session forked before the update (see forkSession)
 * keeps its parameters; the old parameters stay as `previous` for old → new.
 */
export function stepUpdate(session: StepSession, batchSize: number, optimizer: OptimizerConfig): void {
  const refusal = updateRefusal(session, batchSize);
  if (refusal) refuse(refusal);
  const mean = meanGradients(session, batchSize);
  const finite = (arrays: Float64Array[]) => arrays.every((a) => a.every(Number.isFinite));
  if (!Number.isFinite(session.batchLoss) || !finite(mean.W) || !finite(mean.b)) refuse('update-non-finite');
  const model = cloneModel(session.model);
  const optimizerState = cloneOptimizerState(session.optimizerState);
  applyUpdate(model, mean.W, mean.b, optimizer, optimizerState);
  session.previous = session.model.layers.map(({ W, b }) => ({ W, b }));
  session.model = model;
  session.optimizerState = optimizerState;
  session.cursor.updated = true;
  session.updates += 1;
  session.lastUpdate = { updates: session.updates, batchStart: session.cursor.batchStart, batchSize };
}

/**
 * The mean loss of the batch starting at `batchStart` (samples batchStart … batchStart + B − 1,
 * wrapping around the data, as the cursor takes them) through `model`. Forward passes only, summed
 * in order and divided by B exactly as the cursor does, so it equals, bit for bit, the batch loss
 * that stepping through that batch with `model` would give.
 */
export function meanBatchLoss(
  model: Model,
  data: readonly Sample[],
  batchStart: number,
  batchSize: number,
): number {
  const { layers } = model;
  const L = layers.length;
  const z = layers.map((layer) => new Float64Array(layer.outSize));
  const a = layers.map((layer) => new Float64Array(layer.outSize));
  let sum = 0;
  for (let k = 0; k < batchSize; k++) {
    const sample = data[(batchStart + k) % data.length]!;
    for (let l = 0; l < L; l++) forwardLayer(layers[l]!, l === 0 ? sample.x : a[l - 1]!, z[l]!, a[l]!);
    sum += sampleLoss(model, z[L - 1]!, a[L - 1]!, sample.y);
  }
  return sum / batchSize;
}

/** Take the next sub-step, whichever it is (one layer at a time, or a whole pass). */
export function stepNext(
  session: StepSession,
  data: readonly Sample[],
  batchSize: number,
  granularity: Granularity,
  optimizer: OptimizerConfig,
): SubStep {
  const next = nextSubStep(session, batchSize);
  if (next.kind === 'update') stepUpdate(session, batchSize, optimizer);
  else if (next.kind === 'backward') stepBackward(session, data, batchSize, granularity);
  else stepForward(session, data, batchSize, granularity);
  return next;
}

/**
 * Step: finish the current iteration (every remaining forward, backward and the update). If the last
 * iteration is already updated, runs a whole new one.
 */
export function stepIteration(
  session: StepSession,
  data: readonly Sample[],
  batchSize: number,
  optimizer: OptimizerConfig,
): void {
  if (session.cursor.updated) stepForward(session, data, batchSize, 'pass');
  while (!session.cursor.updated) stepNext(session, data, batchSize, 'pass', optimizer);
}
