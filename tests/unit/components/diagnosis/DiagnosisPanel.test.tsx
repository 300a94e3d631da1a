// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DiagnosisPanel } from '../../../../src/components/diagnosis/DiagnosisPanel';
import { StoreProvider } from '../../../../src/components/StoreContext';
import { createAppStore } from '../../../../src/store';

function renderPanel(preset: string) {
  const store = createAppStore({ preset, ui: { granularity: 'pass' } });
  render(
    <StoreProvider store={store}>
      <DiagnosisPanel />
    </StoreProvider>,
  );
  return store;
}

describe('DiagnosisPanel', () => {
  it('waits for a backward pass, then draws a pair of bars per layer', () => {
    const store = renderPanel('textbook');
    expect(screen.getByText(/Run a backward pass/)).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Gradient size per layer/ })).not.toBeInTheDocument();
    act(() => void store.getState().step());
    const bars = screen.getByRole('img', { name: /Gradient size per layer/ });
    expect(bars.querySelectorAll('[data-layer]')).toHaveLength(2);
    expect(screen.getByText(/No problem found/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /‖dL\/dW‖ per layer over the updates/ })).toBeInTheDocument();
  });

  it('explains the vanishing gradient of the deep sigmoid preset in words', () => {
    const store = renderPanel('vanishing');
    act(() => void store.getState().step());
    const item = screen.getByRole('listitem');
    expect(item).toHaveAttribute('data-diagnosis', 'vanishing');
    expect(item).toHaveAttribute('data-layer', '1');
    expect(item).toHaveTextContent('Vanishing gradient · Layer 1');
    expect(item).toHaveTextContent(/Try ReLU or tanh/);
  });

  it('selects a dead unit in the graph from its diagnosis', async () => {
    const user = userEvent.setup();
    const store = renderPanel('relu-bce');
    act(() => void store.getState().setBias(1, 0, -10));
    await user.click(screen.getByRole('button', { name: 'Show unit 1 of layer 1 in the graph' }));
    expect(store.getState().ui.selection).toEqual({ kind: 'node', layer: 1, index: 0 });
  });

  it('runs the gradient check on demand and marks it stale when the network changes', async () => {
    const user = userEvent.setup();
    const store = renderPanel('textbook');
    await user.click(screen.getByRole('button', { name: /^Gradient check/ }));
    const table = screen.getByRole('table', { name: /Backprop against central differences/ });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 12);
    expect(within(table).getAllByRole('row', { current: true })).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent(/12 parameters/);
    act(() => void store.getState().step());
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/The network changed since this check/)).toBeInTheDocument();
  });
});
