// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/store';
import { StoreProvider } from '../../../src/components/StoreContext';
import { DataCsvControls } from '../../../src/components/data/DataCsvControls';
import { ErrorBanner } from '../../../src/components/panels/ErrorBanner';

function renderControls() {
  const store = createAppStore({ preset: 'textbook' });
  render(
    <StoreProvider store={store}>
      <ErrorBanner />
      <DataCsvControls />
    </StoreProvider>,
  );
  return store;
}

const csvFile = (text: string) => new File([text], 'data.csv', { type: 'text/csv' });

describe('DataCsvControls', () => {
  it('imports a CSV file through the input named "Import data (CSV)"', async () => {
    const user = userEvent.setup();
    const store = renderControls();
    await user.upload(
      screen.getByLabelText('Import data (CSV)'),
      csvFile('x1,x2,y1,y2\n0.5,1,0,1\n2,3,1,0\n'),
    );
    await waitFor(() => expect(store.getState().rawTrain).toHaveLength(2));
    expect(store.getState().rawTrain[1]).toEqual({ x: [2, 3], y: [1, 0] });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an alert naming the bad row and keeps the data', async () => {
    const user = userEvent.setup();
    const store = renderControls();
    const before = store.getState().rawTrain;
    await user.upload(screen.getByLabelText('Import data (CSV)'), csvFile('x1,x2,y1,y2\n1,2,0,1\n1,x,0,1\n'));
    expect(await screen.findByRole('alert')).toHaveTextContent('row 3, x2: must be a number');
    expect(store.getState().rawTrain).toBe(before);
  });

  it('exports the data as backprop-lab-data.csv', async () => {
    const user = userEvent.setup();
    renderControls();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:data';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('backprop-lab-data.csv');
    });
    await user.click(screen.getByRole('button', { name: 'Export data (CSV)' }));
    expect(click).toHaveBeenCalledOnce();
    expect(await blobs[0]!.text()).toBe('x1,x2,y1,y2\n0.05,0.1,0.01,0.99\n');
  });
});
