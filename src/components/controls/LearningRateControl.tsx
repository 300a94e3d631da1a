/** The learning rate: a log-scale slider (10⁻⁴ … 10) and a field that takes 0.1 or 1e-3. */
import { messages } from '../../i18n';
import { useAppStore } from '../StoreContext';
import { CommitField } from './CommitField';

const t = messages.common.settings;
const MIN_EXPONENT = -4;
const MAX_EXPONENT = 1;

export function LearningRateControl() {
  const learningRate = useAppStore((s) => s.optimizer.learningRate);
  const setLearningRate = useAppStore((s) => s.setLearningRate);
  const exponent = Math.min(MAX_EXPONENT, Math.max(MIN_EXPONENT, Math.log10(learningRate)));
  return (
    <div className="field learning-rate">
      <span className="field-label" id="lr-label">
        {t.learningRate} <span className="symbol">η</span>
      </span>
      <input
        type="range"
        aria-label={t.learningRateSlider}
        title={t.learningRateHint}
        min={MIN_EXPONENT}
        max={MAX_EXPONENT}
        step={0.05}
        value={exponent}
        aria-valuetext={String(learningRate)}
        onChange={(event) => setLearningRate(Number(Math.pow(10, Number(event.target.value)).toPrecision(2)))}
      />
      <CommitField
        label={t.learningRate}
        title={t.learningRateHint}
        value={String(learningRate)}
        onCommit={setLearningRate}
      />
    </div>
  );
}
