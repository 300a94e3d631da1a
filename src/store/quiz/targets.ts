/**
 * Which values a sub-step computed (its span), every value of a span as a quiz target, and the true
 * value of a target read from the session.
 */
import type { CursorState, StepSession } from '../../engine';
import type { QuizKind, QuizSpan, QuizTarget } from './types';

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** The cursor a step starts from: after Update or a finished sample, the next forward starts afresh. */
function effectiveStart(cursor: CursorState, layers: number): CursorState {
  if (cursor.updated || cursor.backwardDone === layers)
    return { ...cursor, forwardDone: 0, lossDone: false, backwardDone: 0 };
  return cursor;
}

/** The values a step from cursor `before` to cursor `after` computed. */
export function stepSpan(before: CursorState, after: CursorState, layers: number): QuizSpan {
  if (after.updated) return { forward: [], loss: false, backward: [] };
  const start = effectiveStart(before, layers);
  return {
    forward: range(start.forwardDone + 1, after.forwardDone + 1),
    loss: after.lossDone && !start.lossDone,
    backward: range(start.backwardDone, after.backwardDone).map((done) => layers - done),
  };
}

export function spanIsEmpty(span: QuizSpan): boolean {
  return span.forward.length === 0 && span.backward.length === 0;
}

/** "z:1:0", "dldw:2:0:1": the DOM contract's data-quiz-target. */
export function quizTargetId(target: QuizTarget): string {
  const tail = target.from === null ? '' : `:${target.from}`;
  return `${target.kind}:${target.layer}:${target.index}${tail}`;
}

const node = (kind: QuizKind, layer: number, index: number): QuizTarget => ({
  kind,
  layer,
  index,
  from: null,
});

/** Every value the span computed, layer by layer in the order the step computed them. */
export function spanTargets(span: QuizSpan, sizes: readonly number[]): QuizTarget[] {
  const targets: QuizTarget[] = [];
  for (const l of span.forward)
    for (let i = 0; i < sizes[l]!; i++) targets.push(node('z', l, i), node('a', l, i));
  for (const l of span.backward) {
    for (let i = 0; i < sizes[l]!; i++) {
      targets.push(node('dlda', l, i), node('dldz', l, i), node('dldb', l, i));
      for (let j = 0; j < sizes[l - 1]!; j++) targets.push({ kind: 'dldw', layer: l, index: i, from: j });
    }
    if (l === 1) for (let j = 0; j < sizes[0]!; j++) targets.push(node('dlda', 0, j));
  }
  return targets;
}

/** The session's value for a target (layer 0's dL/da is dL/dx). */
export function truthOf(session: StepSession, target: QuizTarget): number {
  const { trace, model } = session;
  const k = target.layer - 1;
  const i = target.index;
  switch (target.kind) {
    case 'z':
      return trace.z[k]![i]!;
    case 'a':
      return trace.a[k]![i]!;
    case 'dldz':
      return trace.dLdz[k]![i]!;
    case 'dlda':
      return k < 0 ? trace.dLdx[i]! : trace.dLda[k]![i]!;
    case 'dldb':
      return trace.dLdb[k]![i]!;
    case 'dldw':
      return trace.dLdW[k]![i * model.layers[k]!.inSize + target.from!]!;
  }
}
