/**
 * What Play did, said once when it pauses ("Paused after 120 steps, loss 0.0312"): while it runs
 * the other live regions are silent (useLiveness), so this one status line is the whole report.
 * Visually hidden: the counter and the loss readout show the same to sighted readers.
 */
import { useEffect, useState } from 'react';
import { currentLanguage, format, messages } from '../../i18n';
import { formatValue } from '../../viz/format';
import { selectVisibleLoss } from '../../store';
import { useStoreApi } from '../StoreContext';

const t = messages.common.play;

/** The sentence for a pause after `steps` updates with the loss shown then (null: none computed). */
export function pauseSummary(steps: number, loss: number | null): string {
  const template =
    new Intl.PluralRules(currentLanguage()).select(steps) === 'one' ? t.pausedOne : t.pausedOther;
  return format(template, { steps, loss: loss === null ? messages.common.loss.none : formatValue(loss) });
}

export function PlaySummary() {
  const store = useStoreApi();
  const [summary, setSummary] = useState('');

  useEffect(() => {
    let startedAt: number | null = store.getState().ui.playing ? store.getState().session.updates : null;
    return store.subscribe((state, previous) => {
      if (state.ui.playing === previous.ui.playing) return;
      if (state.ui.playing) {
        startedAt = previous.session.updates;
        setSummary('');
      } else if (startedAt !== null) {
        // Undo or Reset during Play can take the counter below where it started.
        const steps = Math.max(0, state.session.updates - startedAt);
        startedAt = null;
        setSummary(pauseSummary(steps, selectVisibleLoss(state)?.value ?? null));
      }
    });
  }, [store]);

  return (
    <span className="visually-hidden" role="status" data-testid="play-summary">
      {summary}
    </span>
  );
}
