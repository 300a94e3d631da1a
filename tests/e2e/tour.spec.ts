/**
 * The guided tour walks the default lesson: each step outlines the part of the page it talks about,
 * with the card beside it, is driven by the keyboard alone, leaves the lesson's buttons usable, and
 * gives the focus back when it ends.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The outline drawn around `target`: it must enclose the target's box. */
async function expectOutlined(page: Page, target: Locator): Promise<void> {
  const outline = page.getByTestId('tour-highlight');
  await expect(outline).toBeVisible();
  await expect(async () => {
    const [around, inside] = await Promise.all([outline.boundingBox(), target.boundingBox()]);
    expect(around && inside).toBeTruthy();
    expect(around!.x).toBeLessThanOrEqual(inside!.x);
    expect(around!.y).toBeLessThanOrEqual(inside!.y);
    expect(around!.x + around!.width).toBeGreaterThanOrEqual(inside!.x + inside!.width);
    expect(around!.y + around!.height).toBeGreaterThanOrEqual(inside!.y + inside!.height);
  }).toPass();
}

test('walks forward, loss, backward, update, the falling loss and the shapes by keyboard, pointing at each', async ({
  appPage: page,
}) => {
  const opener = page.getByRole('button', { name: 'Guided tour…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog');
  const targets: [string, string, Locator][] = [
    ['forward', 'Forward', page.getByRole('button', { name: 'Forward', exact: true })],
    ['loss', 'The loss', page.getByTestId('loss-value')],
    ['backward', 'Backward', page.getByRole('button', { name: 'Backward', exact: true })],
    ['update', 'Update', page.getByRole('button', { name: 'Update', exact: true })],
    ['falls', 'The loss falls', page.getByTestId('loss-chart')],
    ['shapes', 'Shapes', page.locator('.graph-area .graph-header').first()],
  ];
  for (const [k, [id, title, target]] of targets.entries()) {
    await expect(card).toHaveAttribute('data-tour-step', id);
    await expect(card).toHaveAccessibleName(title);
    await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(card).toContainText(`Step ${k + 1} of ${targets.length}`);
    await expectOutlined(page, target);
    if (id === 'forward') await expect(card.locator('.katex')).toBeVisible();
    // Tab reaches Next (Back on the first step is disabled and skipped).
    await page.keyboard.press('Tab');
    if (k > 0) await page.keyboard.press('Tab');
    await expect(
      card.getByRole('button', { name: k === targets.length - 1 ? 'Done' : 'Next' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(card).toBeHidden();
  await expect(opener).toBeFocused();
});

test('stays open while the lesson is stepped, goes back, and Escape ends it', async ({ appPage: page }) => {
  await page.getByRole('button', { name: 'Guided tour…' }).click();
  const card = page.getByRole('dialog');
  await expect(card).toHaveAttribute('data-tour-step', 'forward');
  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
  await page.getByRole('button', { name: 'Forward', exact: true }).click();
  await expect(page.getByTestId('loss-value')).toContainText(/\d/);
  await card.getByRole('button', { name: 'Next' }).click();
  await expect(card).toHaveAttribute('data-tour-step', 'loss');
  await card.getByRole('button', { name: 'Back' }).click();
  await expect(card).toHaveAttribute('data-tour-step', 'forward');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(page.getByRole('button', { name: 'Guided tour…' })).toBeFocused();
});
