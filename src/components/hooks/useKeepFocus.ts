/**
 * A focused button that becomes disabled (Backward once the backward pass is done, Undo once there
 * is nothing left to undo) would drop the keyboard focus to the page. This hook moves it instead to
 * the control that naturally comes next, so a keyboard user keeps their place in the toolbar.
 */
import { useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

/** For each control, where its focus goes when it becomes disabled, in order of preference. */
export type FocusSuccessors = Readonly<Record<string, readonly string[]>>;

/** The attribute naming a control of the toolbar for FocusSuccessors. */
export const FOCUS_KEY = 'data-focus-key';

export function useKeepFocus(root: RefObject<HTMLElement | null>, successors: FocusSuccessors) {
  const focused = useRef<string | null>(null);

  useLayoutEffect(() => {
    const key = focused.current;
    const container = root.current;
    if (key === null || !container) return;
    const control = container.querySelector<HTMLButtonElement>(`[${FOCUS_KEY}="${key}"]`);
    if (control && !control.disabled) return;
    const active = document.activeElement;
    // Only take the focus back when it was lost: not when the person has moved it elsewhere.
    if (active !== null && active !== document.body && active !== control) return;
    const candidates = [
      ...(successors[key] ?? []).map((next) =>
        container.querySelector<HTMLButtonElement>(`[${FOCUS_KEY}="${next}"]`),
      ),
      ...container.querySelectorAll<HTMLButtonElement>(`[${FOCUS_KEY}]`),
    ];
    const next = candidates.find((candidate) => candidate && !candidate.disabled);
    next?.focus();
  });

  return {
    onFocus(event: FocusEvent<HTMLElement>) {
      focused.current = event.target.getAttribute(FOCUS_KEY);
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      // A blur caused by the control being disabled keeps its key, so the effect can move focus on.
      const target = event.target;
      if (!(target instanceof HTMLButtonElement && target.disabled)) focused.current = null;
    },
  };
}
