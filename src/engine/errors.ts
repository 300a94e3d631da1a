/**
 * The one error type the engine raises for bad input. `field` names the offending field as a path
 * (for example `model.layers[1].W[0][2]`) so the UI can tell a student exactly what to fix.
 */
/** The errors a person can meet from the page itself (typing, clicking), each worded by the UI. */
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
  | 'outputs-mismatch';

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
