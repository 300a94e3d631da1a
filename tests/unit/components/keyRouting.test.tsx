// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/components/App';
import { controlKeepsKey } from '../../../src/components/hooks/keyRouting';

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.querySelector('[data-target]')!;
}

describe('controlKeepsKey', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });
  const SLIDER = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];

  it.each([
    ['a range input', '<input data-target type="range">'],
    ['a role="slider" element', '<svg><g data-target role="slider" tabindex="0"></g></svg>'],
    ['a role="spinbutton" element', '<div data-target role="spinbutton" tabindex="0"></div>'],
  ])(
    'leaves arrows, Home/End and PageUp/PageDown to %s, and letters and Space to the shortcuts',
    (_, html) => {
      const target = element(html);
      for (const key of SLIDER) expect(controlKeepsKey(target, key)).toBe(true);
      for (const key of ['f', 's', ' ', '?']) expect(controlKeepsKey(target, key)).toBe(false);
    },
  );

  it.each([
    ['a checkbox', '<input data-target type="checkbox">'],
    ['a role="switch" element', '<div data-target role="switch" tabindex="0"></div>'],
  ])('leaves Space to %s, and PageDown and the arrows to the shortcuts', (_, html) => {
    const target = element(html);
    expect(controlKeepsKey(target, ' ')).toBe(true);
    for (const key of ['PageDown', 'ArrowRight', 'p', 'm']) expect(controlKeepsKey(target, key)).toBe(false);
  });

  it('leaves Space and the arrows to a radio button, which moves along its group with them', () => {
    const target = element('<input data-target type="radio" name="class">');
    for (const key of [' ', 'ArrowLeft', 'ArrowDown']) expect(controlKeepsKey(target, key)).toBe(true);
    expect(controlKeepsKey(target, 'PageDown')).toBe(false);
  });

  it.each([
    ['a text field', '<input data-target type="text">'],
    ['a number field', '<input data-target type="number">'],
    ['a textarea', '<textarea data-target></textarea>'],
    ['a select', '<select data-target><option>a</option></select>'],
    ['a role="combobox" element', '<div data-target role="combobox" tabindex="0"></div>'],
    ['a menu item', '<div role="menu"><div data-target role="menuitem" tabindex="-1"></div></div>'],
    ['a button inside a menu', '<div role="menu"><button data-target>Export</button></div>'],
    ['an option of a listbox', '<div role="listbox"><div data-target role="option"></div></div>'],
  ])('leaves every key to %s', (_, html) => {
    const target = element(html);
    for (const key of [...SLIDER, ' ', 'Enter', 'f', 'z', '?'])
      expect(controlKeepsKey(target, key)).toBe(true);
  });

  it.each([
    ['a button', '<button data-target>Forward</button>'],
    ['a graph element (role="button")', '<svg><g data-target role="button" tabindex="0"></g></svg>'],
    ['a link', '<a data-target href="#x">x</a>'],
    ['a file input', '<input data-target type="file">'],
  ])('leaves Enter and Space to %s, and PageDown, PageUp and the arrows to the shortcuts', (_, html) => {
    const target = element(html);
    expect(controlKeepsKey(target, ' ')).toBe(true);
    expect(controlKeepsKey(target, 'Enter')).toBe(true);
    for (const key of ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'f']) {
      expect(controlKeepsKey(target, key)).toBe(false);
    }
  });

  it('leaves the arrows and Home/End to an element of the network graph, PageDown and letters not', () => {
    const target = element(
      '<svg data-keys="navigation"><g data-target role="button" tabindex="0"></g></svg>',
    );
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', ' ', 'Enter'])
      expect(controlKeepsKey(target, key)).toBe(true);
    for (const key of ['PageDown', 'PageUp', 'f', '?']) expect(controlKeepsKey(target, key)).toBe(false);
  });

  it('leaves every key to the shortcuts on the page itself', () => {
    for (const key of [...SLIDER, ' ', 'Enter', 'f']) {
      expect(controlKeepsKey(document.body, key)).toBe(false);
      expect(controlKeepsKey(window, key)).toBe(false);
    }
  });
});

/** The loss shown and what the next sub-step is: both change with every step and undo. */
const stepState = () => [
  screen.getByTestId('loss-value').textContent,
  screen.getByText(/^Next:/).textContent,
];

describe('the shortcuts in the app', () => {
  it('do not step or undo on ←/→ pressed on the learning-rate or Speed slider', () => {
    render(<App options={{ preset: 'textbook' }} />);
    fireEvent.keyDown(window, { key: 'PageDown' });
    const before = stepState();
    for (const name of ['Learning rate (log scale)', 'Speed']) {
      const slider = screen.getByRole('slider', { name });
      act(() => slider.focus());
      for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Home', 'End']) {
        fireEvent.keyDown(slider, { key });
        expect(stepState(), `${key} on ${name}`).toEqual(before);
      }
    }
  });

  it('do not start Play on Space pressed on the Presentation-mode checkbox, which toggles instead', async () => {
    const user = userEvent.setup();
    const { container } = render(<App options={{ preset: 'textbook' }} />);
    const checkbox = screen.getByRole('checkbox', { name: 'Presentation mode' });
    act(() => checkbox.focus());
    await user.keyboard(' ');
    expect(checkbox).toBeChecked();
    expect(container.querySelector('.app')).toHaveClass('presentation');
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('take PageDown pressed on a button such as Forward and on a graph element, where → moves instead', () => {
    const { container } = render(<App options={{ preset: 'textbook' }} />);
    const before = stepState();
    const toolbar = screen.getByRole('toolbar', { name: 'Training steps' });
    const forward = within(toolbar).getByRole('button', { name: 'Forward' });
    act(() => forward.focus());
    fireEvent.keyDown(forward, { key: 'PageDown' });
    const afterButton = stepState();
    expect(afterButton).not.toEqual(before);
    const node = container.querySelector<SVGElement>('[data-node="1:0"]')!;
    act(() => node.focus());
    fireEvent.keyDown(node, { key: 'ArrowRight' });
    expect(stepState()).toEqual(afterButton);
    expect(container.querySelector('[data-edge="2:0:0"]')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(stepState()).not.toEqual(afterButton);
  });

  it('leave every key to the shortcut list while it is open, except ? which closes it', async () => {
    const user = userEvent.setup();
    render(<App options={{ preset: 'textbook' }} />);
    await user.keyboard('?');
    await screen.findByRole('dialog');
    const before = stepState();
    await user.keyboard('{PageDown}f');
    expect(stepState()).toEqual(before);
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('R resets to the starting weights', async () => {
    const user = userEvent.setup();
    const { container } = render(<App options={{ preset: 'textbook' }} />);
    await user.keyboard('s');
    expect(container.querySelector('[data-edge="1:0:0"]')).not.toHaveAttribute('data-w', '0.15');
    await user.keyboard('r');
    expect(container.querySelector('[data-edge="1:0:0"]')).toHaveAttribute('data-w', '0.15');
  });
});

describe('focus', () => {
  it('stays in the learning-rate field and in the weight editor after Enter', async () => {
    const user = userEvent.setup();
    const { container } = render(<App options={{ preset: 'textbook' }} />);
    const rate = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(rate);
    await user.type(rate, '0.1{Enter}');
    expect(rate).toHaveFocus();
    expect(rate).toHaveValue('0.1');

    await user.click(container.querySelector('[data-edge="1:0:0"]')!);
    const editor = screen.getByRole('textbox', { name: /^New value/ });
    await user.clear(editor);
    await user.type(editor, '0.7{Enter}');
    expect(screen.getByRole('textbox', { name: /^New value/ })).toHaveFocus();
    expect(editor).toHaveValue('0.7');
    expect(container.querySelector('[data-edge="1:0:0"]')).toHaveAttribute('data-w', '0.7');
  });

  it.each([
    ['Input x₁', '3'],
    ['Target y₁', '0.25'],
    ['Batch size', '2'],
    ['Seed', '123'],
  ])('stays in the %s field after Enter', async (name, typed) => {
    const user = userEvent.setup();
    render(<App options={{ preset: 'xor' }} />);
    const field = screen.getByRole('textbox', { name });
    await user.clear(field);
    await user.type(field, `${typed}{Enter}`);
    expect(field).toHaveFocus();
    expect(field).toHaveValue(typed);
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows a value changed elsewhere (Undo) in a field that is not being edited', async () => {
    const user = userEvent.setup();
    render(<App options={{ preset: 'textbook' }} />);
    const rate = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(rate);
    await user.type(rate, '0.1{Enter}');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(rate).toHaveValue('0.5');
  });

  it('returns to the graph element when its details are closed', async () => {
    const user = userEvent.setup();
    const { container } = render(<App options={{ preset: 'textbook' }} />);
    for (const selector of ['[data-edge="2:1:0"]', '[data-node="1:1"]', '[data-bias="2:0"]']) {
      const target = container.querySelector<SVGElement>(selector)!;
      await user.click(target);
      await user.click(await screen.findByRole('button', { name: 'Close details' }));
      expect(screen.queryByRole('button', { name: 'Close details' })).toBeNull();
      expect(target).toHaveFocus();
    }
  });
});
