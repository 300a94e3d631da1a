/** The side panel's exercise tools: the Predict first switch and the printable exercise sheet. */
import { Suspense, useRef, useState } from 'react';
import { messages } from '../../i18n';
import { lazyNamed } from '../LazyPanel';
import { useAppStore } from '../StoreContext';

const t = messages.quiz;

/** Opened on demand, so its code loads then (the dialog appears as soon as it has). */
const ExerciseSheet = lazyNamed(() => import('../sheet/ExerciseSheet'), 'ExerciseSheet');

export function ExercisePanel() {
  const on = useAppStore((s) => s.ui.predictFirst);
  const setPredictFirst = useAppStore((s) => s.setPredictFirst);
  const [sheetOpen, setSheetOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const closeSheet = () => {
    setSheetOpen(false);
    opener.current?.focus();
  };
  return (
    <section className="panel exercises" aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">{t.panelHeading}</h2>
      <label className="toggle" title={t.toggleHint}>
        <input type="checkbox" checked={on} onChange={(event) => setPredictFirst(event.target.checked)} />
        {t.toggle}
      </label>
      <button ref={opener} type="button" title={t.sheet.openHint} onClick={() => setSheetOpen(true)}>
        {t.sheet.open}
      </button>
      {sheetOpen && (
        <Suspense fallback={null}>
          <ExerciseSheet onClose={closeSheet} />
        </Suspense>
      )}
    </section>
  );
}
