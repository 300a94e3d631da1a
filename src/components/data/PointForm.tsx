/**
 * Points added and removed with the keyboard, as the plot's clicks do: x₁, x₂ and the class, then
 * Add; a list of the points to remove one. The store parses the typed numbers (strictly) and refuses
 * a bad one with the field named; the form marks that field and says why, and nothing changes.
 * Both are single undoable changes, like a click.
 */
import { useId, useState, type FormEvent } from 'react';
import { format, messages } from '../../i18n';
import type { ActionError, ActionResult } from '../../store';
import { formatValue } from '../../viz/format';
import { inputName, targetName } from '../../viz/names';
import { errorText } from '../panels/ErrorBanner';
import { selectCanAddPoints } from '../../store';
import { useAppStore, useStoreApi } from '../StoreContext';
import './PointForm.css';

const t = messages.data;

type PlotPoint = { x: readonly number[]; y: readonly number[] };
type Report = (text: string) => void;

/** "Training point 3: x₁ = 0.5, x₂ = −0.2, y₁ = 1" (numbered from 1). */
function pointName(set: 'train' | 'test', index: number, point: PlotPoint): string {
  const values = [
    ...point.x.map((v, j) => `${inputName(j)} = ${formatValue(v)}`),
    ...point.y.map((v, k) => `${targetName(k)} = ${formatValue(v)}`),
  ].join(', ');
  return format(set === 'train' ? t.points.train : t.points.test, { index: index + 1, values });
}

/** Why the form's last action was refused, beside the form (the banner says it too). */
function useRefusal() {
  const [refused, setRefused] = useState<ActionError | null>(null);
  const errorId = useId();
  const note = (result: ActionResult) => setRefused(result.ok ? null : result.error);
  const message = refused && (
    <p id={errorId} className="point-form__error">
      {errorText(refused)}
    </p>
  );
  return { refused, errorId, note, message };
}

function AddPoint({ onDone }: { onDone: Report }) {
  const store = useStoreApi();
  const addPoint = useAppStore((s) => s.addPoint);
  const [x1, setX1] = useState('');
  const [x2, setX2] = useState('');
  const [label, setLabel] = useState<0 | 1>(1);
  const { refused, errorId, note, message } = useRefusal();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addPoint(x1, x2, label);
    note(result);
    if (!result.ok) return;
    const points = store.getState().rawTrain;
    onDone(format(t.points.added, { point: pointName('train', points.length - 1, points.at(-1)!) }));
  };
  const field = (name: 'x1' | 'x2', value: string, set: (v: string) => void, index: number) => {
    const invalid = refused?.field === name;
    return (
      <label className="field">
        <span className="field-label">{inputName(index)}</span>
        <input
          type="text"
          inputMode="decimal"
          size={7}
          value={value}
          onChange={(e) => set(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
        />
      </label>
    );
  };
  return (
    <form className="point-form" onSubmit={submit}>
      <fieldset>
        <legend>{t.points.add}</legend>
        {field('x1', x1, setX1, 0)}
        {field('x2', x2, setX2, 1)}
        <label className="field">
          <span className="field-label">{t.points.class}</span>
          <select value={label} onChange={(e) => setLabel(e.target.value === '0' ? 0 : 1)}>
            <option value={0}>{messages.boundary.class0}</option>
            <option value={1}>{messages.boundary.class1}</option>
          </select>
        </label>
        <button type="submit">{t.points.addButton}</button>
        {message}
      </fieldset>
    </form>
  );
}

function RemovePoint({ onDone }: { onDone: Report }) {
  const train = useAppStore((s) => s.rawTrain);
  const test = useAppStore((s) => s.rawTest);
  const removePoint = useAppStore((s) => s.removePoint);
  const [chosen, setChosen] = useState('train:0');
  const { refused, errorId, note, message } = useRefusal();
  const options = [
    ...train.map((p, i) => ({ value: `train:${i}`, name: pointName('train', i, p) })),
    ...test.map((p, i) => ({ value: `test:${i}`, name: pointName('test', i, p) })),
  ];
  const current = options.find((o) => o.value === chosen) ?? options[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    const [set, index] = current.value.split(':') as ['train' | 'test', string];
    const result = removePoint(set, Number(index));
    note(result);
    if (result.ok) onDone(format(t.points.removed, { point: current.name }));
  };
  return (
    <form className="point-form" onSubmit={submit}>
      <fieldset>
        <legend>{t.points.remove}</legend>
        <label className="field point-form__choice">
          <span className="field-label">{t.points.point}</span>
          <select
            value={current?.value ?? ''}
            onChange={(e) => setChosen(e.target.value)}
            aria-invalid={refused !== null || undefined}
            aria-describedby={refused ? errorId : undefined}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!current}>
          {t.points.removeButton}
        </button>
        {message}
      </fieldset>
    </form>
  );
}

/** Add (for two-input data of classes 0 and 1, as the plot adds) and remove points. */
export function PointForm() {
  const canAdd = useAppStore(selectCanAddPoints);
  const [said, setSaid] = useState('');
  return (
    <div className="point-forms">
      {canAdd && <AddPoint onDone={setSaid} />}
      <RemovePoint onDone={setSaid} />
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
