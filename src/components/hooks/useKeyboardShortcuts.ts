/**
 * Keys for the presenter: PageDown / → take the next sub-step and PageUp / ← undo one, so a presenter
 * remote drives the lesson; letters for the individual steps. A key the focused control uses itself
 * (a slider's arrows, a checkbox's Space, anything typed in a field) is left to it: see keyRouting.
 */
import { useEffect } from 'react';
import type { AppStore } from '../../store';
import { shortcutMayTake } from './keyRouting';

export interface ShortcutHandlers {
  togglePlay(): void;
  toggleHelp(): void;
}

export function shortcutAction(
  event: KeyboardEvent,
  store: AppStore,
  handlers: ShortcutHandlers,
): (() => void) | null {
  const s = store.getState();
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && event.key.toLowerCase() === 'z') return event.shiftKey ? s.redo : s.undo;
  if (ctrl && event.key.toLowerCase() === 'y') return s.redo;
  if (ctrl || event.altKey) return null;
  switch (event.key) {
    case 'PageDown':
    case 'ArrowRight':
      return s.next;
    case 'PageUp':
    case 'ArrowLeft':
      return s.undo;
    case 'f':
      return s.forward;
    case 'b':
      return s.backward;
    case 'u':
      return s.update;
    case 's':
      return s.step;
    case 'r':
      return s.reset;
    case 'p':
    case ' ':
      return handlers.togglePlay;
    case 'z':
      return s.undo;
    case 'y':
    case 'Z':
      return s.redo;
    case 'm':
      return () => s.setPresentation(!s.ui.presentation);
    case '?':
      return handlers.toggleHelp;
    default:
      return null;
  }
}

export function useKeyboardShortcuts(store: AppStore, handlers: ShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !shortcutMayTake(event)) return;
      const action = shortcutAction(event, store, handlers);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, handlers]);
}
