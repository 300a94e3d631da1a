/** The list of keyboard shortcuts, opened with "?". */
import { useEffect, useRef } from 'react';
import { messages } from '../../i18n';

const t = messages.common.shortcuts;

export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['PageDown / →', t.next],
  ['PageUp / ←', t.back],
  ['F', t.forward],
  ['B', t.backward],
  ['U', t.update],
  ['S', t.step],
  ['R', t.reset],
  ['P / Space', t.play],
  ['Ctrl+Z / Z', t.undo],
  ['Ctrl+Y / Y', t.redo],
  ['M', t.presentation],
  ['?', t.help],
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
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={closeButton} type="button" onClick={onClose}>
          {messages.common.view.close}
        </button>
      </div>
    </div>
  );
}
