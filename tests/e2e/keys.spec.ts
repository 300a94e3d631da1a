/**
 * Keys stay with the focused control (issue 7): a slider keeps its arrows, a checkbox its Space, a
 * field its Enter (and the focus); the presenter-remote keys work wherever no control takes them.
 * And Reset returns to the lesson as prepared, typed weights included.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The default lesson (2 inputs → 2 ReLU → 1 sigmoid), one layer per sub-step. */
const hidden = (page: Page) => page.locator('[data-node="1:0"]');
const output = (page: Page) => page.locator('[data-node="2:0"]');

function stepButton(page: Page, name: string): Locator {
  return page.getByRole('toolbar', { name: 'Training steps' }).getByRole('button', { name, exact: true });
}

/** One forward layer done, nothing else: a step adds z to the output, an undo removes the hidden z. */
async function afterFirstLayer(page: Page): Promise<void> {
  await page.keyboard.press('PageDown');
  await expect(hidden(page)).toHaveAttribute('data-z', /\d/);
  await expect(output(page)).not.toHaveAttribute('data-z');
}

async function expectStillAfterFirstLayer(page: Page, what: string): Promise<void> {
  await expect(hidden(page), `${what}: not undone`).toHaveAttribute('data-z', /\d/);
  await expect(output(page), `${what}: not stepped`).not.toHaveAttribute('data-z');
  await expect(page.getByTestId('step-count')).toContainText('Updates 0');
}

test('←/→ on the learning-rate slider move the slider and neither step nor undo', async ({
  appPage: page,
}) => {
  await afterFirstLayer(page);
  const slider = page.getByRole('slider', { name: 'Learning rate (log scale)' });
  const field = page.getByRole('textbox', { name: 'Learning rate' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(field).not.toHaveValue('0.5');
  const lowered = Number(await field.inputValue());
  expect(lowered).toBeLessThan(0.5);
  await expectStillAfterFirstLayer(page, '←');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number(await field.inputValue())).toBeGreaterThan(0.5);
  await expectStillAfterFirstLayer(page, '→');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Home');
  await expect(field).toHaveValue('0.0001');
  await expectStillAfterFirstLayer(page, 'PageDown, Home');
  await expect(slider).toBeFocused();
});

test('←/→ on the Speed slider move the slider and neither step nor undo', async ({ appPage: page }) => {
  await afterFirstLayer(page);
  const slider = page.getByRole('slider', { name: 'Speed' });
  const start = Number(await slider.inputValue());
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue(String(start + 1));
  await expectStillAfterFirstLayer(page, '→');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue(String(start - 1));
  await expectStillAfterFirstLayer(page, '←');
  await expect(stepButton(page, 'Play')).toHaveAttribute('aria-pressed', 'false');
});

test('Space on the Presentation-mode checkbox toggles it and does not start Play', async ({
  appPage: page,
}) => {
  const checkbox = page.getByRole('checkbox', { name: 'Presentation mode' });
  await checkbox.focus();
  await page.keyboard.press(' ');
  await expect(checkbox).toBeChecked();
  await expect(page.locator('.app')).toHaveClass(/presentation/);
  await page.keyboard.press(' ');
  await expect(checkbox).not.toBeChecked();
  await expect(stepButton(page, 'Play')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('step-count')).toContainText('Updates 0');
  await expect(hidden(page)).not.toHaveAttribute('data-z');
});

test('Enter in the learning-rate field commits the value and keeps the focus there', async ({
  appPage: page,
}) => {
  await afterFirstLayer(page);
  const field = page.getByRole('textbox', { name: 'Learning rate' });
  await field.fill('0.1');
  await field.press('Enter');
  await expect(page.getByRole('slider', { name: 'Learning rate (log scale)' })).toHaveAttribute(
    'aria-valuetext',
    '0.1',
  );
  await expect(field).toBeFocused();
  // Still the field's keys: the caret moves, the lesson does not.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageDown');
  await expectStillAfterFirstLayer(page, 'keys in the field');
  await page.keyboard.press('End');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('0.15');
  await expect(field).toBeFocused();
});

test('closing the details returns the focus to the graph element, where PageDown steps', async ({
  appPage: page,
}) => {
  const edge = page.locator('[data-edge="2:0:1"]');
  await edge.focus();
  await page.keyboard.press('Enter');
  await expect(edge).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page.getByRole('button', { name: 'Close details' })).toHaveCount(0);
  await expect(edge).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(hidden(page)).toHaveAttribute('data-z', /\d/);

  const node = page.locator('[data-node="1:1"]');
  await node.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Close details' }).focus();
  await page.keyboard.press('Enter');
  await expect(node).toBeFocused();
});

test('PageDown on the page steps, on a button such as Forward too, and after Update went disabled', async ({
  appPage: page,
}) => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await afterFirstLayer(page);
  await stepButton(page, 'Forward').focus();
  await page.keyboard.press('PageDown');
  await expect(output(page)).toHaveAttribute('data-z', /\d/);
  // The loss, then the backward pass to layer 1: Update comes next.
  const update = stepButton(page, 'Update');
  for (let k = 0; k < 6 && (await update.isDisabled()); k++) await page.keyboard.press('PageDown');
  await expect(update).toBeEnabled();
  await update.click();
  await expect(update).toBeDisabled();
  await expect(page.getByTestId('step-count')).toContainText('Updates 1');
  // Update's button is disabled under the focus now; the next key must still reach the shortcuts.
  await page.keyboard.press('PageDown');
  await expect(page.getByText(/^Next:/)).toContainText('forward layer 2');
  await page.keyboard.press('PageUp');
  await expect(page.getByText(/^Next:/)).toContainText('forward layer 1');
});

test('Reset returns to a weight typed in before training, and says so', async ({ appPage: page }) => {
  const edge = page.locator('[data-edge="1:0:0"]');
  await edge.locator('text').first().click();
  const field = page.getByRole('textbox', { name: /^New value/ });
  await field.fill('0.9');
  await field.press('Enter');
  await expect(edge).toHaveAttribute('data-w', '0.9');
  await expect(field).toBeFocused();

  await stepButton(page, 'Step').click();
  await stepButton(page, 'Step').click();
  await expect(page.getByTestId('step-count')).toContainText('Updates 2');
  await expect(edge).not.toHaveAttribute('data-w', '0.9');

  const reset = stepButton(page, 'Reset');
  await expect(reset).toHaveAccessibleDescription(/starting weights, including the values you typed/);
  await reset.click();
  await expect(edge).toHaveAttribute('data-w', '0.9');
  await expect(page.getByTestId('step-count')).toContainText('Updates 0');

  await stepButton(page, 'Undo').click();
  await expect(page.getByTestId('step-count')).toContainText('Updates 2');
  await expect(edge).not.toHaveAttribute('data-w', '0.9');
});
