/**
 * The open question: a textbox named "Your prediction of …" (focused as soon as it appears, so the
 * keyboard goes straight to it), Enter or Check to judge, Skip and Reveal all.
 */
import { useState, type FormEvent } from 'react';
import { format, messages } from '../../i18n';
import { quizTargetId, type QuizTarget } from '../../store';
import { useAppStore } from '../StoreContext';
import { quantityText } from './quizText';

const t = messages.quiz;

export function QuestionForm({ target }: { target: QuizTarget }) {
  const answerQuiz = useAppStore((s) => s.answerQuiz);
  const skipQuiz = useAppStore((s) => s.skipQuiz);
  const revealQuiz = useAppStore((s) => s.revealQuiz);
  const [text, setText] = useState('');
  const label = format(t.prediction, { quantity: quantityText(target) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answerQuiz(text);
  };
  return (
    <form className="quiz-question" onSubmit={submit}>
      <label className="quiz-label">
        <span>{label}</span>
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          // The question appears after a step; the student answers without reaching for the mouse.
          autoFocus
          aria-label={label}
          aria-description={t.hint}
          title={t.hint}
          data-quiz-target={quizTargetId(target)}
          value={text}
          onChange={(event) => setText(event.target.value)}
          size={10}
        />
      </label>
      <button type="submit">{t.check}</button>
      <button type="button" onClick={() => skipQuiz()} title={t.skipHint}>
        {t.skip}
      </button>
      <button type="button" onClick={() => revealQuiz()} title={t.revealHint}>
        {t.reveal}
      </button>
    </form>
  );
}
