/**
 * The words of a "diverged" refusal, in one place: the store writes its English message with them
 * and the error banner the reader's language, so both say the same thing.
 */
import type { Catalog } from './en';
import { format } from './index';
import type { Translation } from './translation';

/**
 * What went non-finite, from the refusal's params: a parameter an update would write
 * ({ name, value }), a value a layer computed ({ layer, quantity, value }), or a batch of Play's
 * fast trainer ({ quantity: 'loss' | 'gradient' }).
 */
export function divergedDetail(
  params: Readonly<Record<string, string | number>>,
  errors: Translation<Catalog['errors']>,
): string {
  if ('name' in params) return format(errors.divergedUpdate, params);
  if ('layer' in params) return format(errors.divergedDetail, params);
  return params.quantity === 'gradient' ? errors.divergedBatch.gradient : errors.divergedBatch.loss;
}
