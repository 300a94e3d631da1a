/**
 * The exercise sheet of the current lesson: it shows the lesson's weights, biases, inputs and
 * targets, blanks for everything to compute, and an answer key equal to the engine's traceSample;
 * printing prints the sheet alone.
 */
import { test, expect, choosePreset } from './fixtures';
import { PRESET_LABELS, TEXTBOOK } from './helpers/lessons';
import { fourSignificant } from './helpers/numbers';
import { quizTruth } from './helpers/quiz';
import { expectedLoss } from './helpers/expectedGraph';

test('the sheet shows the lesson, blanks, and an answer key equal to the engine', async ({
  appPage: page,
}) => {
  const { model, sample } = TEXTBOOK;
  await choosePreset(page, PRESET_LABELS.textbook);
  await page.getByRole('button', { name: 'Exercise sheet…' }).click();
  const sheet = page.getByRole('dialog', { name: /^Exercise sheet/ });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Print' })).toBeFocused();

  // What is given: every weight and bias, the inputs and the targets.
  for (const [k, layer] of model.layers.entries()) {
    for (let i = 0; i < layer.outSize; i++) {
      await expect(sheet.locator(`[data-cell="b:${k + 1}:${i}"]`)).toHaveText(fourSignificant(layer.b[i]!));
      for (let j = 0; j < layer.inSize; j++)
        await expect(sheet.locator(`[data-cell="W:${k + 1}:${i}:${j}"]`)).toHaveText(
          fourSignificant(layer.W[i * layer.inSize + j]!),
        );
    }
  }
  for (const [j, x] of sample.x.entries())
    await expect(sheet.locator(`[data-sheet-given="x:${j}"]`)).toHaveText(fourSignificant(x));
  for (const [j, y] of sample.y.entries())
    await expect(sheet.locator(`[data-sheet-given="y:${j}"]`)).toHaveText(fourSignificant(y));

  // What is asked: z, a, the loss and every gradient of a 2-2-2 network, blank.
  const blanks = sheet.locator('[data-sheet]');
  const ids = await blanks.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-sheet')!));
  // 4 units × (z, a, dL/da, dL/dz, dL/db) + 8 weights + 2 inputs' dL/dx + the loss
  expect(ids).toHaveLength(4 * 5 + 8 + 2 + 1);
  for (const text of await blanks.allTextContents()) expect(text).toMatch(/^_+$/);

  await sheet.getByRole('checkbox', { name: 'Answer key' }).check();
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Exercise sheet: Answer key');
  for (const id of ids) {
    const truth = id === 'loss' ? expectedLoss(model, sample) : quizTruth(model, sample, id);
    await expect(sheet.locator(`[data-sheet="${id}"]`), id).toHaveText(fourSignificant(truth));
  }
});

test('Print prints the sheet alone; Escape closes it and gives the focus back', async ({ appPage: page }) => {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const opener = page.getByRole('button', { name: 'Exercise sheet…' });
  await opener.click();
  const sheet = page.getByRole('dialog', { name: /^Exercise sheet/ });
  await sheet.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(page.getByRole('button', { name: 'Forward' })).toBeHidden();
  await expect(sheet.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(opener).toBeFocused();
});
