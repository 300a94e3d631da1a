/** The quiz as the UI reads it: only questions and verdicts about the session on screen count. */
import { selectDisplayedLoss, selectLossChange, type DisplayedLoss, type LossChange } from '../selectors';
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

/** The header's loss as it may be shown: as if not computed yet while the open question's step computed it. */
export function selectVisibleLoss(state: State): DisplayedLoss | null {
  if (!selectHiddenSpan(state)?.loss) return selectDisplayedLoss(state);
  return selectDisplayedLoss({ ...state, session: { ...state.session, loss: null } });
}

/** The loss before → after the last Update, unless the open question's step computed the "after". */
export function selectVisibleLossChange(state: State): LossChange | null {
  return selectHiddenSpan(state)?.loss ? null : selectLossChange(state);
}

export function selectQuizScore(state: State): { right: number; judged: number } {
  return { right: state.quiz.right, judged: state.quiz.judged };
}
