/**
 * The one rule for numbers that overflow, on every path (Step, each Play speed, the fast trainer):
 * a non-finite loss, gradient or updated parameter is never committed, and the refusal names the
 * layer and the value. A parameter is named as the UI names it, 1-based (W2[1][3]: layer 2, to unit
 * 1 from unit 3), with the value the update would have given it.
 */
import type { ErrorParams, Model, NonFinite } from '../engine';
import { divergedDetail } from '../i18n/diverged';
import { en } from '../i18n/en';
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

/** The refusal, worded by the English catalog (the banner words the same params in the reader's language). */
function diverged(field: string, params: ErrorParams): ActionError {
  const message = divergedDetail(params, en.errors);
  return { code: 'diverged', message, field, reason: { code: 'not-finite', params } };
}

/**
 * The refusal for a non-finite value: its name as the field, and a message with the value. For a
 * parameter the value is what the update would have written ("W2[1][3] would become -Infinity");
 * for anything else, what the computation produced ("Layer 2: z2[1] became NaN").
 */
export function divergedError(found: NonFinite, model: Model): ActionError {
  const name = nonFiniteName(found, model);
  const value = String(found.value);
  const parameter = found.quantity === 'W' || found.quantity === 'b';
  return diverged(name, parameter ? { name, value } : { layer: found.layer, quantity: name, value });
}

/** Play's fast trainer overflowed on a batch where no single value could be named. */
export function batchOverflowError(quantity: 'loss' | 'gradient'): ActionError {
  return diverged('loss', { quantity });
}
