// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store';
import { StoreProvider } from '../../../src/components/StoreContext';
import { DataPanel } from '../../../src/components/data/DataPanel';
import { NetworkEditor } from '../../../src/components/data/NetworkEditor';
import { PlayControls } from '../../../src/components/controls/PlayControls';
import { GraphArea, SelectionDetails } from '../../../src/components/GraphArea';
import { SamplePanel } from '../../../src/components/panels/SamplePanel';

function renderWithStore(ui: React.ReactNode, preset = 'xor') {
  const store = createAppStore({ preset });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

describe('DataPanel', () => {
  it('generates the chosen seeded data set and shows its size', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<DataPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data set' }), 'Two moons');
    const points = screen.getByRole('spinbutton', { name: 'Points' });
    await user.clear(points);
    await user.type(points, '50');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(store.getState().dataset).toMatchObject({ kind: 'moons', count: 50 });
    expect(screen.getByText('40 training and 10 test samples')).toBeInTheDocument();
  });

  it('toggles an input feature, which changes the input layer', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<DataPanel />);
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await user.click(screen.getByRole('checkbox', { name: 'x₁²' }));
    expect(store.getState().features).toEqual(['x1', 'x2', 'x1sq']);
    expect(store.getState().session.model.layers[0]!.inSize).toBe(3);
  });

  it('edits a training sample in the table', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<DataPanel />);
    await user.click(screen.getByText('Show the sample table'));
    expect(screen.getByRole('columnheader', { name: 'x₁' })).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Sample 2 x₁' });
    await user.clear(field);
    await user.type(field, '-0.5{Enter}');
    expect(store.getState().rawTrain[1]!.x[0]).toBe(-0.5);
    expect(field).toHaveFocus();
    expect(field).toHaveValue('-0.5');
  });
});

describe('NetworkEditor', () => {
  it('adds a hidden layer, sets its units and removes it', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<NetworkEditor />);
    const sizes = () => store.getState().session.model.layers.map((l) => l.outSize);
    await user.click(screen.getByRole('button', { name: 'Add hidden layer' }));
    expect(sizes()).toEqual([3, 3, 1]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Units in hidden layer 2' }), '5');
    expect(sizes()).toEqual([3, 5, 1]);
    await user.click(screen.getByRole('button', { name: 'Remove hidden layer 1' }));
    expect(sizes()).toEqual([5, 1]);
    expect(screen.getByText('Shape: 2-5-1')).toBeInTheDocument();
  });
});

describe('PlayControls', () => {
  it('sets the speed and shows the update and epoch counter', async () => {
    const store = renderWithStore(<PlayControls />);
    const speed = screen.getByRole('slider', { name: 'Speed' });
    expect(speed).toHaveAttribute('aria-valuetext', 'one step every 0.1 s');
    store.getState().step();
    expect(await screen.findByTestId('step-count')).toHaveTextContent('Updates 1 · epoch 0');
  });
});

describe('GraphArea', () => {
  it('clicking an edge offers its weight for editing, and the new value is used', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(
      <>
        <GraphArea />
        <SelectionDetails />
      </>,
      'textbook',
    );
    await user.click(document.querySelector('[data-edge="1:0:1"]')!);
    const editor = screen.getByRole('textbox', { name: 'New value of W1[1][2]' });
    await user.clear(editor);
    await user.type(editor, '1/3{Enter}');
    expect(store.getState().session.model.layers[0]!.W[1]).toBe(1 / 3);
    expect(document.querySelector('[data-edge="1:0:1"]')).toHaveAttribute('data-w', String(1 / 3));
  });

  it('hovering a hidden unit makes the boundary show that unit', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<GraphArea />, 'xor');
    await user.hover(document.querySelector('[data-node="1:2"]')!);
    expect(store.getState().ui.hoveredUnit).toEqual({ layer: 1, index: 2 });
    await user.hover(document.querySelector('[data-node="2:0"]')!);
    expect(store.getState().ui.hoveredUnit).toBeNull();
    expect(within(document.body).queryByRole('alert')).toBeNull();
  });

  it('names the hovered unit on the data plot from 1, as the graph and the details do', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <GraphArea />
        <DataPanel />
      </>,
      'xor',
    );
    await user.hover(document.querySelector('[data-node="1:2"]')!);
    expect(screen.getByText('Showing unit 3 of layer 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /(^|, )Unit 3 of layer 1(,|$)/ })).toHaveAttribute(
      'data-node',
      '1:2',
    );
  });
});

describe('SamplePanel', () => {
  it('labels inputs and targets x₁, x₂, y₁', () => {
    renderWithStore(<SamplePanel />, 'relu-bce');
    const panel = screen.getByRole('region', { name: 'Current sample' });
    expect(within(panel).getByRole('textbox', { name: 'Input x₁' })).toHaveValue('1');
    expect(within(panel).getByRole('textbox', { name: 'Input x₂' })).toHaveValue('0.5');
    expect(within(panel).getByRole('textbox', { name: 'Target y₁' })).toHaveValue('1');
  });
});
