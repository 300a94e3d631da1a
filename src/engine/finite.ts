/**
 * Finding where a network "exploded": the first parameter or value that is NaN or ±Infinity.
 */
import type { Model } from './model';
import type { StepSession } from './cursor';

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
