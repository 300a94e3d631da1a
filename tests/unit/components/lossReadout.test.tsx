// @vitest-environment jsdom
/**
 * The header's loss readout and next-step status: what the loss is a mean over, the change an update
 * made, found by role and name; and status text that never changes its box.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { traceSample } from '../../../src/engine';
import { createAppStore } from '../../../src/store';
import { StoreProvider } from '../../../src/components/StoreContext';
import { LossValue, lossChangeText } from '../../../src/components/panels/LossPanel';
import { NextStep, StepControls, nextStepTexts } from '../../../src/components/controls/StepControls';
import { formatValue } from '../../../src/viz/format';

function renderHeader(preset = 'relu-bce') {
  const store = createAppStore({ preset, ui: { granularity: 'pass' } });
  render(
    <StoreProvider store={store}>
      <StepControls />
      <NextStep />
      <LossValue />
    </StoreProvider>,
  );
  return store;
}

const click = (name: string) => userEvent.click(screen.getByRole('button', { name }));

describe('LossValue', () => {
  it('says the loss is a sample loss, and after Update and Forward shows before → after', async () => {
    const store = renderHeader();
    const { model } = store.getState().session;
    const sample = store.getState().data[0]!;
    expect(screen.getByTestId('loss-value')).toHaveTextContent('not computed yet');
    expect(screen.queryByTestId('loss-change')).toBeNull();
    await click('Forward');
    const before = traceSample(model, sample).loss;
    expect(screen.getByRole('status', { name: 'Sample loss' })).toHaveTextContent(formatValue(before));
    await click('Backward');
    await click('Update');
    expect(screen.queryByTestId('loss-change')).toBeNull();
    await click('Forward');
    const after = traceSample(store.getState().session.model, sample).loss;
    const readout = screen.getByRole('status', { name: 'Change by the last update:' });
    expect(readout).toHaveAttribute('data-testid', 'loss-change');
    expect(readout).toHaveTextContent(
      `${formatValue(before)} → ${formatValue(after)}, −${Math.round(((before - after) / before) * 100)} %`,
    );
    expect(readout).toHaveAttribute('data-before', String(before));
    expect(readout).toHaveAttribute('data-after', String(after));
    expect(screen.getByRole('status', { name: 'Sample loss' })).toHaveTextContent(formatValue(after));
    await click('Undo');
    expect(screen.queryByTestId('loss-change')).toBeNull();
    await click('Redo');
    expect(screen.getByTestId('loss-change')).toHaveTextContent(formatValue(after));
  });

  it('says "Batch mean" once every sample of a batch of several is done', async () => {
    const store = renderHeader('xor');
    await click('Forward');
    expect(screen.getByRole('status', { name: 'Sample loss' })).toBeInTheDocument();
    act(() => {
      while (store.getState().session.cursor.samplesDone < 4) store.getState().next();
    });
    expect(screen.getByRole('status', { name: 'Batch mean' })).toHaveTextContent(
      formatValue(store.getState().session.batchLoss!),
    );
    expect(screen.getByText('Batch mean').closest('[title]')).toHaveAttribute(
      'title',
      'The mean loss over the 4 samples of the batch',
    );
  });

  it('writes the change with 4 significant digits and the percentage, or without one where it means nothing', () => {
    expect(lossChangeText(0.2279, 0.1038)).toBe('0.2279 → 0.1038, −54 %');
    expect(lossChangeText(0, 0.01)).toBe('0 → 0.01');
  });
});

describe('NextStep', () => {
  it('shows only the next step as text, its box sized by every text it can show', async () => {
    renderHeader();
    const status = screen.getByTestId('next-step');
    expect(status).toHaveTextContent(/^Next: forward layer 1$/);
    await click('Forward');
    expect(status).toHaveTextContent(/^Next: backward layer 2$/);
    // The sizers are drawn by CSS, not part of the text a reader or a search finds.
    expect(screen.getAllByText(/Next:/)).toHaveLength(1);
    expect(nextStepTexts(2)).toEqual([
      'Next: forward layer 1',
      'Next: forward layer 2',
      'Next: backward layer 1',
      'Next: backward layer 2',
      'Next: the loss',
      'Next: update',
    ]);
    const sizers = document.querySelectorAll('.next-step .stable-text__sizer [data-text]');
    expect(Array.from(sizers, (s) => s.getAttribute('data-text'))).toEqual(nextStepTexts(2));
  });
});
