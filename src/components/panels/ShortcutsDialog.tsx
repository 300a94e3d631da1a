/** The list of keyboard shortcuts, opened with "?". */
import { useEffect, useRef } from 'react';
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

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="dialog"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id="shortcuts-title">{t.title}</h2>
        <ShortcutTable rows={SHORTCUTS} />
        <GraphShortcuts />
        <button ref={closeButton} type="button" onClick={onClose}>
          {messages.common.view.close}
        </button>
      </div>
    </div>
  );
}
