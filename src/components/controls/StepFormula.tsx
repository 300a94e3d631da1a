/**
 * The formula the next sub-step computes (z = W·a + b, a = f(z); dL/dz = dL/da · f′(z); W ← W −
 * η·∂L/∂W), typeset beside the step buttons: the buttons' tooltips can only hold plain text.
 */
import { useShallow } from 'zustand/react/shallow';
import { messages } from '../../i18n';
import { selectStepAvailability } from '../../store';
import { Formula } from '../math/Formula';
import { useAppStore } from '../StoreContext';
import './StepFormula.css';

const t = messages.common.steps;

export function StepFormula() {
  const { nextKind } = useAppStore(useShallow((s) => ({ nextKind: selectStepAvailability(s).nextKind })));
  return (
    <p className="step-formula" data-testid="step-formula" data-step={nextKind}>
      <span className="visually-hidden">{t.formulaLabel} </span>
      <Formula text={t.formulas[nextKind]} />
    </p>
  );
}
