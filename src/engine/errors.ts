/**
 * The one error type the engine raises for bad input. `field` names the offending field as a path
 * (for example `model.layers[1].W[0][2]`) so the UI can tell a student exactly what to fix.
 */
/** What is wrong with an input, as a code each language of the UI words in its catalog. */
export type ErrorCode =
  | 'not-a-number'
  | 'not-finite'
  | 'divide-by-zero'
  | 'out-of-range'
  | 'whole-number'
  | 'max-hidden-layers'
  | 'max-samples'
  | 'min-one-sample'
  | 'points-2d-only'
  | 'inputs-mismatch'
  | 'outputs-mismatch'
  // What only a file (a scenario, a saved lesson, a CSV) can get wrong:
  | 'file-too-large'
  | 'invalid-json'
  | 'invalid-json-at'
  | 'wrong-format'
  | 'wrong-version'
  | 'not-an-object'
  | 'not-an-array'
  | 'not-a-number-array'
  | 'wrong-length'
  | 'unknown-activation'
  | 'unknown-loss'
  | 'unknown-optimizer'
  | 'unknown-dataset'
  | 'unknown-feature'
  | 'no-layers'
  | 'layers-not-array'
  | 'hidden-layers-range'
  | 'inputs-range'
  | 'units-range'
  | 'softmax-output-only'
  | 'loss-needs-output'
  | 'weight-rows'
  | 'row-length'
  | 'no-samples'
  | 'too-many-samples'
  | 'bce-target'
  | 'cross-entropy-target'
  | 'fraction'
  | 'open-fraction'
  | 'batch-size-min'
  | 'batch-size-max'
  | 'seed-range'
  | 'features-empty'
  | 'feature-needs-two-inputs'
  | 'feature-twice'
  | 'features-count'
  | 'whole-number-range'
  | 'one-of'
  | 'not-boolean'
  | 'previous-needed'
  | 'unreachable-step'
  | 'order-every-sample'
  | 'initial-model-mismatch'
  | 'csv-unclosed-quote'
  | 'csv-empty'
  | 'csv-semicolons'
  | 'csv-tabs'
  | 'csv-repeated-column'
  | 'csv-column-name'
  | 'csv-input-columns'
  | 'csv-raw-input-columns'
  | 'csv-output-columns'
  | 'csv-field-count'
  | 'csv-split'
  | 'csv-empty-cell'
  | 'csv-too-many'
  | 'csv-no-train';

export type ErrorParams = Readonly<Record<string, string | number>>;

export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly field: string;
  /** The message without the field, e.g. a step refusal code. */
  readonly reason: string;
  /**
   * What is wrong, as a code the UI's catalog words in the reader's language (see
   * i18n/en/errors.ts), with the values it names; absent for errors only a hand-edited file meets,
   * which keep their English `reason`.
   */
  readonly code: ErrorCode | undefined;
  readonly params: ErrorParams;

  constructor(field: string, message: string, code?: ErrorCode, params: ErrorParams = {}) {
    super(field ? `${field}: ${message}` : message);
    this.field = field;
    this.reason = message;
    this.code = code;
    this.params = params;
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
