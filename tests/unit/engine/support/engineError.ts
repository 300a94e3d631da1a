import { expect } from 'vitest';
import { EngineError, isEngineError } from '../../../../src/engine';

/** The `.field` of the EngineError `run` throws; fails the test if it throws nothing or something else. */
export function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect(isEngineError(error)).toBe(true);
    return (error as EngineError).field;
  }
  throw new Error('expected an EngineError, but nothing was thrown');
}
