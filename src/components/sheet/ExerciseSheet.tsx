/**
 * The current lesson as a printable exercise sheet (the network, its weights and biases, the
 * sample's inputs and targets, blanks for z, a, the loss and the gradients) and, with "Answer key",
 * the engine's answers. Drawn over the page as a dialog; Print prints only the sheet (sheet.css).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { format, messages } from '../../i18n';
import { selectCurrentSample } from '../../store';
import { formatValue } from '../../viz/format';
import { exerciseSheet } from '../../viz/sheet';
import { useAppStore } from '../StoreContext';
import { BackwardTable, Blank, ForwardTable, WeightsTable } from './SheetTables';
import './sheet.css';

const t = messages.quiz.sheet;

export function ExerciseSheet({ onClose }: { onClose: () => void }) {
  const model = useAppStore((s) => s.session.model);
  const sample = useAppStore(selectCurrentSample);
  const sheet = useMemo(() => exerciseSheet(model, sample), [model, sample]);
  const [answerKey, setAnswerKey] = useState(false);
  const printButton = useRef<HTMLButtonElement>(null);
  useEffect(() => printButton.current?.focus(), []);
  // Escape closes the sheet wherever the focus is (printing can leave it on the page).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const title = answerKey ? `${t.title}: ${t.answerKey}` : t.title;
  return createPortal(
    <div className="sheet-root">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="sheet-title"
        className="exercise-sheet"
        data-testid="exercise-sheet"
      >
        <div className="sheet-actions">
          <label>
            <input
              type="checkbox"
              checked={answerKey}
              onChange={(event) => setAnswerKey(event.target.checked)}
            />
            {t.answerKey}
          </label>
          <button ref={printButton} type="button" onClick={() => window.print()}>
            {t.print}
          </button>
          <button type="button" onClick={onClose}>
            {t.close}
          </button>
        </div>
        <h1 id="sheet-title">{title}</h1>
        <p>{t.intro}</p>
        <section className="sheet-section">
          <h2>{format(t.network, { shape: sheet.sizes.join('-'), loss: sheet.loss })}</h2>
          {sheet.layers.map((layer) => (
            <WeightsTable key={layer.layer} layer={layer} />
          ))}
        </section>
        <section className="sheet-section">
          <h2>{t.sample}</h2>
          <table className="sheet-table">
            <tbody>
              <tr>
                <th scope="row">{t.inputs}</th>
                {sheet.x.map((x, j) => (
                  <td key={j} data-sheet-given={`x:${j}`}>
                    {formatValue(x)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t.targets}</th>
                {sheet.y.map((y, j) => (
                  <td key={j} data-sheet-given={`y:${j}`}>
                    {formatValue(y)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </section>
        <section className="sheet-section">
          <h2>{t.forward}</h2>
          {sheet.layers.map((layer) => (
            <ForwardTable key={layer.layer} layer={layer} answerKey={answerKey} />
          ))}
          <table className="sheet-table">
            <tbody>
              <tr>
                <th scope="row">{t.loss}</th>
                <Blank answer={sheet.lossAnswer} answerKey={answerKey} />
              </tr>
            </tbody>
          </table>
        </section>
        <section className="sheet-section">
          <h2>{t.backward}</h2>
          {[...sheet.layers].reverse().map((layer) => (
            <BackwardTable key={layer.layer} layer={layer} answerKey={answerKey} />
          ))}
          <table className="sheet-table">
            <tbody>
              <tr>
                <th scope="row">{t.inputGradient}</th>
                {sheet.dLdx.map((g) => (
                  <Blank key={g.id} answer={g} answerKey={answerKey} />
                ))}
              </tr>
            </tbody>
          </table>
        </section>
      </div>
    </div>,
    document.body,
  );
}
