/**
 * Forward, Backward, Update, Step, Play, Undo, Redo, Reset and the granularity switch. A disabled
 * button says why in its tooltip and its accessible description.
 */
import { useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { format, messages } from '../../i18n';
import { selectCanRedo, selectCanUndo, selectStepAvailability, type ActionResult } from '../../store';
import type { StepRefusal, SubStep } from '../../engine';
import { useAppStore } from '../StoreContext';
import { PlayControls } from './PlayControls';
import { StepFormula } from './StepFormula';
import { StableText } from '../StableText';
import { useLiveness } from '../hooks/useLiveness';
import { FOCUS_KEY, useKeepFocus, type FocusSuccessors } from '../hooks/useKeepFocus';

const t = messages.common.steps;

function nextText(kind: SubStep['kind'], layer: number): string {
  switch (kind) {
    case 'forward':
      return format(t.nextForward, { layer });
    case 'backward':
      return format(t.nextBackward, { layer });
    case 'loss':
      return t.nextLoss;
    case 'update':
      return t.nextUpdate;
  }
}

/** Where focus goes when the focused step button becomes disabled: the step that comes next. */
const FOCUS_SUCCESSORS: FocusSuccessors = {
  forward: ['backward', 'update', 'step'],
  backward: ['update', 'forward', 'step'],
  update: ['forward', 'step'],
  undo: ['redo', 'forward', 'step'],
  redo: ['undo', 'forward', 'step'],
};

interface StepButtonProps {
  /** Which step: names it for FOCUS_SUCCESSORS. */
  action: 'forward' | 'backward' | 'update' | 'step' | 'undo' | 'redo' | 'reset';
  label: string;
  hint: string;
  refusal: StepRefusal | 'nothing-to-undo' | 'nothing-to-redo' | null;
  onClick: () => ActionResult | void;
  shortcut: string;
}

function StepButton({ action, label, hint, refusal, onClick, shortcut }: StepButtonProps) {
  const id = useId();
  const why = refusal ? messages.common.refusals[refusal] : hint;
  return (
    <>
      <button
        type="button"
        className="step-button"
        {...{ [FOCUS_KEY]: action }}
        onClick={() => onClick()}
        disabled={refusal !== null}
        title={`${why} (${shortcut})`}
        aria-describedby={id}
        aria-keyshortcuts={shortcut}
      >
        {label}
      </button>
      <span id={id} hidden>
        {why}
      </span>
    </>
  );
}

export function StepControls() {
  const playing = useAppStore((s) => s.ui.playing);
  const setPlaying = useAppStore((s) => s.setPlaying);
  const availability = useAppStore(useShallow(selectStepAvailability));
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const granularity = useAppStore((s) => s.ui.granularity);
  const toolbar = useRef<HTMLDivElement>(null);
  const keepFocus = useKeepFocus(toolbar, FOCUS_SUCCESSORS);
  const actions = useAppStore(
    useShallow((s) => ({
      forward: s.forward,
      backward: s.backward,
      update: s.update,
      step: s.step,
      undo: s.undo,
      redo: s.redo,
      reset: s.reset,
      setGranularity: s.setGranularity,
    })),
  );
  const button = (
    action: StepButtonProps['action'],
    hint: string,
    refusal: StepButtonProps['refusal'],
    shortcut: string,
  ) => (
    <StepButton
      key={action}
      action={action}
      label={t[action]}
      hint={hint}
      refusal={refusal}
      onClick={actions[action]}
      shortcut={shortcut}
    />
  );
  return (
    <div ref={toolbar} className="step-controls" role="toolbar" aria-label={t.stepsToolbar} {...keepFocus}>
      {button('forward', t.forwardHint, availability.forward, 'F')}
      {button('backward', t.backwardHint, availability.backward, 'B')}
      {button('update', t.updateHint, availability.update, 'U')}
      {button('step', t.stepHint, null, 'S')}
      <button
        type="button"
        className="step-button"
        onClick={() => setPlaying(!playing)}
        aria-pressed={playing}
        title={`${t.playHint} (P)`}
        aria-keyshortcuts="P"
      >
        {playing ? t.pause : t.play}
      </button>
      {button('undo', t.undo, canUndo ? null : 'nothing-to-undo', 'Z')}
      {button('redo', t.redo, canRedo ? null : 'nothing-to-redo', 'Y')}
      {button('reset', t.resetHint, null, 'R')}
      <label className="granularity">
        {t.granularity}
        <select
          value={granularity}
          onChange={(event) => actions.setGranularity(event.target.value === 'pass' ? 'pass' : 'layer')}
        >
          <option value="layer">{t.granularityLayer}</option>
          <option value="pass">{t.granularityPass}</option>
        </select>
      </label>
      <PlayControls />
      <StepFormula />
    </div>
  );
}

/** Every text NextStep can show on a network of `layers` layers. */
export function nextStepTexts(layers: number): string[] {
  const kinds = ['forward', 'backward'] as const;
  const steps = [
    ...kinds.flatMap((kind) => Array.from({ length: layers }, (_, l) => nextText(kind, l + 1))),
    nextText('loss', 0),
    nextText('update', 0),
  ];
  return steps.map((step) => format(t.nextLabel, { step }));
}

/**
 * What the next click (or PageDown) will do, announced politely to screen readers. Its box is as
 * wide as the widest text it can show on this network, so it is never cut off and the header never
 * re-wraps as it changes.
 */
export function NextStep() {
  const { nextKind, nextLayer } = useAppStore(
    useShallow((s) => {
      const { nextKind, nextLayer } = selectStepAvailability(s);
      return { nextKind, nextLayer };
    }),
  );
  const layers = useAppStore((s) => s.session.model.layers.length);
  const live = useLiveness();
  const sizers = useMemo(() => nextStepTexts(layers), [layers]);
  return (
    <StableText className="next-step" sizers={sizers}>
      <output aria-live={live} data-testid="next-step">
        {format(t.nextLabel, { step: nextText(nextKind, nextLayer) })}
      </output>
    </StableText>
  );
}
