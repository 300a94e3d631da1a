/**
 * The details panel typesets its arithmetic with KaTeX, loaded on the first formula, with the real
 * numbers in it and MathML for screen readers.
 */
import { test, expect, choosePreset } from './fixtures';
import { PRESET_LABELS } from './helpers/lessons';

test('a selected node shows its arithmetic typeset, with its real numbers', async ({ appPage: page }) => {
  await choosePreset(page, PRESET_LABELS.textbook);
  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
  await page.getByRole('button', { name: 'Forward', exact: true }).click();
  await page.locator('[data-node="1:0"]').click();

  const details = page.getByRole('region', { name: 'Unit 1 of layer 1' });
  const weightedSum = details.locator('.katex').first();
  await expect(weightedSum).toBeVisible();
  // z = w₁·x₁ + w₂·x₂ + b = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775, as typeset and as MathML.
  for (const number of ['0.15', '0.05', '0.2', '0.1', '0.35', '0.3775']) {
    await expect(weightedSum.locator('.katex-html')).toContainText(number);
    await expect(weightedSum.locator('math')).toContainText(number);
  }
  await expect(details.locator('.katex').nth(1).locator('.katex-html')).toContainText('0.5933');
});

test('the update rule of a weight is typeset with η and the old and new values', async ({
  appPage: page,
}) => {
  await choosePreset(page, PRESET_LABELS.textbook);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.locator('[data-edge="2:0:0"]').click();
  const details = page.getByRole('region', { name: /^Weight W2\[1\]\[1\]/ });
  // w ← w − η·dL/dw = 0.4 − 0.5·0.08217 = 0.3589
  const rule = details.locator('.katex').filter({ hasText: '0.3589' });
  await expect(rule).toBeVisible();
  for (const part of ['←', 'η', '0.4', '0.5', '0.08217', '0.3589'])
    await expect(rule.locator('math')).toContainText(part);
});

test('the formula of the next sub-step is typeset beside the buttons, with MathML, and follows the steps', async ({
  appPage: page,
}) => {
  await choosePreset(page, PRESET_LABELS.textbook);
  const formula = page.getByTestId('step-formula');
  // Every sub-step's formula is kept; only the next one's is visible (and read out).
  const shown = formula.locator('.step-formula__slot.is-current');
  const hidden = formula.locator('.step-formula__slot:not(.is-current)');
  await expect(formula).toHaveAttribute('data-step', 'forward');
  // z = W·a + b, a = f(z): typeset once KaTeX has loaded, and said to screen readers as MathML.
  await expect(shown.locator('.katex-html')).toBeVisible();
  await expect(shown.locator('math')).toContainText('W');
  await expect(shown.locator('math annotation')).toHaveText(/z = W\\cdot a \+ b/);
  await expect(hidden).toHaveCount(3);
  for (const slot of await hidden.all()) await expect(slot).toBeHidden();

  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
  await page.getByRole('button', { name: 'Forward', exact: true }).click();
  await expect(formula).toHaveAttribute('data-step', 'backward');
  await expect(shown.locator('math annotation')).toHaveText(/\\frac\{\\partial L\}\{\\partial z\}/);
  await expect(shown.locator('.katex-html')).toBeVisible();
  await page.getByRole('button', { name: 'Backward', exact: true }).click();
  await expect(formula).toHaveAttribute('data-step', 'update');
  await expect(shown.locator('math')).toContainText('η');
  await expect(shown.locator('math')).toContainText('←');
  for (const slot of await hidden.all()) await expect(slot).toBeHidden();
});
