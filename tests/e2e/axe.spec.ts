/**
 * axe-core (WCAG 2.1 AA + best practice) over the main states of a lesson: no serious or critical
 * violation anywhere. Each state prints its figures (see helpers/axe.ts).
 */
import type { Page } from '@playwright/test';
import { test, expect, choosePreset } from './fixtures';
import { axeFindings } from './helpers/axe';

async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const findings = await axeFindings(page, state);
  const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  expect(serious, `serious or critical axe violations in state "${state}"`).toEqual([]);
  // The moderate and minor ones are fixed too: keep them at zero.
  expect(findings, `axe violations in state "${state}"`).toEqual([]);
}

function button(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true });
}

test('on load', async ({ appPage: page }) => {
  await expectNoSeriousViolations(page, 'load');
});

test('after backward, with a selection', async ({ appPage: page }) => {
  await page.getByRole('combobox', { name: 'Step size' }).selectOption('pass');
  await button(page, 'Forward').click();
  await button(page, 'Backward').click();
  await page.locator('[data-edge="1:0:0"]').click();
  await expect(page.getByRole('textbox', { name: /^New value/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'backward + selection');
});

test('after update', async ({ appPage: page }) => {
  await page.getByRole('combobox', { name: 'Step size' }).selectOption('pass');
  for (const name of ['Forward', 'Backward', 'Update']) await button(page, name).click();
  await expect(page.locator('[data-edge="1:0:0"]')).toHaveAttribute('data-w', /./);
  await expectNoSeriousViolations(page, 'update');
});

test('in presentation mode', async ({ appPage: page }) => {
  await page.getByRole('checkbox', { name: 'Presentation' }).check();
  await expectNoSeriousViolations(page, 'presentation');
  await button(page, 'Panels').click();
  await expectNoSeriousViolations(page, 'presentation + panels');
});

test('with the shortcuts dialog open', async ({ appPage: page }) => {
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'shortcuts dialog');
});

for (const preset of [
  'ReLU → sigmoid, binary cross-entropy',
  '2-2-2 sigmoid (textbook example)',
  'XOR with a tanh hidden layer',
  'Deep sigmoid: vanishing gradients',
]) {
  test(`preset ${preset}`, async ({ appPage: page }) => {
    await choosePreset(page, preset);
    await expectNoSeriousViolations(page, `preset ${preset}`);
  });
}

test('in the table layout (the deep preset in presentation mode, after a whole pass and Update)', async ({
  appPage: page,
}) => {
  await choosePreset(page, 'Deep sigmoid: vanishing gradients');
  await page.getByRole('checkbox', { name: 'Presentation' }).check();
  await expect(page.locator('.graph-units').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Step size' }).selectOption('pass');
  for (const name of ['Forward', 'Backward']) await button(page, name).click();
  await page.locator('[data-node="2:1"]').click();
  await expectNoSeriousViolations(page, 'table layout + selection');
  await button(page, 'Update').click();
  await expect(page.locator('[data-edge="1:0:0"] .graph-new')).toBeVisible();
  await expectNoSeriousViolations(page, 'table layout, update');
});

test('during and after Play', async ({ appPage: page }) => {
  const play = button(page, 'Play');
  await play.click();
  await expect(page.getByTestId('step-count')).not.toContainText(/Updates 0 /);
  await expectNoSeriousViolations(page, 'playing');
  await button(page, 'Pause').click();
  await expect(play).toBeVisible();
  await expectNoSeriousViolations(page, 'after play');
});

test('with an error banner', async ({ appPage: page }) => {
  const field = page.getByRole('textbox', { name: 'Learning rate' });
  await field.fill('abc');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'error banner');
});

test('in Chinese', async ({ page }) => {
  await page.goto('./?lang=zh-CN');
  await expect(page.getByRole('button', { name: '前向传播', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'zh-CN');
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('after a step', async ({ appPage: page }) => {
    await button(page, 'Step').click();
    await expectNoSeriousViolations(page, '320 px wide');
  });
});
