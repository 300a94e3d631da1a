// @vitest-environment jsdom
/**
 * The "Export code…" menu button: found by role and name, operated by mouse and keyboard, and each
 * item downloads its script for the lesson the store holds at that moment.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CodeExportMenu } from '../../../src/components/controls/CodeExportMenu';
import { StoreProvider } from '../../../src/components/StoreContext';
import { createAppStore } from '../../../src/store';
import { codeLessonOf, numpyScript, pytorchScript } from '../../../src/store/codeExport';

/** Captures what the menu downloads: the file name and the text of its blob. */
function captureDownloads() {
  const downloads: { fileName: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, blob: blobs.get(this.href)! });
  });
  return downloads;
}

function renderMenu() {
  const store = createAppStore({ preset: 'xor' });
  render(
    <StoreProvider store={store}>
      <CodeExportMenu />
    </StoreProvider>,
  );
  return store;
}

describe('CodeExportMenu', () => {
  it('downloads the NumPy and the PyTorch script of the current iteration', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const store = renderMenu();
    store.getState().step();
    const menuButton = screen.getByRole('button', { name: 'Export code…' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(menuButton);
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('menuitem', { name: /NumPy script/ }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(menuButton);
    await user.click(screen.getByRole('menuitem', { name: /PyTorch script/ }));

    const lesson = codeLessonOf(store.getState());
    await vi.waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((d) => d.fileName)).toEqual(['backprop-lab-numpy.py', 'backprop-lab-pytorch.py']);
    expect(await downloads[0]!.blob.text()).toBe(numpyScript(lesson));
    expect(await downloads[1]!.blob.text()).toBe(pytorchScript(lesson));
    expect(lesson.step).toBe(1);
  });

  it('works from the keyboard: arrows move between the items, Escape closes and returns the focus', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderMenu();
    const menuButton = screen.getByRole('button', { name: 'Export code…' });
    menuButton.focus();
    await user.keyboard('{Enter}');
    const numpy = screen.getByRole('menuitem', { name: /NumPy script/ });
    const pytorch = screen.getByRole('menuitem', { name: /PyTorch script/ });
    expect(numpy).toHaveFocus();
    expect(numpy).toHaveAttribute('data-testid', 'export-numpy');
    expect(pytorch).toHaveAttribute('data-testid', 'export-pytorch');
    await user.keyboard('{ArrowDown}');
    expect(pytorch).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(numpy).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(menuButton).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{End}{Enter}');
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads.map((d) => d.fileName)).toEqual(['backprop-lab-pytorch.py']);
    expect(menuButton).toHaveFocus();
  });

  it('closes when the pointer goes down outside it', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export code…' }));
    expect(screen.getByRole('menu', { name: 'Code export' })).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
