import type { KeyboardEvent } from 'react';

/** Enter and Space press a role="button" element, as they press a real button. */
export function onActivateKey(event: KeyboardEvent, activate: () => void): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  // Space would otherwise scroll the page.
  event.preventDefault();
  activate();
}

/**
 * What makes a node, edge or bias element a toggle button: named, pressed while selected, selected
 * by a click or by Enter and Space. One definition for the three kinds of graph element. Only the
 * graph's tab stop is in the tab order; the others are reached with the arrows (useGraphKeyboard).
 * An edge's name changes with every step and is written outside React (useEdgeAttributes): its
 * label is undefined here, so React never sets nor removes the attribute.
 */
export function graphButtonProps(
  label: string | undefined,
  selected: boolean,
  select: () => void,
  tabStop: boolean,
) {
  return {
    role: 'button',
    tabIndex: tabStop ? 0 : -1,
    'aria-label': label,
    'aria-pressed': selected,
    onClick: select,
    onKeyDown: (event: KeyboardEvent) => onActivateKey(event, select),
  } as const;
}
