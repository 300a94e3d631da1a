/** The side panel's exercise tools: the Predict first switch, the printable exercise sheet and the guided tour. */
import { Suspense, useRef, useState } from 'react';
import { messages } from '../../i18n';
import { lazyNamed } from '../LazyPanel';
import { useAppStore } from '../StoreContext';

const t = messages.quiz;

/** Opened on demand, so their code loads then (each appears as soon as it has). */
const ExerciseSheet = lazyNamed(() => import('../sheet/ExerciseSheet'), 'ExerciseSheet');
const GuidedTour = lazyNamed(() => import('../tour/GuidedTour'), 'GuidedTour');

export function ExercisePanel() {
  const on = useAppStore((s) => s.ui.predictFirst);
  const setPredictFirst = useAppStore((s) => s.setPredictFirst);
  const [open, setOpen] = useState<'sheet' | 'tour' | null>(null);
  const sheetOpener = useRef<HTMLButtonElement>(null);
  const tourOpener = useRef<HTMLButtonElement>(null);
  const close = () => {
    (open === 'tour' ? tourOpener : sheetOpener).current?.focus();
    setOpen(null);
  };
  return (
    <section className="panel exercises" aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">{t.panelHeading}</h2>
      <label className="toggle" title={t.toggleHint}>
        <input type="checkbox" checked={on} onChange={(event) => setPredictFirst(event.target.checked)} />
        {t.toggle}
      </label>
      <button ref={sheetOpener} type="button" title={t.sheet.openHint} onClick={() => setOpen('sheet')}>
        {t.sheet.open}
      </button>
      <button
        ref={tourOpener}
        type="button"
        title={messages.tour.openHint}
        aria-expanded={open === 'tour'}
        onClick={() => setOpen(open === 'tour' ? null : 'tour')}
      >
        {messages.tour.open}
      </button>
      <Suspense fallback={null}>
        {open === 'sheet' && <ExerciseSheet onClose={close} />}
        {open === 'tour' && <GuidedTour onClose={close} />}
      </Suspense>
    </section>
  );
}
