/** Play's speed and the counter of updates and epochs. */
import { format, messages } from '../../i18n';
import { MAX_SPEED, MIN_SPEED } from '../../store';
import { useAppStore } from '../StoreContext';
import { PlaySummary } from './PlaySummary';

const t = messages.common.play;

export function PlayControls() {
  const speed = useAppStore((s) => s.ui.speed);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const updates = useAppStore((s) => s.session.updates);
  const epoch = useAppStore((s) => s.progress.epoch);
  const level = t.speedLevels[speed as keyof typeof t.speedLevels];
  return (
    <div className="play-controls">
      <label className="field inline" title={t.speedHint}>
        <span className="field-label">{t.speed}</span>
        <input
          type="range"
          aria-label={t.speed}
          min={MIN_SPEED}
          max={MAX_SPEED}
          step={1}
          value={speed}
          aria-valuetext={level}
          onChange={(event) => setSpeed(Number(event.target.value))}
        />
      </label>
      <output data-testid="step-count" aria-live="off">
        {format(t.counter, { updates, epoch })}
      </output>
      <PlaySummary />
    </div>
  );
}
