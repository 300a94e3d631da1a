/** The current loss in large type, and the loss curve. */
import { formatValue } from '../../viz/format';
import { messages } from '../../i18n';
import { selectVisibleLoss } from '../../store';
import { useAppStore } from '../StoreContext';

const t = messages.common.loss;

export function LossValue() {
  const loss = useAppStore(selectVisibleLoss);
  return (
    <p className="loss-readout">
      <span className="field-label">{t.current}</span>{' '}
      <output data-testid="loss-value" title={loss === null ? undefined : String(loss)}>
        {loss === null ? t.none : formatValue(loss)}
      </output>
    </p>
  );
}
