// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PointForm } from '../../../src/components/data/PointForm';
import { StoreProvider } from '../../../src/components/StoreContext';
import { createAppStore } from '../../../src/store';

function renderForm(preset = 'xor') {
  const store = createAppStore({ preset });
  render(
    <StoreProvider store={store}>
      <PointForm />
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

const addGroup = () => screen.getByRole('group', { name: 'Add a point' });
const removeGroup = () => screen.getByRole('group', { name: 'Remove a point' });

describe('PointForm', () => {
  it('adds a typed point (a fraction too) as one undoable change, and says so', async () => {
    const { store, user } = renderForm();
    const before = store.getState().rawTrain;
    const add = within(addGroup());
    await user.type(add.getByRole('textbox', { name: 'x₁' }), '0.5');
    await user.type(add.getByRole('textbox', { name: 'x₂' }), '-1/4');
    await user.selectOptions(add.getByRole('combobox', { name: 'Class' }), 'Class 0');
    await user.click(add.getByRole('button', { name: 'Add point' }));
    const after = store.getState().rawTrain;
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toEqual({ x: [0.5, -0.25], y: [0] });
    expect(screen.getByRole('status')).toHaveTextContent(
      `Added Training point ${after.length}: x₁ = 0.5, x₂ = −0.25, y₁ = 0.`,
    );
    store.getState().undo();
    expect(store.getState().rawTrain).toEqual(before);
  });

  it('refuses a value that is not a number, naming the field, and changes nothing', async () => {
    const { store, user } = renderForm();
    const before = store.getState().rawTrain;
    const add = within(addGroup());
    await user.type(add.getByRole('textbox', { name: 'x₁' }), '0.5');
    await user.type(add.getByRole('textbox', { name: 'x₂' }), '0x10');
    await user.click(add.getByRole('button', { name: 'Add point' }));
    expect(store.getState().rawTrain).toBe(before);
    const x2 = add.getByRole('textbox', { name: 'x₂' });
    expect(x2).toHaveAttribute('aria-invalid', 'true');
    expect(x2).toHaveAccessibleDescription(/^x₂: must be a number such as 0\.1 or 1e-3/);
    expect(add.getByRole('textbox', { name: 'x₁' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });

  it('removes the chosen point as one undoable change', async () => {
    const { store, user } = renderForm();
    const before = store.getState().rawTrain;
    const remove = within(removeGroup());
    const list = remove.getByRole('combobox', { name: 'Point' });
    expect(within(list).getAllByRole('option')).toHaveLength(before.length + store.getState().rawTest.length);
    await user.selectOptions(list, within(list).getByRole('option', { name: /^Training point 2: / }));
    await user.click(remove.getByRole('button', { name: 'Remove point' }));
    expect(store.getState().rawTrain).toEqual(before.filter((_, i) => i !== 1));
    expect(screen.getByRole('status')).toHaveTextContent(/^Removed Training point 2: x₁ = /);
    store.getState().undo();
    expect(store.getState().rawTrain).toEqual(before);
  });

  it('offers only removal for data a point cannot be added to (one input)', () => {
    const { store } = renderForm();
    act(() => {
      expect(
        store.getState().generateData({ kind: 'sine', count: 20, noise: 0, testFraction: 0, seed: 1 }),
      ).toEqual({ ok: true });
    });
    expect(screen.queryByRole('group', { name: 'Add a point' })).toBeNull();
    expect(removeGroup()).toBeInTheDocument();
  });
});
