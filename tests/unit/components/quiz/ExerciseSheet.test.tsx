// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { traceSample } from '../../../../src/engine';
import { ExercisePanel } from '../../../../src/components/quiz/ExercisePanel';
import { StoreProvider } from '../../../../src/components/StoreContext';
import { createAppStore } from '../../../../src/store';

function openSheet() {
  const store = createAppStore({ preset: 'textbook' });
  render(
    <StoreProvider store={store}>
      <ExercisePanel />
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

describe('ExerciseSheet', () => {
  it('shows blanks, and with the answer key the engine’s values to 4 significant digits', async () => {
    const { store, user } = openSheet();
    await user.click(screen.getByRole('button', { name: 'Exercise sheet…' }));
    const sheet = await screen.findByRole('dialog', { name: 'Exercise sheet' });
    expect(within(sheet).getByText('Network: 2-2-2, loss mse')).toBeInTheDocument();
    const z = sheet.querySelector('[data-sheet="z:1:0"]')!;
    expect(z).toHaveTextContent(/^_+$/);
    await user.click(within(sheet).getByRole('checkbox', { name: 'Answer key' }));
    const { session, data } = store.getState();
    const expected = traceSample(session.model, data[0]!);
    expect(z).toHaveTextContent('0.3775');
    expect(sheet.querySelector('[data-sheet="loss"]')).toHaveTextContent('0.2984');
    expect(sheet.querySelector('[data-sheet="dldw:2:0:0"]')).toHaveAttribute(
      'data-value',
      String(expected.layers[1]!.dLdW[0]![0]),
    );
  });

  it('Print calls window.print; Close returns the focus to the opener', async () => {
    const { user } = openSheet();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const opener = screen.getByRole('button', { name: 'Exercise sheet…' });
    await user.click(opener);
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    print.mockRestore();
  });
});
