/** The current sample's inputs and targets, editable: students type in the numbers from their sheet. */
import { useShallow } from 'zustand/react/shallow';
import { format, messages } from '../../i18n';
import { selectCurrentSample, selectSampleIndex } from '../../store';
import { useAppStore } from '../StoreContext';
import { CommitField } from '../controls/CommitField';
import { inputName, targetName } from '../../viz/names';

const t = messages.common.sample;
const name = (kind: 'x' | 'y', index: number) => (kind === 'x' ? inputName(index) : targetName(index));

export function SamplePanel() {
  const sample = useAppStore(selectCurrentSample);
  const index = useAppStore(selectSampleIndex);
  const count = useAppStore((s) => s.data.length);
  const setSampleValue = useAppStore(useShallow((s) => s.setSampleValue));
  const row = (kind: 'x' | 'y', values: number[]) =>
    values.map((value, i) => (
      <label key={`${kind}${i}`} className="sample-value">
        <span>{name(kind, i)}</span>
        <CommitField
          label={format(kind === 'x' ? t.inputLabel : t.targetLabel, { name: name(kind, i) })}
          value={String(value)}
          onCommit={(text) => setSampleValue(kind, i, text)}
          width={6}
        />
      </label>
    ));
  return (
    <section className="panel sample" aria-labelledby="sample-heading">
      <h2 id="sample-heading">{t.heading}</h2>
      <p className="muted">{format(t.position, { index: index + 1, count })}</p>
      <div className="sample-row">{row('x', sample.x)}</div>
      <div className="sample-row">{row('y', sample.y)}</div>
    </section>
  );
}
