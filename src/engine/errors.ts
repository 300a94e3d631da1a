/**
 * The one error type the engine raises for bad input. `field` names the offending field as a path
 * (for example `model.layers[1].W[0][2]`) so the UI can tell a student exactly what to fix.
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly field: string;
  /** The message without the field, e.g. a step refusal code. */
  readonly reason: string;

  constructor(field: string, message: string) {
    super(field ? `${field}: ${message}` : message);
    this.field = field;
    this.reason = message;
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
