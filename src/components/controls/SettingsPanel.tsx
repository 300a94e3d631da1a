/** Optimizer, loss, activation per layer, batch size and seed. None of them resets the weights but the seed. */
import { useShallow } from 'zustand/react/shallow';
import {
  ACTIVATION_NAMES,
  LOSS_NAMES,
  OPTIMIZER_KINDS,
  type ActivationName,
  type LossName,
  type OptimizerKind,
} from '../../engine';
import { format, messages } from '../../i18n';
import { useAppStore } from '../StoreContext';
import { CommitField } from './CommitField';
import { LearningRateControl } from './LearningRateControl';

const t = messages.common.settings;

export function SettingsPanel() {
  const optimizer = useAppStore((s) => s.optimizer.kind);
  const loss = useAppStore((s) => s.session.model.loss);
  const activations = useAppStore(useShallow((s) => s.session.model.layers.map((layer) => layer.activation)));
  const batchSize = useAppStore((s) => s.batchSize);
  const dataLength = useAppStore((s) => s.data.length);
  const seed = useAppStore((s) => s.seed);
  const actions = useAppStore(
    useShallow((s) => ({
      setOptimizer: s.setOptimizer,
      setLoss: s.setLoss,
      setActivation: s.setActivation,
      setBatchSize: s.setBatchSize,
      setSeed: s.setSeed,
    })),
  );
  return (
    <section className="panel settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t.heading}</h2>
      <LearningRateControl />
      <label className="field">
        <span className="field-label">{t.optimizer}</span>
        <select value={optimizer} onChange={(e) => actions.setOptimizer(e.target.value as OptimizerKind)}>
          {OPTIMIZER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.optimizers[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t.loss}</span>
        <select value={loss} onChange={(e) => actions.setLoss(e.target.value as LossName)}>
          {LOSS_NAMES.map((name) => (
            <option key={name} value={name}>
              {t.losses[name]}
            </option>
          ))}
        </select>
      </label>
      {activations.map((activation, l) => (
        <label className="field" key={l}>
          <span className="field-label">{format(t.activation, { layer: l + 1 })}</span>
          <select
            value={activation}
            onChange={(e) => actions.setActivation(l + 1, e.target.value as ActivationName)}
          >
            {ACTIVATION_NAMES.filter((name) => name !== 'softmax' || l === activations.length - 1).map(
              (name) => (
                <option key={name} value={name}>
                  {t.activations[name]}
                </option>
              ),
            )}
          </select>
        </label>
      ))}
      <div className="field">
        <span className="field-label">
          {t.batchSize} <span className="muted">(1–{dataLength})</span>
        </span>
        <CommitField
          label={t.batchSize}
          value={String(batchSize)}
          onCommit={actions.setBatchSize}
          width={4}
        />
      </div>
      <div className="field">
        <span className="field-label">{t.seed}</span>
        <CommitField label={t.seed} value={String(seed)} onCommit={actions.setSeed} width={8} />
      </div>
    </section>
  );
}
