// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { traceSample } from '../../../../src/engine';
import {
  createAppStore,
  quizTargetId,
  selectHiddenSpan,
  selectQuizQuestion,
  selectQuizVerdict,
  selectVisibleLoss,
  selectVisibleLossChange,
  lossPoints,
} from '../../../../src/store';

/** The textbook 2-2-2 network with Predict first on. */
function quizStore(granularity: 'layer' | 'pass' = 'layer') {
  const store = createAppStore({ preset: 'textbook', ui: { predictFirst: true, granularity } });
  const { session, data } = store.getState();
  return { store, s: () => store.getState(), expected: traceSample(session.model, data[0]!) };
}

const asked = (store: ReturnType<typeof createAppStore>) => {
  const question = selectQuizQuestion(store.getState());
  return question ? quizTargetId(question.target) : null;
};

describe('predict first: asking', () => {
  it('asks nothing while off', () => {
    const store = createAppStore({ preset: 'textbook' });
    store.getState().forward();
    expect(selectQuizQuestion(store.getState())).toBeNull();
  });

  it('asks about a value of each forward and backward sub-step, cycling the kinds', () => {
    const { store, s } = quizStore();
    const seen: (string | null)[] = [];
    for (let k = 0; k < 5; k++) {
      s().next();
      seen.push(asked(store));
      s().revealQuiz();
    }
    // forward 1, forward 2, the loss (nothing to ask), backward 2, backward 1
    expect(seen).toEqual(['z:1:0', 'a:2:0', null, 'dldw:2:0:0', 'dldb:1:0']);
  });

  it('hides exactly the values the step computed, and the loss with a whole forward pass', () => {
    const { store, s } = quizStore('pass');
    s().forward();
    expect(selectHiddenSpan(s())).toEqual({ forward: [1, 2], loss: true, backward: [] });
    expect(selectVisibleLoss(s())).toBeNull();
    s().revealQuiz();
    expect(selectHiddenSpan(s())).toBeNull();
    expect(selectVisibleLoss(s())).toMatchObject({ value: s().session.loss });
    s().backward();
    expect(selectHiddenSpan(s())).toEqual({ forward: [], loss: false, backward: [2, 1] });
    expect(asked(store)).toMatch(/^dld/);
  });

  it('keeps the loss change after an Update hidden while the forward pass that computed it is asked about', () => {
    const { s } = quizStore('pass');
    s().step();
    s().forward();
    expect(selectVisibleLossChange(s())).toBeNull();
    s().revealQuiz();
    expect(selectVisibleLossChange(s())).toMatchObject({ before: lossPoints(s().lossHistory)[0]!.loss });
  });

  it('asks about the selected element when the step computed one of its values', () => {
    const { store, s } = quizStore();
    s().select({ kind: 'node', layer: 1, index: 1 });
    s().forward();
    expect(asked(store)).toBe('z:1:1');
    s().askAbout({ kind: 'node', layer: 2, index: 0 }); // not computed by this step: no change
    expect(asked(store)).toBe('z:1:1');
    s().askAbout({ kind: 'node', layer: 1, index: 0 });
    expect(asked(store)).toBe('z:1:0');
  });

  it('asks nothing during Play or for a whole Step, and forgets a question when the session changes', () => {
    const { store, s } = quizStore();
    s().step();
    expect(asked(store)).toBeNull();
    s().forward();
    expect(asked(store)).not.toBeNull();
    s().setWeight(1, 0, 0, 0.5);
    expect(asked(store)).toBeNull();
    expect(selectHiddenSpan(s())).toBeNull();
  });
});

describe('predict first: judging', () => {
  it('judges right within 1 % and wrong beyond, against the engine, and keeps the score', () => {
    const { store, s, expected } = quizStore();
    s().forward(); // z:1:0
    const z = expected.layers[0]!.z[0]!;
    expect(s().answerQuiz(String(z * 1.009)).ok).toBe(true);
    expect(selectQuizVerdict(s())).toMatchObject({ correct: true, truth: z });
    s().forward(); // a:2:0
    const a = expected.layers[1]!.a[0]!;
    expect(s().answerQuiz(String(a * 1.02)).ok).toBe(true);
    expect(selectQuizVerdict(s())).toMatchObject({ correct: false, truth: a });
    expect(s().quiz).toMatchObject({ judged: 2, right: 1 });
    expect(selectHiddenSpan(s())).toBeNull();
    expect(asked(store)).toBeNull();
  });

  it('takes the value rounded to 4 significant digits, and fractions', () => {
    const { s, expected } = quizStore();
    s().forward();
    expect(s().answerQuiz(expected.layers[0]!.z[0]!.toPrecision(4)).ok).toBe(true);
    expect(s().quiz.right).toBe(1);
  });

  it('refuses text that is not a number and keeps the question open', () => {
    const { store, s } = quizStore();
    s().forward();
    const result = s().answerQuiz('about a half');
    expect(result.ok).toBe(false);
    expect(s().ui.error?.field).toBe('Your prediction');
    expect(asked(store)).toBe('z:1:0');
    expect(s().quiz.judged).toBe(0);
  });

  it('refuses an answer when no question is open', () => {
    const { s } = quizStore();
    expect(s().answerQuiz('1').ok).toBe(false);
  });

  it('Skip asks another value of the same step, unscored; Reveal shows them all', () => {
    const { store, s } = quizStore();
    s().forward();
    s().skipQuiz();
    expect(asked(store)).toBe('a:1:0');
    expect(selectHiddenSpan(s())).not.toBeNull();
    s().revealQuiz();
    expect(selectHiddenSpan(s())).toBeNull();
    expect(s().quiz).toMatchObject({ judged: 0, right: 0 });
  });

  it('Undo after a verdict asks again with the score as it was; Undo again takes back the step', () => {
    const { store, s, expected } = quizStore();
    s().forward();
    s().answerQuiz(String(expected.layers[0]!.z[0]!));
    expect(s().quiz.right).toBe(1);
    s().undo();
    expect(asked(store)).toBe('z:1:0');
    expect(s().quiz).toMatchObject({ judged: 0, right: 0 });
    s().undo();
    expect(asked(store)).toBeNull();
    expect(s().session.cursor.forwardDone).toBe(0);
    s().redo();
    s().redo();
    expect(selectQuizVerdict(s())).toMatchObject({ correct: true });
  });

  it('turning Predict first off shows the hidden values', () => {
    const { s } = quizStore();
    s().forward();
    s().setPredictFirst(false);
    expect(selectHiddenSpan(s())).toBeNull();
  });
});
