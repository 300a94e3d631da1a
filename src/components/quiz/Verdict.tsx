/**
 * The verdict on a prediction: right, or wrong with the true value, and the arithmetic that gives it
 * in real numbers. It takes the focus from the prediction box it replaces, so the keyboard stays in
 * the lesson (PageDown takes the next step, PageUp asks again).
 */
import { useEffect, useRef } from 'react';
import { format, messages } from '../../i18n';
import type { QuizVerdict } from '../../store';
import { formatValue } from '../../viz/format';
import { explainQuizValue } from '../../viz/quizExplain';
import { useGraphValues } from '../GraphArea';
import { quantityText } from './quizText';

const t = messages.quiz;

export function Verdict({ verdict }: { verdict: QuizVerdict }) {
  const ref = useRef<HTMLDivElement>(null);
  const values = useGraphValues();
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) ref.current?.focus();
  }, [verdict]);
  const { target, correct } = verdict;
  const params = {
    quantity: quantityText(target),
    truth: formatValue(verdict.truth),
    guess: formatValue(verdict.guess),
  };
  const lines = explainQuizValue(values, target.kind, target.layer, target.index, target.from);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className={correct ? 'quiz-verdict is-correct' : 'quiz-verdict is-wrong'}
      data-quiz-result={correct ? 'correct' : 'wrong'}
      title={String(verdict.truth)}
    >
      <strong>{format(correct ? t.right : t.wrong, params)}</strong>
      {lines.map((line, k) => (
        <code key={k} className="quiz-arithmetic">
          {line.formula}
        </code>
      ))}
    </div>
  );
}
