/**
 * The keyboard never loses its place: the shortcut list is a modal dialog (Tab stays inside, Escape
 * closes it, focus goes back to the opener); closing the details puts focus back on the graph
 * element described, or in Table view on its cell or row; a focused step button that becomes
 * disabled hands focus to the next step.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

function button(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true });
}

/** A description of the focused element, or "body" when focus fell to the page. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return active.getAttribute('aria-label') ?? active.textContent?.trim() ?? active.tagName;
  });
}

test('the shortcut list keeps Tab inside, closes on Escape, and gives focus back to its opener', async ({
  appPage: page,
}) => {
  const opener = button(page, 'Keyboard shortcuts');
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await dialog.evaluate((element) => element.contains(document.activeElement)), `after ${key}`).toBe(
      true,
    );
  }
  // The page behind is inert: a shortcut key does nothing while the list is open.
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('next-step')).toHaveText('Next: forward layer 1');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // Opened with "?" from a step button, it gives focus back to that button.
  await button(page, 'Step').focus();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button(page, 'Step')).toBeFocused();
});

test('closing the details puts focus back on the graph element it described', async ({ appPage: page }) => {
  const edge = page.locator('[data-edge="1:0:0"]');
  await edge.click();
  const close = button(page, 'Close details');
  await close.focus();
  await page.keyboard.press('Enter');
  await expect(close).toHaveCount(0);
  const onEdge = await edge.evaluate((element) => {
    const active = document.activeElement;
    return active === element || active?.getAttribute('aria-activedescendant') === element.id;
  });
  expect(onEdge).toBe(true);
});

test('in Table view, closing the details puts focus on the value described: its cell, or its unit’s row', async ({
  appPage: page,
}) => {
  const views = page.getByRole('group', { name: 'Show the values as' });
  const table = page.getByRole('region', { name: 'Values of the network' });
  const selections = [
    { graph: '[data-edge="1:1:0"]', place: table.locator('[data-cell="W:1:1:0"]') },
    { graph: '[data-bias="2:0"]', place: table.locator('[data-cell="b:2:0"]') },
    {
      graph: '[data-node="1:1"]',
      place: table.getByRole('rowheader', { name: 'Unit 2 of layer 1', exact: true }),
    },
    { graph: '[data-node="0:0"]', place: table.getByRole('rowheader', { name: 'x₁', exact: true }) },
  ];
  for (const { graph, place } of selections) {
    await page.locator(graph).click();
    await views.getByRole('button', { name: 'Table' }).click();
    await expect(table).toBeVisible();
    const close = button(page, 'Close details');
    await close.focus();
    await page.keyboard.press('Enter');
    await expect(close).toHaveCount(0);
    await expect(place, graph).toBeFocused();
    expect(await focused(page)).not.toBe('body');
    await views.getByRole('button', { name: 'Graph' }).click();
  }
});

test('a focused step button that becomes disabled hands focus to the next step, never to the page', async ({
  appPage: page,
}) => {
  await page.getByRole('combobox', { name: 'Step size' }).selectOption('pass');
  await button(page, 'Forward').focus();
  const expected = ['Backward', 'Update', 'Forward'];
  for (const next of expected) {
    await page.keyboard.press('Enter');
    await expect(button(page, next)).toBeFocused();
  }
  // Forward is enabled again; Undo back to the start until Undo is disabled: focus goes to Redo.
  await button(page, 'Undo').focus();
  for (let k = 0; k < 3; k += 1) {
    expect(await focused(page)).not.toBe('body');
    await page.keyboard.press('Enter');
  }
  await expect(button(page, 'Undo')).toBeDisabled();
  await expect(button(page, 'Redo')).toBeFocused();
  // The letter shortcuts too: Backward disabled by its own key, focus moves on to Update.
  await page.keyboard.press('Enter');
  await button(page, 'Backward').focus();
  await page.keyboard.press('b');
  await expect(button(page, 'Backward')).toBeDisabled();
  expect(await focused(page)).toBe('Update');
});

test('dismissing an error puts focus back in the field that caused it, else on a step button', async ({
  appPage: page,
}) => {
  const field = page.getByRole('textbox', { name: 'Learning rate' });
  await field.fill('abc');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await button(page, 'Dismiss').click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(field).toBeFocused();

  // An error raised with nothing focused (a shortcut key on the page): focus lands on a step button.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('u');
  await expect(page.getByRole('alert')).toBeVisible();
  await button(page, 'Dismiss').click();
  expect(await focused(page)).toBe('Forward');
});
