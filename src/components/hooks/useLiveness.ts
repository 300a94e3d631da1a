/**
 * Live regions stay quiet while Play runs: the loss, the next step and the diagnoses change every
 * frame, and a screen reader announcing each change would talk over the whole lesson. Pause then
 * says once what happened (see PlaySummary).
 */
import { useAppStore } from '../StoreContext';

/** The aria-live value for a region that reports each change: 'off' while Play runs. */
export function useLiveness(): 'polite' | 'off' {
  return useAppStore((s) => (s.ui.playing ? 'off' : 'polite'));
}
