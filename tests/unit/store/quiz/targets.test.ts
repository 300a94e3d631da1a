// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSession, traceSample } from '../../../../src/engine';
import { buildPreset } from '../../../../src/store/presets';
import { chooseTarget } from '../../../../src/store/quiz/ask';
import { isRightPrediction } from '../../../../src/store/quiz/judge';
import { spanTargets, stepSpan, truthOf, quizTargetId } from '../../../../src/store/quiz/targets';
import type { CursorState } from '../../../../src/engine';

const cursor = (over: Partial<CursorState>): CursorState => ({
  batchStart: 0,
  sampleInBatch: 0,
  forwardDone: 0,
  lossDone: false,
  backwardDone: 0,
  samplesDone: 0,
  updated: false,
  ...over,
});

describe('stepSpan', () => {
  it('names the layers a step computed', () => {
    expect(stepSpan(cursor({}), cursor({ forwardDone: 1 }), 2)).toEqual({
      forward: [1],
      loss: false,
      backward: [],
    });
    expect(stepSpan(cursor({ forwardDone: 2 }), cursor({ forwardDone: 2, lossDone: true }), 2)).toEqual({
      forward: [],
      loss: true,
      backward: [],
    });
    const done = cursor({ forwardDone: 2, lossDone: true });
    expect(stepSpan(done, { ...done, backwardDone: 2 }, 2)).toEqual({
      forward: [],
      loss: false,
      backward: [2, 1],
    });
  });

  it('starts afresh after Update and computes nothing to ask on Update', () => {
    const updated = cursor({ forwardDone: 2, lossDone: true, backwardDone: 2, updated: true });
    expect(stepSpan(updated, cursor({ forwardDone: 1 }), 2).forward).toEqual([1]);
    expect(stepSpan(cursor({ backwardDone: 2 }), updated, 2)).toEqual({
      forward: [],
      loss: false,
      backward: [],
    });
  });
});

describe('spanTargets and truthOf', () => {
  it('lists every value of a backward layer, dL/dx with layer 1, and reads them as traceSample does', () => {
    const scenario = buildPreset('textbook');
    const session = createSession(scenario.model);
    const expected = traceSample(scenario.model, scenario.data[0]!);
    const targets = spanTargets({ forward: [], loss: false, backward: [1] }, [2, 2, 2]);
    expect(targets.map(quizTargetId)).toContain('dldw:1:1:0');
    expect(targets.map(quizTargetId)).toContain('dlda:0:1');
    // fill the trace as the engine would, then read it back
    expected.layers.forEach((layer, k) => {
      session.trace.dLdW[k]!.set(layer.dLdW.flat());
      session.trace.z[k]!.set(layer.z);
    });
    expect(truthOf(session, { kind: 'dldw', layer: 1, index: 1, from: 0 })).toBe(
      expected.layers[0]!.dLdW[1]![0],
    );
    expect(truthOf(session, { kind: 'z', layer: 2, index: 1, from: null })).toBe(expected.layers[1]!.z[1]);
  });
});

describe('chooseTarget', () => {
  it('is deterministic and cycles the kinds', () => {
    const span = { forward: [1], loss: false, backward: [] };
    expect([0, 1, 2, 3].map((n) => quizTargetId(chooseTarget(span, [2, 2, 2], n, null)!))).toEqual([
      'z:1:0',
      'a:1:0',
      'z:1:1',
      'a:1:1',
    ]);
    expect(chooseTarget({ forward: [], loss: true, backward: [] }, [2, 2, 2], 0, null)).toBeNull();
  });

  it('prefers the selected edge', () => {
    const span = { forward: [], loss: false, backward: [2] };
    const target = chooseTarget(span, [2, 2, 2], 0, { kind: 'edge', layer: 2, to: 1, from: 0 });
    expect(target && quizTargetId(target)).toBe('dldw:2:1:0');
  });
});

describe('isRightPrediction', () => {
  it('accepts 1 % or the same 4 significant digits, and nothing else', () => {
    expect(isRightPrediction(0.3775, 0.37750000001)).toBe(true);
    expect(isRightPrediction(101, 100)).toBe(true);
    expect(isRightPrediction(102, 100)).toBe(false);
    expect(isRightPrediction(-0.03815, -0.038149)).toBe(true);
    expect(isRightPrediction(0.03815, -0.03815)).toBe(false);
    expect(isRightPrediction(0, 0)).toBe(true);
    expect(isRightPrediction(1e-6, 0)).toBe(false);
    expect(isRightPrediction(1.2346e-7, 1.2345e-7)).toBe(true);
  });
});
