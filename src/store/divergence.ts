/**
 * The one rule for numbers that overflow, on every path (Step, each Play speed, the fast trainer):
 * a non-finite loss, gradient or updated parameter is never committed, and the refusal names the
 * layer and the value. A parameter is named as the UI names it, 1-based (W2[1][3]: layer 2, to unit
 * 1 from unit 3), with the value the update would have given it.
 */
import type { Model, NonFinite } from '../engine';
import type { ActionError } from './types';

/** Quantities laid out as the layer's weight matrix (out × in, row-major). */
const MATRIX_QUANTITIES = new Set(['W', 'dL/dW']);

/** `W2[1][3]`, `b1[2]`, `z2[1]`, `dL/dW1[1][1]`: the quantity's name with 1-based indices. */
export function nonFiniteName(found: NonFinite, model: Model): string {
  if (found.quantity === 'loss') return 'loss';
  const layer = model.layers[found.layer - 1];
  if (MATRIX_QUANTITIES.has(found.quantity) && layer) {
    const to = Math.floor(found.index / layer.inSize) + 1;
    const from = (found.index % layer.inSize) + 1;
    return `${found.quantity}${found.layer}[${to}][${from}]`;
  }
  return `${found.quantity}${found.layer}[${found.index + 1}]`;
}

/**
 * The refusal for a non-finite value: its name as the field, and a message with the value. For a
 * parameter the value is what the update would have written ("W2[1][3] would become -Infinity");
 * for anything else, what the computation produced ("layer 2: z2[1] became NaN").
 */
export function divergedError(found: NonFinite, model: Model): ActionError {
  const name = nonFiniteName(found, model);
  const parameter = found.quantity === 'W' || found.quantity === 'b';
  const message = parameter
    ? `${name} would become ${found.value}`
    : `layer ${found.layer}: ${name} became ${found.value}`;
  // The words are the catalog's (errors.divergedUpdate / divergedDetail); the message is the English fallback.
  const value = String(found.value);
  const params = parameter ? { name, value } : { layer: found.layer, quantity: name, value };
  return { code: 'diverged', message, field: name, reason: { code: 'not-finite', params } };
}
