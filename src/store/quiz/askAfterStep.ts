/** The question a sub-step asks when Predict first is on: called by the step actions. */
import { layerSizes, type StepSession } from '../../engine';
import type { Snapshot, State } from '../types';
import { chooseTarget } from './ask';
import { stepSpan } from './targets';

/**
 * The quiz after `state` stepped to `session`: a question about one value the step computed, or
 * none (Predict first off, Play running, or a step that computed nothing to ask: the loss, Update).
 */
export function askAfterStep(state: State, session: StepSession): Partial<Pick<Snapshot, 'quiz'>> {
  if (!state.ui.predictFirst || state.ui.playing) return {};
  const span = stepSpan(state.session.cursor, session.cursor, session.model.layers.length);
  const sizes = layerSizes(session.model);
  const target = chooseTarget(span, sizes, state.quiz.asked, state.ui.selection);
  if (!target) return { quiz: { ...state.quiz, question: null, verdict: null } };
  return {
    quiz: { ...state.quiz, question: { target, span, session }, verdict: null, asked: state.quiz.asked + 1 },
  };
}
