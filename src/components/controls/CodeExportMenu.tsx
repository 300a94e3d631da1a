/**
 * "Export code…": a menu of two Python scripts that redo the current iteration as the app does, in
 * NumPy (the backward pass by hand) and in PyTorch (autograd and torch.optim). A menu button as the
 * WAI-ARIA pattern has it: the arrows move between the items, Escape closes and returns the focus.
 * The script writer is loaded when the menu first opens, so it costs the first paint nothing.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { messages } from '../../i18n';
import type * as CodeExportModule from '../../store/codeExport';
import { downloadBlob } from '../download';
import { useStoreApi } from '../StoreContext';
import './CodeExportMenu.css';

const t = messages.code;

type CodeExport = typeof CodeExportModule;
const loadCodeExport = () => import('../../store/codeExport');

interface Script {
  label: string;
  testId: string;
  write: (code: CodeExport, lesson: CodeExportModule.CodeLesson) => { text: string; fileName: string };
}

const SCRIPTS: readonly Script[] = [
  {
    label: t.numpy,
    testId: 'export-numpy',
    write: (code, lesson) => ({ text: code.numpyScript(lesson), fileName: code.CODE_FILE_NAMES.numpy }),
  },
  {
    label: t.pytorch,
    testId: 'export-pytorch',
    write: (code, lesson) => ({ text: code.pytorchScript(lesson), fileName: code.CODE_FILE_NAMES.pytorch }),
  },
];

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

export function CodeExportMenu() {
  const store = useStoreApi();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    void loadCodeExport();
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = async (script: Script) => {
    // Read the lesson at the click, before the module (already loading since the menu opened) arrives.
    const state = store.getState();
    close();
    const code = await loadCodeExport();
    const { text, fileName } = script.write(code, code.codeLessonOf(state));
    downloadBlob(new Blob([text], { type: 'text/x-python;charset=utf-8' }), fileName);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      items[move(items.indexOf(document.activeElement as HTMLElement), items.length)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="code-export">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t.menuHint}
        onClick={() => setOpen(!open)}
      >
        {t.menu}
      </button>
      {open && (
        <div
          id={menuId}
          ref={menu}
          role="menu"
          aria-label={t.items}
          className="code-export-menu"
          onKeyDown={onMenuKey}
        >
          {SCRIPTS.map((script) => (
            <button
              key={script.testId}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-testid={script.testId}
              onClick={() => void choose(script)}
            >
              {script.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
