/**
 * Data: a seeded data set (kind, size, noise, test share, seed), the input features, the plot with
 * the decision boundary, and the sample table.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  DATASET_DEFAULTS,
  DATASET_KINDS,
  FEATURES,
  availableFeatures,
  type DatasetKind,
  type FeatureName,
} from '../../engine';
import { format, messages } from '../../i18n';
import { useAppStore } from '../StoreContext';
import { BoundaryPanel } from './BoundaryPanel';
import { useFittedWidth } from '../hooks/useFittedWidth';
import { DataCsvControls } from './DataCsvControls';
import { PointForm } from './PointForm';
import { SampleTable } from './SampleTable';

const t = messages.data;

/** A labelled number or range input; a range also shows its value beside it (and to screen readers). */
function NumberField({
  label,
  type,
  min,
  max,
  step,
  value,
  onChange,
  shown,
}: {
  label: string;
  type: 'number' | 'range';
  min: number;
  max: number;
  step: number;
  value: number;
  onChange: (value: number) => void;
  shown?: string;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type={type}
        min={min}
        max={max}
        step={step}
        value={value}
        {...(shown === undefined ? {} : { 'aria-valuetext': shown })}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {shown !== undefined && <span className="value">{shown}</span>}
    </label>
  );
}

function DatasetForm() {
  const dataset = useAppStore((s) => s.dataset);
  const generateData = useAppStore((s) => s.generateData);
  const [kind, setKind] = useState<DatasetKind>(dataset?.kind ?? 'rings');
  const [count, setCount] = useState(dataset?.count ?? DATASET_DEFAULTS.count);
  const [noise, setNoise] = useState(dataset?.noise ?? DATASET_DEFAULTS.noise);
  const [testFraction, setTestFraction] = useState(dataset?.testFraction ?? DATASET_DEFAULTS.testFraction);
  const [seed, setSeed] = useState(dataset?.seed ?? DATASET_DEFAULTS.seed);
  return (
    <form
      className="dataset-form"
      onSubmit={(event) => {
        event.preventDefault();
        generateData({ kind, count, noise, testFraction, seed });
      }}
    >
      <label className="field">
        <span className="field-label">{t.dataset}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as DatasetKind)}>
          {DATASET_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.datasets[k]}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label={t.count}
        type="number"
        min={4}
        max={2000}
        step={1}
        value={count}
        onChange={setCount}
      />
      <NumberField
        label={t.noise}
        type="range"
        min={0}
        max={0.5}
        step={0.05}
        value={noise}
        onChange={setNoise}
        shown={noise.toFixed(2)}
      />
      <NumberField
        label={t.testFraction}
        type="range"
        min={0}
        max={0.9}
        step={0.1}
        value={testFraction}
        onChange={setTestFraction}
        shown={`${Math.round(testFraction * 100)}%`}
      />
      <NumberField
        label={t.seed}
        type="number"
        min={0}
        max={4294967295}
        step={1}
        value={seed}
        onChange={setSeed}
      />
      <button type="submit" title={t.generateHint}>
        {t.generate}
      </button>
    </form>
  );
}

function FeatureToggles() {
  const features = useAppStore((s) => s.features);
  const dimension = useAppStore((s) => (s.rawTrain[0]?.x.length === 1 ? 1 : 2));
  const setFeatures = useAppStore((s) => s.setFeatures);
  if (!features) return null;
  const available = availableFeatures(dimension);
  const toggle = (name: FeatureName, on: boolean) =>
    setFeatures(available.filter((f) => (f === name ? on : features.includes(f))));
  return (
    <fieldset className="features">
      <legend>{t.features}</legend>
      {FEATURES.filter((f) => available.includes(f.name)).map((feature) => (
        <label key={feature.name} className="feature">
          <input
            type="checkbox"
            checked={features.includes(feature.name)}
            onChange={(e) => toggle(feature.name, e.target.checked)}
          />
          {feature.label}
        </label>
      ))}
    </fieldset>
  );
}

export function DataPanel() {
  const { train, test } = useAppStore(
    useShallow((s) => ({ train: s.rawTrain.length, test: s.rawTest.length })),
  );
  const presentation = useAppStore((s) => s.ui.presentation);
  const [box, width] = useFittedWidth(presentation ? 268 : 330);
  return (
    <section className="panel data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t.heading}</h2>
      <div ref={box} className="boundary-box">
        <BoundaryPanel width={width} />
      </div>
      <PointForm />
      <p className="muted">{format(t.summary, { train, test })}</p>
      <DatasetForm />
      <DataCsvControls />
      <FeatureToggles />
      <SampleTable />
    </section>
  );
}
