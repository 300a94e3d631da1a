/** Predict first, above the graph while it is on: the open question or the last verdict, and the score. */
import { useShallow } from 'zustand/react/shallow';
import { format, messages } from '../../i18n';
import { quizTargetId, selectQuizQuestion, selectQuizScore, selectQuizVerdict } from '../../store';
import { useAppStore } from '../StoreContext';
import { QuestionForm } from './QuestionForm';
import { Verdict } from './Verdict';
import './quiz.css';

const t = messages.quiz;

export function QuizBar() {
  const on = useAppStore((s) => s.ui.predictFirst);
  const question = useAppStore(selectQuizQuestion);
  const verdict = useAppStore(selectQuizVerdict);
  const score = useAppStore(useShallow(selectQuizScore));
  if (!on) return null;
  return (
    <section className="quiz-bar" aria-label={t.heading}>
      {question ? (
        // A new target is a new question: a fresh, focused, empty box.
        <QuestionForm key={quizTargetId(question.target)} target={question.target} />
      ) : verdict ? (
        <Verdict verdict={verdict} />
      ) : (
        <p className="quiz-waiting">{t.waiting}</p>
      )}
      <output className="quiz-score" data-testid="quiz-score">
        {format(t.score, score)}
      </output>
    </section>
  );
}
