/**
 * The gradient check students use to trust (or debug) backprop: every parameter's dL/dθ by central
 * differences, (L(θ + h) − L(θ − h)) / 2h on the batch loss, beside backprop's, with the relative
 * error |backprop − numeric| / max(|backprop|, |numeric|, RELATIVE_FLOOR).
 */
import { cloneModel, type Model, type Sample } from './model';
import { accumulateBatch, createTraceBuffers, runSample, type TraceBuffers } from './trace';

/** The step h: about ∛ε·scale balances truncation (O(h²)) against rounding (O(ε/h)) for O(1) losses. */
export const GRADIENT_CHECK_STEP = 1e-5;
/**
 * Gradients below this are compared absolutely (the difference over RELATIVE_FLOOR): the central
 * difference of an O(1) loss carries about ε·L/h ≈ 1e−11 of rounding, so a gradient of 1e−5 (a deep
 * sigmoid's first layer) or a dead unit's 0 against a numeric 1e−13 would show a meaningless error.
 */
export const RELATIVE_FLOOR = 1e-4;

export interface GradientCheckRow {
  kind: 'W' | 'b';
  /** 1-based layer. */
  layer: number;
  /** Unit of the layer (row of W). */
  i: number;
  /** Unit of the previous layer (column of W); −1 for a bias. */
  j: number;
  backprop: number;
  numeric: number;
  relativeError: number;
}

export interface GradientCheckResult {
  rows: GradientCheckRow[];
  maxRelativeError: number;
  /** Index into rows of the worst parameter (the first, on ties); −1 without parameters. */
  worst: number;
}

export function relativeError(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), RELATIVE_FLOOR);
}

function batchLoss(model: Model, batch: readonly Sample[], buffers: TraceBuffers): number {
  let sum = 0;
  for (const sample of batch) sum += runSample(model, sample, buffers);
  return sum / batch.length;
}

/**
 * Central differences for every W and b of `model` on the batch mean loss, beside the batch-mean
 * backprop gradients. The model passed in is not changed. An empty batch has no gradient: no rows.
 */
export function gradientCheck(
  model: Model,
  batch: readonly Sample[],
  step = GRADIENT_CHECK_STEP,
): GradientCheckResult {
  if (batch.length === 0) return { rows: [], maxRelativeError: 0, worst: -1 };
  const probe = cloneModel(model);
  const buffers = createTraceBuffers(probe);
  const analytic = accumulateBatch(probe, batch, buffers);
  const rows: GradientCheckRow[] = [];
  const numeric = (values: Float64Array, k: number) => {
    const original = values[k]!;
    values[k] = original + step;
    const plus = batchLoss(probe, batch, buffers);
    values[k] = original - step;
    const minus = batchLoss(probe, batch, buffers);
    values[k] = original;
    return (plus - minus) / (2 * step);
  };
  probe.layers.forEach((layer, l) => {
    for (let i = 0; i < layer.outSize; i++) {
      for (let j = 0; j < layer.inSize; j++) {
        const k = i * layer.inSize + j;
        const backprop = analytic.dLdW[l]![k]!;
        const estimate = numeric(layer.W, k);
        rows.push({
          kind: 'W',
          layer: l + 1,
          i,
          j,
          backprop,
          numeric: estimate,
          relativeError: relativeError(backprop, estimate),
        });
      }
      const backprop = analytic.dLdb[l]![i]!;
      const estimate = numeric(layer.b, i);
      rows.push({
        kind: 'b',
        layer: l + 1,
        i,
        j: -1,
        backprop,
        numeric: estimate,
        relativeError: relativeError(backprop, estimate),
      });
    }
  });
  let worst = 0;
  rows.forEach((row, k) => {
    // NaN is the worst of all: a check that cannot be computed must not look like a pass.
    if (Number.isNaN(row.relativeError) || row.relativeError > rows[worst]!.relativeError) worst = k;
  });
  const maxRelativeError = rows[worst]!.relativeError;
  return { rows, maxRelativeError, worst };
}
