// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseModelSpec } from '../../../src/engine/validate';
import { createSession, forkSession } from '../../../src/engine/session';
import { stepBackward, stepForward, stepUpdate } from '../../../src/engine/cursor';
import { TEXTBOOK_SAMPLE, TEXTBOOK_SPEC } from '../../fixtures/textbook';

const model = parseModelSpec(TEXTBOOK_SPEC);
const data = [TEXTBOOK_SAMPLE];

describe('forkSession', () => {
  it('shares the parameters through forward and backward steps and leaves the original untouched', () => {
    const original = createSession(model);
    const fork = forkSession(original);
    stepForward(fork, data, 1, 'pass');
    stepBackward(fork, data, 1, 'pass');
    expect(fork.model).toBe(original.model);
    expect(original.cursor.forwardDone).toBe(0);
    expect(Array.from(original.trace.z[0]!)).toEqual([0, 0]);
    expect(original.gradSum.W[0]!.every((g) => g === 0)).toBe(true);
  });

  it('gets new parameter objects from an update; the forked-from session keeps the old ones', () => {
    const before = createSession(model);
    stepForward(before, data, 1, 'pass');
    stepBackward(before, data, 1, 'pass');
    const fork = forkSession(before);
    stepUpdate(fork, 1, { kind: 'momentum', learningRate: 0.5 });
    expect(fork.model).not.toBe(before.model);
    expect(before.model.layers[1]!.W[0]).toBe(0.4);
    expect(before.optimizerState.t).toBe(0);
    expect(fork.model.layers[1]!.W[0]).toBeCloseTo(0.35891648, 8);
    expect(fork.previous![1]!.W[0]).toBe(0.4);
  });
});
