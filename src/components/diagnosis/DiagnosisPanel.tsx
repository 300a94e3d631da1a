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

/** The state the panel shows: during fast Play ten times a second, half a slot after the graph. */
const selectState = (s: AppState) => [s] as const;

/**
 * Why training fails: each layer's gradient size after the backward pass, ‖dL/dW‖ per layer over
 * time, the diagnoses in words, and the gradient check.
 *
 * A step's click shows the graph first: the state the panel shows is deferred (useDeferredValue),
 * so React commits the graph with the old panel, then computes the gradient health and the
 * diagnoses (a backward pass over the batch, a forward pass over the training set) and redraws the
 * panel in a render of its own right after, which input can interrupt. The selectors remember their
 * last answer, and the panel's parts are memoised, so a change the panel does not show costs
 * nothing more.
 */
export function DiagnosisPanel() {
  const [shownState] = usePlayPaced(selectState, PLAY_PACES.diagnosis);
  const state = useDeferredValue(shownState);
  const health = selectGradientHealth(state);
  const diagnoses = selectDiagnoses(state);
  const curve = state.lossHistory;
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
