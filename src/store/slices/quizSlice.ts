/**
 * Predict first: turn it on and off, answer, skip to another value, reveal. Answers, skips and
 * reveals are undoable like a step, so Undo after a verdict asks the question again.
 */
import { EngineError, layerSizes } from '../../engine';
import { parseNumber } from '../parse';
import { belongsTo, nextTarget } from '../quiz/ask';
import { isRightPrediction } from '../quiz/judge';
import { selectQuizQuestion } from '../quiz/selectors';
import { spanTargets, truthOf } from '../quiz/targets';
import type { QuizQuestion } from '../quiz/types';
import { transact, type GetState, type SetState } from '../transaction';
import type { QuizActions, State } from '../types';

function openQuestion(state: State): QuizQuestion {
  const question = selectQuizQuestion(state);
  if (!question) throw new EngineError('prediction', 'there is no question to answer now');
  return question;
}

export function createQuizSlice(set: SetState, get: GetState): QuizActions {
  return {
    setPredictFirst: (on) => {
      const state = get();
      const quiz = on ? state.quiz : { ...state.quiz, question: null };
      set({ ui: { ...state.ui, predictFirst: on }, quiz }, false, 'quiz/predictFirst');
    },
    answerQuiz: (text) =>
      transact(set, get, 'quiz/answer', (state) => {
        const question = openQuestion(state);
        const guess = parseNumber(text, 'Your prediction');
        const truth = truthOf(state.session, question.target);
        const correct = isRightPrediction(guess, truth);
        const { quiz } = state;
        return {
          quiz: {
            ...quiz,
            question: null,
            verdict: { target: question.target, guess, truth, correct, session: state.session },
            judged: quiz.judged + 1,
            right: quiz.right + (correct ? 1 : 0),
          },
        };
      }),
    skipQuiz: () =>
      transact(set, get, 'quiz/skip', (state) => {
        const question = openQuestion(state);
        const target = nextTarget(question.span, layerSizes(state.session.model), question.target);
        return { quiz: { ...state.quiz, question: target ? { ...question, target } : null, verdict: null } };
      }),
    revealQuiz: () =>
      transact(set, get, 'quiz/reveal', (state) => {
        openQuestion(state);
        return { quiz: { ...state.quiz, question: null, verdict: null } };
      }),
    askAbout: (selection) => {
      const state = get();
      const question = selectQuizQuestion(state);
      if (!question || !selection) return;
      const current = question.target;
      const choices = spanTargets(question.span, layerSizes(state.session.model)).filter((t) =>
        belongsTo(t, selection),
      );
      if (
        choices.length === 0 ||
        choices.some((t) => t.kind === current.kind && belongsTo(current, selection))
      )
        return;
      const target = choices.find((t) => t.kind === current.kind) ?? choices[0]!;
      set({ quiz: { ...state.quiz, question: { ...question, target } } }, false, 'quiz/askAbout');
    },
  };
}
