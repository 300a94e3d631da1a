// @vitest-environment jsdom
/** FileImport: the one file picker behind "Import scenario" and "Import data (CSV)". */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileImport } from '../../../src/components/FileImport';
import { ErrorBanner } from '../../../src/components/panels/ErrorBanner';
import { StoreProvider } from '../../../src/components/StoreContext';
import { createAppStore, MAX_SCENARIO_BYTES } from '../../../src/store';

function renderPicker(onText: (text: string) => void) {
  const store = createAppStore({ preset: 'textbook' });
  render(
    <StoreProvider store={store}>
      <ErrorBanner />
      <FileImport
        label="Import lesson"
        accept=".json"
        buttonText="Import…"
        title="Open a lesson file"
        tooLarge="That file is too large."
        onText={onText}
      />
    </StoreProvider>,
  );
}

describe('FileImport', () => {
  it('opens the file dialog from its button and hands on the chosen file as text', async () => {
    const user = userEvent.setup();
    const onText = vi.fn();
    renderPicker(onText);
    const input = screen.getByLabelText<HTMLInputElement>('Import lesson');
    const click = vi.spyOn(input, 'click');
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    expect(click).toHaveBeenCalled();
    await user.upload(input, new File(['{"a": 1}'], 'lesson.json', { type: 'application/json' }));
    await waitFor(() => expect(onText).toHaveBeenCalledWith('{"a": 1}'));
    // Cleared, so the same file can be chosen again after it is fixed.
    expect(input.value).toBe('');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const user = userEvent.setup();
    const onText = vi.fn();
    renderPicker(onText);
    const huge = new File(['x'.repeat(MAX_SCENARIO_BYTES + 1)], 'huge.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import lesson'), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('That file is too large.');
    expect(onText).not.toHaveBeenCalled();
  });
});
