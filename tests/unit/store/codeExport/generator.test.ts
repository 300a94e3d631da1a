// @vitest-environment node
/**
 * The script generator without Python: numbers written so Python reads back the same doubles, the
 * iteration it picks (the current one, the next after an Update), and the tutorial's labels and
 * shape checks in the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../src/store';
import { codeLessonOf, lessonId, numpyScript, pytorchScript } from '../../../../src/store/codeExport';
import { pyFloat, pyMatrix } from '../../../../src/store/codeExport/pythonLiterals';

const THREE_SAMPLES = JSON.stringify({
  format: 'backprop-lab.scenario',
  version: 1,
  model: {
    layers: [{ W: [[0.5, -0.25]], b: [0.1], activation: 'sigmoid' }],
    loss: 'mse',
  },
  data: [
    { x: [1, 2], y: [0] },
    { x: [3, 4], y: [1] },
    { x: [5, 6], y: [0] },
  ],
  optimizer: { kind: 'momentum', learningRate: 0.1 },
  batchSize: 2,
  seed: 1,
});

describe('pyFloat', () => {
  it('writes every double so that it parses back to itself, always as a float literal', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = pyFloat(x);
        expect(Object.is(Number(text), x)).toBe(true);
        expect(text).toMatch(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/);
        expect(text).toMatch(/[.e]/);
      }),
    );
    expect(pyFloat(1)).toBe('1.0');
    expect(pyFloat(-0)).toBe('-0.0');
    expect(pyFloat(1e-8)).toBe('1e-8');
  });

  it('writes a matrix one row per line', () => {
    expect(
      pyMatrix(
        [
          [1, 2],
          [3, 4.5],
        ],
        '  ',
      ),
    ).toBe('[[1.0, 2.0],\n   [3.0, 4.5]]');
  });
});

describe('codeLessonOf', () => {
  it('takes the batch the step cursor is on, and the next one right after an Update', () => {
    const store = createAppStore({ scenarioText: THREE_SAMPLES });
    expect(codeLessonOf(store.getState()).batch.map((s) => s.x)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    store.getState().step();
    const after = codeLessonOf(store.getState());
    expect(after.batch.map((s) => s.x)).toEqual([
      [5, 6],
      [1, 2],
    ]);
    expect(after.batchStart).toBe(2);
    expect(after.step).toBe(1);
    // The momentum buffer after one update is the first batch gradient, and it is exported.
    expect(after.state[0]!.W.m[0]).toEqual(Array.from(store.getState().session.optimizerState.m[0]!.W));
    expect(after.layers[0]!.W).toEqual([Array.from(store.getState().session.model.layers[0]!.W)]);
  });

  it('gives the same lesson the same id and another lesson another', () => {
    const store = createAppStore({ scenarioText: THREE_SAMPLES });
    const before = lessonId(codeLessonOf(store.getState()));
    expect(lessonId(codeLessonOf(createAppStore({ scenarioText: THREE_SAMPLES }).getState()))).toBe(before);
    store.getState().step();
    expect(lessonId(codeLessonOf(store.getState()))).not.toBe(before);
  });
});

describe('the scripts', () => {
  const lesson = codeLessonOf(createAppStore({ preset: 'textbook' }).getState());

  it("the NumPy one spells out the backward pass with the app's formulas and shape checks", () => {
    const script = numpyScript(lesson);
    for (const text of [
      'z2 = W2 @ a1 + b2  # z = W·a + b',
      'a2 = sigmoid(z2)  # a = f(z)',
      'dLdz1 = dLda1 * sigmoid_prime(z1, a1)  # dL/dz = dL/da·f′(z)',
      'dLdW1 = np.outer(dLdz1, a0)  # dL/dW = dL/dz·aᵀ',
      'W ← W − η·dL/dW',
      'assert W[l].shape == (b[l].size, n_in)  # W.shape == (out, in)',
      'assert dLdW2.shape == W2.shape',
      '"W": [[0.15, 0.2],',
    ])
      expect(script).toContain(text);
  });

  it('the PyTorch one uses autograd and torch.optim, with the lesson id the NumPy one has', () => {
    const script = pytorchScript(lesson);
    expect(script).toContain('torch.optim.SGD(parameters, lr=LEARNING_RATE)');
    expect(script).toContain('loss.backward()');
    expect(script).toContain('assert W.grad.shape == W.shape');
    const id = `LESSON_ID = "${lessonId(lesson)}"`;
    expect(script).toContain(id);
    expect(numpyScript(lesson)).toContain(id);
  });
});
