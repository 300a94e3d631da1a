import type { KeyboardEvent } from 'react';

/** Enter and Space press a role="button" element, as they press a real button. */
export function onActivateKey(event: KeyboardEvent, activate: () => void): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  // Space would otherwise scroll the page.
  event.preventDefault();
  activate();
}
