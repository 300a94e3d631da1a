// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/components/App';
import { createAppStore } from '../../../src/store';
import { StoreProvider } from '../../../src/components/StoreContext';
import { NextStep, StepControls } from '../../../src/components/controls/StepControls';
import { SettingsPanel } from '../../../src/components/controls/SettingsPanel';

function renderWithStore(ui: React.ReactNode, preset = 'textbook') {
  const store = createAppStore({ preset });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

describe('StepControls', () => {
  it('disables Backward and Update until they are possible, and says why', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(
      <>
        <StepControls />
        <NextStep />
      </>,
    );
    const backward = screen.getByRole('button', { name: 'Backward' });
    expect(backward).toBeDisabled();
    expect(backward).toHaveAccessibleDescription(/needs the loss/);
    expect(screen.getByRole('button', { name: 'Update' })).toHaveAccessibleDescription(/backward pass/);
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    expect(store.getState().session.cursor.lossDone).toBe(true);
    expect(backward).toBeEnabled();
    expect(screen.getByText('Next: backward layer 2')).toBeInTheDocument();
  });

  it('Step runs a whole iteration and Undo takes it back', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<StepControls />);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(store.getState().session.updates).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().session.updates).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(store.getState().session.updates).toBe(1);
  });

  it('granularity "Whole pass" makes Forward run every layer and the loss', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<StepControls />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Step size' }), 'Whole pass');
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    expect(store.getState().session.cursor.lossDone).toBe(true);
  });
});

describe('SettingsPanel', () => {
  it('takes 1e-3 in the learning-rate field and keeps the weights', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<SettingsPanel />);
    const field = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(field);
    await user.type(field, '1e-3{Enter}');
    expect(store.getState().optimizer.learningRate).toBe(0.001);
    expect(store.getState().session.model.layers[0]!.W[0]).toBe(0.15);
  });

  it('marks a bad learning rate invalid and keeps the old one', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<SettingsPanel />);
    const field = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(field);
    await user.type(field, 'abc{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().optimizer.learningRate).toBe(0.5);
    expect(store.getState().ui.error?.field).toBe('learningRate');
  });

  it('offers softmax only on the output layer', () => {
    renderWithStore(<SettingsPanel />);
    const hidden = screen.getByRole('combobox', { name: 'Activation, layer 1' });
    const output = screen.getByRole('combobox', { name: 'Activation, layer 2' });
    expect(within(hidden).queryByRole('option', { name: 'softmax' })).toBeNull();
    expect(within(output).getByRole('option', { name: 'softmax' })).toBeInTheDocument();
  });
});

describe('App', () => {
  it('shows a refused action in an alert', async () => {
    const user = userEvent.setup();
    render(<App options={{ preset: 'textbook' }} />);
    const field = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(field);
    await user.type(field, '-1{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('learningRate: must be between');
  });

  it('drives the steps from the keyboard: PageDown next, PageUp undo, ? for the list', async () => {
    const user = userEvent.setup();
    render(<App options={{ preset: 'textbook' }} />);
    expect(screen.getByTestId('loss-value')).toHaveTextContent('not computed yet');
    await user.keyboard('{PageDown}{PageDown}{PageDown}');
    expect(screen.getByTestId('loss-value')).toHaveTextContent('0.2984');
    await user.keyboard('{PageUp}');
    expect(screen.getByTestId('loss-value')).toHaveTextContent('not computed yet');
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Next sub-step')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('imports a scenario file, and refuses a bad one naming the field', async () => {
    const user = userEvent.setup();
    render(<App options={{ preset: 'textbook' }} />);
    const input = screen.getByLabelText('Import scenario');
    const bad = new File(['{"format":"backprop-lab.scenario","version":1,"model":{}}'], 'bad.json', {
      type: 'application/json',
    });
    await user.upload(input, bad);
    expect(await screen.findByRole('alert')).toHaveTextContent('model.loss');
    expect(screen.getByRole('combobox', { name: 'Preset' })).toHaveValue('textbook');
  });

  it('presentation mode folds the secondary panels away', async () => {
    const user = userEvent.setup();
    const { container } = render(<App options={{ preset: 'textbook' }} />);
    await user.click(screen.getByRole('checkbox', { name: 'Presentation mode' }));
    expect(container.querySelector('.app')).toHaveClass('presentation');
    act(() => {
      fireEvent.keyDown(window, { key: 'm' });
    });
    expect(container.querySelector('.app')).not.toHaveClass('presentation');
  });
});
