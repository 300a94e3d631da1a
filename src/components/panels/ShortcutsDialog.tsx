/** The list of keyboard shortcuts, opened with "?". */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { messages } from '../../i18n';
import { GraphShortcuts, ShortcutTable, type ShortcutRows } from './ShortcutTable';

const t = messages.common.shortcuts;

export const SHORTCUTS: ShortcutRows = [
  ['PageDown / →', 'next'],
  ['PageUp / ←', 'back'],
  ['F', 'forward'],
  ['B', 'backward'],
  ['U', 'update'],
  ['S', 'step'],
  ['R', 'reset'],
  ['P / Space', 'play'],
  ['Ctrl+Z / Z', 'undo'],
  ['Ctrl+Y / Y', 'redo'],
  ['M', 'presentation'],
  ['?', 'help'],
];

/** The dialog's focusable controls, in tab order (it holds no positive tabindex). */
function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
    ),
  ].filter((element) => !element.matches(':disabled'));
}

/**
 * Tab and Shift+Tab wrap around inside `root`: a modal dialog keeps the keyboard until it closes
 * (showModal makes the page inert, but Tab from the last control would still leave for the browser).
 */
function keepTabInside(event: KeyboardEvent<HTMLElement>, root: HTMLElement): void {
  const focusables = focusablesIn(root);
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey ? active === first || !root.contains(active) : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/**
 * A modal `<dialog>` (showModal: the page behind is inert): Tab stays inside, Escape or a click on
 * the backdrop closes it, and focus goes back to the control that opened it, or to `fallback` (the
 * "?" button) when it was opened by a key with nothing focused.
 */
export function ShortcutsDialog({
  onClose,
  fallback,
}: {
  onClose: () => void;
  fallback?: () => HTMLElement | null;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    const fallbackOf = fallbackRef.current;
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : null;
    const element = dialog.current;
    // jsdom has no showModal; there the dialog is simply open.
    if (element && typeof element.showModal === 'function' && !element.open) element.showModal();
    else element?.setAttribute('open', '');
    closeButton.current?.focus();
    return () => {
      if (element?.open && typeof element.close === 'function') element.close();
      const target = opener?.isConnected ? opener : (fallbackOf?.() ?? null);
      target?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-title"
      className="dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the ::backdrop reaches the <dialog> itself; one on its content reaches the body.
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        } else if (event.key === 'Tab' && dialog.current) keepTabInside(event, dialog.current);
      }}
    >
      <div className="dialog-body">
        <h2 id="shortcuts-title">{t.title}</h2>
        <ShortcutTable rows={SHORTCUTS} />
        <GraphShortcuts />
        <button ref={closeButton} type="button" onClick={onClose}>
          {messages.common.view.close}
        </button>
      </div>
    </dialog>
  );
}
