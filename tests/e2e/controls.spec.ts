import { textbookScenario } from '../fixtures/textbook';
import { test, expect } from './fixtures';

test('a bad learning rate shows a message and changes nothing', async ({ appPage: page }) => {
  const field = page.getByRole('textbox', { name: 'Learning rate' });
  await expect(page.locator('input[aria-label="Learning rate"]')).toHaveValue('0.5');
  for (const bad of ['abc', '-1', '1e9']) {
    await field.fill(bad);
    await field.press('Enter');
    await expect(page.getByRole('alert')).toContainText('learningRate');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  await page.keyboard.press('Escape');
  await field.fill('1e-3');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(field).toHaveValue('0.5');
});

test('a bad scenario file shows a message naming the field and changes nothing', async ({
  appPage: page,
}, info) => {
  const valid = textbookScenario();
  const bad = textbookScenario();
  bad.model.layers[1]!.W[0] = [0.4];
  const input = page.locator('input[type=file][aria-label="Import scenario"]');
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByRole('alert')).toContainText('model.layers[1].W');
  await expect(page.getByRole('combobox', { name: 'Preset' })).not.toHaveValue('');

  await input.setInputFiles({
    name: 'ok.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(valid)),
  });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('');
  info.annotations.push({ type: 'note', description: 'custom scenario loaded' });
});

test('? opens the shortcut list as a dialog, Escape closes it', async ({ appPage: page }) => {
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next sub-step');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
