/**
 * "Export code…": a menu of two Python scripts that redo the current iteration as the app does, in
 * NumPy (the backward pass by hand) and in PyTorch (autograd and torch.optim). A menu button as the
 * WAI-ARIA pattern has it: the arrows move between the items, Escape closes and returns the focus.
 * The script writer is loaded when the menu first opens, so it costs the first paint nothing.
 */
import { messages } from '../../i18n';
import type * as CodeExportModule from '../../store/codeExport';
import { downloadBlob } from '../download';
import { MenuButton } from '../MenuButton';
import { useStoreApi } from '../StoreContext';
import './CodeExportMenu.css';

const t = messages.code;

type CodeExport = typeof CodeExportModule;
const loadCodeExport = () => import('../../store/codeExport');
const preload = () => void loadCodeExport();

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

export function CodeExportMenu() {
  const store = useStoreApi();
  const choose = async (script: Script) => {
    // Read the lesson at the click, before the module (already loading since the menu opened) arrives.
    const state = store.getState();
    const code = await loadCodeExport();
    const { text, fileName } = script.write(code, code.codeLessonOf(state));
    downloadBlob(new Blob([text], { type: 'text/x-python;charset=utf-8' }), fileName);
  };
  return (
    <MenuButton
      label={t.menu}
      title={t.menuHint}
      menuLabel={t.items}
      className="code-export"
      listClassName="code-export-menu"
      onOpen={preload}
      items={SCRIPTS.map((script) => ({
        testId: script.testId,
        label: script.label,
        choose: () => void choose(script),
      }))}
    />
  );
}
