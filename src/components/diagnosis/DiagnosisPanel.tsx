import { messages } from '../../i18n';
import { useDeferredValue, useMemo } from 'react';
import { lossPoints, selectDiagnoses, selectGradientHealth, type AppState } from '../../store';
import { PLAY_PACES, usePlayPaced } from '../hooks/usePlayPaced';
import { useAppStore } from '../StoreContext';
import { DiagnosisList } from './DiagnosisList';
import { GradientBars } from './GradientBars';
import { GradientCheckPanel } from './GradientCheckPanel';
import { GradientNormsChart } from './GradientNormsChart';
import './diagnosis.css';

const t = messages.diagnosis;

/** What the panel shows: during fast Play ten times a second, half a slot after the graph. */
const selectPanelInputs = (s: AppState) =>
  [selectGradientHealth(s), selectDiagnoses(s), s.lossHistory] as const;

/**
 * Why training fails: each layer's gradient size after the backward pass, ‖dL/dW‖ per layer over
 * time, the diagnoses in words, and the gradient check.
 *
 * A step's click shows the graph first: the panel's new values are deferred (useDeferredValue), so
 * React commits the graph with the old panel, then redraws the panel in a render of its own right
 * after, which input can interrupt. Its parts are memoised and keep their props meanwhile.
 */
export function DiagnosisPanel() {
  const [shownHealth, shownDiagnoses, shownCurve] = usePlayPaced(selectPanelInputs, PLAY_PACES.diagnosis);
  const health = useDeferredValue(shownHealth);
  const diagnoses = useDeferredValue(shownDiagnoses);
  const curve = useDeferredValue(shownCurve);
  const history = useMemo(() => lossPoints(curve), [curve]);
  const presentation = useAppStore((s) => s.ui.presentation);
  const fontSize = presentation ? 16 : 13;
  return (
    <section className="panel diagnosis-panel" aria-labelledby="diagnosis-heading">
      <h2 id="diagnosis-heading">{t.heading}</h2>
      <DiagnosisList diagnoses={diagnoses} judged={health !== null} />
      {health ? <GradientBars health={health} fontSize={fontSize} /> : <p className="hint">{t.barsHint}</p>}
      <GradientNormsChart points={history} fontSize={fontSize} />
      <GradientCheckPanel />
    </section>
  );
}
