/** The quiz as the UI reads it: only questions and verdicts about the session on screen count. */
import type { State } from '../types';
import type { QuizQuestion, QuizSpan, QuizVerdict } from './types';

/** The open question, or null (none, or one about a session that has since changed). */
export function selectQuizQuestion(state: State): QuizQuestion | null {
  const question = state.quiz.question;
  return question && question.session === state.session ? question : null;
}

/** The verdict on the last prediction, while the graph still shows that step. */
export function selectQuizVerdict(state: State): QuizVerdict | null {
  const verdict = state.quiz.verdict;
  return verdict && verdict.session === state.session ? verdict : null;
}

/** The values to keep off screen: the open question's step, or null when nothing is hidden. */
export function selectHiddenSpan(state: State): QuizSpan | null {
  return selectQuizQuestion(state)?.span ?? null;
}

/** The loss as it may be shown: null while the open question's step computed it. */
export function selectVisibleLoss(state: State): number | null {
  if (selectHiddenSpan(state)?.loss) return state.session.batchLoss;
  return state.session.loss ?? state.session.batchLoss;
}

export function selectQuizScore(state: State): { right: number; judged: number } {
  return { right: state.quiz.right, judged: state.quiz.judged };
}
