// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphArea } from '../../../../src/components/GraphArea';
import { StoreProvider } from '../../../../src/components/StoreContext';
import { ValuesTable } from '../../../../src/components/values/ValuesTable';
import { ViewSwitch } from '../../../../src/components/values/ViewSwitch';
import { setLanguage } from '../../../../src/i18n';
import { createAppStore } from '../../../../src/store';
import { textbookValues } from '../../viz/fixtures';

const values = textbookValues;

const layer1 = () => screen.getByRole('table', { name: /^Layer 1 \(sigmoid\): W 2×2, b, z, a/ });

/** The cells of a row, by its head's name, as text. */
function rowCells(table: HTMLElement, head: string): string[] {
  const row = within(table).getByRole('rowheader', { name: head }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent!);
}

describe('ValuesTable', () => {
  afterEach(() => setLanguage('en'));

  it('writes each layer in a captioned table, one row per unit, named from 1', () => {
    render(<ValuesTable values={values('backward')} />);
    expect(screen.getAllByRole('table')).toHaveLength(3);
    const table = layer1();
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toEqual([
      'Unit',
      'z',
      'a',
      'dL/dz',
      'dL/da',
      'b',
      'dL/db',
      'w from x₁',
      'w from x₂',
      'dL/dw from x₁',
      'dL/dw from x₂',
    ]);
    // Rounded as the graph rounds: z, a, dL/dz, dL/da, b, dL/db, w…, dL/dw….
    expect(rowCells(table, 'Unit 1 of layer 1')).toEqual([
      '0.3775',
      '0.5933',
      '0.008771',
      '0.03635',
      '0.35',
      '0.008771',
      '0.15',
      '0.2',
      '4.386e−4',
      '8.771e−4',
    ]);
    const output = screen.getByRole('table', { name: /^Layer 2/ });
    expect(within(output).getByRole('columnheader', { name: 'y (target)' })).toBeInTheDocument();
    expect(rowCells(screen.getByRole('table', { name: 'Input layer: x and dL/dx' }), 'x₂')).toEqual([
      '0.1',
      '0.004741',
    ]);
  });

  it('shows a dash that reads "not computed yet" for a value not computed, and carries data-cell', () => {
    const { container } = render(<ValuesTable values={values('forward1')} />);
    const cells = within(layer1()).getAllByRole('cell', { name: 'not computed yet' });
    // dL/dz, dL/da, dL/db and two dL/dw per unit.
    expect(cells).toHaveLength(2 * 5);
    expect(cells[0]).toHaveTextContent('–');
    expect(container.querySelector('[data-cell="W:2:1:0"]')).toHaveTextContent('0.5');
    expect(container.querySelector('[data-cell="b:1:1"]')).toHaveTextContent('0.35');
  });

  it('follows the steps: old → new after an update', () => {
    const { rerender } = render(<ValuesTable values={values('idle')} />);
    expect(rowCells(layer1(), 'Unit 1 of layer 1')[0]).toBe('–not computed yet');
    rerender(<ValuesTable values={values('update')} />);
    expect(rowCells(screen.getByRole('table', { name: /^Layer 2/ }), 'Unit 1 of layer 2')).toContain(
      '0.4 → 0.3589',
    );
    expect(screen.getByText('After the update: w and b read old → new.')).toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    await setLanguage('zh-CN');
    render(<ValuesTable values={values('idle')} />);
    expect(screen.getByRole('table', { name: /^第 1 层（sigmoid）：W 2×2/ })).toBeInTheDocument();
    expect(screen.getAllByRole('cell', { name: '尚未计算' }).length).toBeGreaterThan(0);
  });
});

describe('Graph | Table', () => {
  it('switches the graph area between the graph and the tables of the same numbers', async () => {
    const user = userEvent.setup();
    render(
      <StoreProvider store={createAppStore({ preset: 'textbook' })}>
        <ViewSwitch />
        <GraphArea />
      </StoreProvider>,
    );
    const view = screen.getByRole('group', { name: 'Show the values as' });
    expect(within(view).getByRole('button', { name: 'Graph' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: 'Network graph' })).toBeInTheDocument();
    await user.click(within(view).getByRole('button', { name: 'Table' }));
    expect(within(view).getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('group', { name: 'Network graph' })).toBeNull();
    expect(await screen.findByRole('region', { name: 'Values of the network' })).toBeInTheDocument();
    await user.click(within(view).getByRole('button', { name: 'Graph' }));
    expect(screen.getByRole('group', { name: 'Network graph' })).toBeInTheDocument();
  });
});
