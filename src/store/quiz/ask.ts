/**
 * Which value a question asks about. Deterministic: the kinds cycle with the count of questions
 * asked (z, a on forward; dL/dz, dL/da, dL/dw, dL/db on backward) and so do the units; a node, edge
 * or bias the teacher selected wins when the step computed one of its values.
 */
import { layerSizes, type StepSession } from '../../engine';
import type { Selection, Snapshot, State } from '../types';
import { spanTargets, stepSpan } from './targets';
import type { QuizKind, QuizSpan, QuizTarget } from './types';

const FORWARD_KINDS: readonly QuizKind[] = ['z', 'a'];
const BACKWARD_KINDS: readonly QuizKind[] = ['dldz', 'dlda', 'dldw', 'dldb'];

/** True when `target` is a value of the selected graph element. */
export function belongsTo(target: QuizTarget, selection: NonNullable<Selection>): boolean {
  if (target.layer !== selection.layer) return false;
  switch (selection.kind) {
    case 'node':
      return target.kind !== 'dldw' && target.kind !== 'dldb' && target.index === selection.index;
    case 'bias':
      return target.kind === 'dldb' && target.index === selection.index;
    case 'edge':
      return target.kind === 'dldw' && target.index === selection.to && target.from === selection.from;
  }
}

/** The question for a step whose values are `span`, or null when it computed none to ask about. */
export function chooseTarget(
  span: QuizSpan,
  sizes: readonly number[],
  asked: number,
  selection: Selection,
): QuizTarget | null {
  const all = spanTargets(span, sizes);
  if (all.length === 0) return null;
  const kinds = span.forward.length > 0 ? FORWARD_KINDS : BACKWARD_KINDS;
  const kind = kinds[asked % kinds.length]!;
  const selected = selection ? all.filter((t) => belongsTo(t, selection)) : [];
  const pool = selected.length > 0 ? selected : all;
  const ofKind = pool.filter((t) => t.kind === kind);
  const choices = ofKind.length > 0 ? ofKind : pool;
  return choices[Math.floor(asked / kinds.length) % choices.length]!;
}

/** The value after `current` among the step's values (Skip asks another one), or null if none. */
export function nextTarget(span: QuizSpan, sizes: readonly number[], current: QuizTarget): QuizTarget | null {
  const all = spanTargets(span, sizes);
  if (all.length < 2) return null;
  const at = all.findIndex(
    (t) =>
      t.kind === current.kind &&
      t.layer === current.layer &&
      t.index === current.index &&
      t.from === current.from,
  );
  return all[(at + 1) % all.length]!;
}

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
