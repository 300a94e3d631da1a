/**
 * The formula the next sub-step computes (z = W·a + b, a = f(z); dL/dz = dL/da · f′(z); W ← W −
 * η·∂L/∂W), typeset beside the step buttons: the buttons' tooltips can only hold plain text.
 *
 * Every sub-step's formula is typeset once and kept, stacked in one cell, only the next one visible:
 * a click then changes which one is visible (a style change) instead of replacing about a hundred
 * KaTeX elements, which had to be styled and laid out again on every click.
 */
import { useShallow } from 'zustand/react/shallow';
import { messages } from '../../i18n';
import { selectStepAvailability } from '../../store';
import { Formula } from '../math/Formula';
import { useAppStore } from '../StoreContext';
import './StepFormula.css';

const t = messages.common.steps;
type Kind = keyof typeof t.formulas;

export function StepFormula() {
  const { nextKind } = useAppStore(useShallow((s) => ({ nextKind: selectStepAvailability(s).nextKind })));
  return (
    <p className="step-formula" data-testid="step-formula" data-step={nextKind}>
      <span className="visually-hidden">{t.formulaLabel} </span>
      {(Object.keys(t.formulas) as Kind[]).map((kind) => (
        <span
          key={kind}
          className={kind === nextKind ? 'step-formula__slot is-current' : 'step-formula__slot'}
          data-kind={kind}
        >
          <Formula text={t.formulas[kind]} />
        </span>
      ))}
    </p>
  );
}
