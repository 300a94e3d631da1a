/**
 * Finding where a network "exploded": the first parameter or value that is NaN or ±Infinity.
 */
import type { Model, Sample } from './model';
import { createTraceBuffers, runSample } from './trace';
import type { StepSession } from './session';

export interface NonFinite {
  /** 1-based layer. */
  layer: number;
  /** Which quantity: 'W', 'b', 'z', 'a', 'dL/dz', 'dL/dW', 'dL/db', 'loss'. */
  quantity: string;
  index: number;
  value: number;
}

function scan(values: ArrayLike<number>, layer: number, quantity: string): NonFinite | null {
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    if (!Number.isFinite(value)) return { layer, quantity, index: k, value };
  }
  return null;
}

/** The first non-finite parameter of the model, layer by layer, or null if all are finite. */
export function findNonFiniteParameter(model: Model): NonFinite | null {
  for (let l = 0; l < model.layers.length; l++) {
    const layer = model.layers[l]!;
    const found = scan(layer.W, l + 1, 'W') ?? scan(layer.b, l + 1, 'b');
    if (found) return found;
  }
  return null;
}

/**
 * The first non-finite number a step produced: parameters, then the current sample's z, a, dL/dz,
 * dL/dW, dL/db layer by layer, then its loss.
 */
export function findNonFinite(session: StepSession): NonFinite | null {
  const parameter = findNonFiniteParameter(session.model);
  if (parameter) return parameter;
  const { trace } = session;
  for (let l = 0; l < session.model.layers.length; l++) {
    const found =
      scan(trace.z[l]!, l + 1, 'z') ??
      scan(trace.a[l]!, l + 1, 'a') ??
      scan(trace.dLdz[l]!, l + 1, 'dL/dz') ??
      scan(trace.dLdW[l]!, l + 1, 'dL/dW') ??
      scan(trace.dLdb[l]!, l + 1, 'dL/db');
    if (found) return found;
  }
  if (session.loss !== null && !Number.isFinite(session.loss)) {
    return { layer: session.model.layers.length, quantity: 'loss', index: 0, value: session.loss };
  }
  return null;
}

/**
 * Which layer and value went non-finite on a batch: the first NaN or ±Infinity among each sample's
 * z, a, dL/dz, dL/dW and dL/db (layer by layer) and its loss. Null if every sample is finite, so a
 * non-finite batch mean came from adding finite values (an overflow of the sum).
 */
export function findNonFiniteInBatch(model: Model, batch: readonly Sample[]): NonFinite | null {
  const buffers = createTraceBuffers(model);
  for (const sample of batch) {
    const loss = runSample(model, sample, buffers);
    for (let l = 0; l < model.layers.length; l++) {
      const found =
        scan(buffers.z[l]!, l + 1, 'z') ??
        scan(buffers.a[l]!, l + 1, 'a') ??
        scan(buffers.dLdz[l]!, l + 1, 'dL/dz') ??
        scan(buffers.dLdW[l]!, l + 1, 'dL/dW') ??
        scan(buffers.dLdb[l]!, l + 1, 'dL/db');
      if (found) return found;
    }
    if (!Number.isFinite(loss))
      return { layer: model.layers.length, quantity: 'loss', index: 0, value: loss };
  }
  return null;
}
