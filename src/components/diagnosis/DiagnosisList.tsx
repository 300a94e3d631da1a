import { memo } from 'react';
import type { Diagnosis } from '../../engine';
import { format, messages } from '../../i18n';
import { describeDiagnosis } from '../../viz/describeDiagnosis';
import { unitName } from '../../viz/names';
import { useAppStore } from '../StoreContext';
import { useLiveness } from '../hooks/useLiveness';

const t = messages.diagnosis;

function DiagnosisItem({ diagnosis }: { diagnosis: Diagnosis }) {
  const select = useAppStore((s) => s.select);
  const text = describeDiagnosis(diagnosis);
  const unit = 'unit' in diagnosis ? diagnosis.unit : undefined;
  return (
    <li
      className="diagnosis"
      data-diagnosis={diagnosis.kind}
      data-layer={diagnosis.layer}
      {...(unit === undefined ? {} : { 'data-unit': `${diagnosis.layer}:${unit}` })}
    >
      <p className="diagnosis-title">
        <strong>{text.title}</strong> · {text.where}
      </p>
      <p>{text.what}</p>
      <p>{text.why}</p>
      <p className="diagnosis-fix">{text.fix}</p>
      {unit !== undefined && (
        <button type="button" onClick={() => select({ kind: 'node', layer: diagnosis.layer, index: unit })}>
          {format(t.show, { unit: unitName(diagnosis.layer, unit) })}
        </button>
      )}
    </li>
  );
}

/** The diagnoses in words, or a line saying none was found once there is something to judge. */
export const DiagnosisList = memo(function DiagnosisList({
  diagnoses,
  judged,
}: {
  diagnoses: readonly Diagnosis[];
  judged: boolean;
}) {
  const live = useLiveness();
  if (diagnoses.length === 0) return judged ? <p className="hint diagnosis-none">{t.healthy}</p> : null;
  return (
    <ul className="diagnoses" aria-live={live}>
      {diagnoses.map((d) => (
        <DiagnosisItem key={`${d.kind}:${d.layer}:${'unit' in d ? d.unit : ''}`} diagnosis={d} />
      ))}
    </ul>
  );
});
