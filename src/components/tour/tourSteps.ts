/**
 * The guided tour's steps over the default lesson and the part of the page each one points at,
 * found at the moment it is shown (the graph and the panels re-render on every click).
 */
import { messages } from '../../i18n';

export type TourStepId = keyof typeof messages.tour.steps;

export interface TourStep {
  id: TourStepId;
  /** The formula the step is about, typeset under its text (read in the current language). */
  formula?: () => string;
  /** The element the step points at. */
  target: () => Element | null;
}

/** A step button of the toolbar, found by its name in the current language. */
function stepButton(name: () => string): () => Element | null {
  return () =>
    [...document.querySelectorAll('.step-controls button')].find((b) => b.textContent === name()) ?? null;
}

const steps = messages.common.steps;

export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'forward', formula: () => steps.formulas.forward, target: stepButton(() => steps.forward) },
  {
    id: 'loss',
    formula: () => steps.formulas.loss,
    target: () => document.querySelector('[data-testid="loss-value"]'),
  },
  { id: 'backward', formula: () => steps.formulas.backward, target: stepButton(() => steps.backward) },
  { id: 'update', formula: () => steps.formulas.update, target: stepButton(() => steps.update) },
  { id: 'falls', target: () => document.querySelector('svg[data-testid="loss-chart"]') },
  { id: 'shapes', target: () => document.querySelector('.graph-area .graph-header') },
];
