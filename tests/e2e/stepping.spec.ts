/**
 * One training iteration stepped by hand, checked number by number against the engine's headless
 * API through the DOM contract: attributes in full precision (absent until computed), labels to
 * 4 significant digits, loss readout, and Undo/Redo restoring every attribute exactly.
 */
import type { Page } from '@playwright/test';
import { test, expect, choosePreset } from './fixtures';
import { expectGraph, readGraph } from './helpers/graphDom';
import { expectedGraph, expectedLoss, IDLE, iterationStages } from './helpers/expectedGraph';
import { PRESET_LABELS, RELU_BCE, TEXTBOOK } from './helpers/lessons';
import { fourSignificant } from './helpers/numbers';

const GRANULARITY_LABELS = { layer: 'One layer', pass: 'Whole pass' } as const;

function button(page: Page, name: 'Forward' | 'Backward' | 'Update' | 'Undo' | 'Redo') {
  return page.getByRole('button', { name, exact: true });
}

for (const granularity of ['layer', 'pass'] as const) {
  test(`Forward, Backward and Update (${GRANULARITY_LABELS[granularity]}) show the engine's numbers on the textbook example`, async ({
    appPage: page,
  }) => {
    const { model, sample, learningRate } = TEXTBOOK;
    const L = model.layers.length;
    const before = expectedGraph(model, sample, IDLE, learningRate);
    const loss = page.getByTestId('loss-value');
    await choosePreset(page, PRESET_LABELS.textbook);
    await page
      .getByRole('combobox', { name: 'Step size' })
      .selectOption({ label: GRANULARITY_LABELS[granularity] });
    await expectGraph(page, before, 'before the first step');
    await expect(loss).toHaveText('not computed yet');
    await expect(button(page, 'Backward')).toBeDisabled();

    for (const [n, stage] of iterationStages(L, granularity).entries()) {
      const name = `click ${n + 1} (${stage.button}, ${JSON.stringify(stage.progress)})`;
      await button(page, stage.button).click();
      const expected = expectedGraph(model, sample, stage.progress, learningRate);
      await expectGraph(page, expected, name, stage.progress.updated ? before : undefined);
      await expect(loss, name).toHaveText(
        stage.loss ? fourSignificant(expectedLoss(model, sample)) : 'not computed yet',
      );
      const backwardLeft = stage.loss && stage.progress.backward < L;
      await expect(button(page, 'Backward'), name).toBeEnabled({ enabled: backwardLeft });
      const updateReady = stage.progress.backward === L && !stage.progress.updated;
      await expect(button(page, 'Update'), name).toBeEnabled({ enabled: updateReady });
    }
  });
}

test('PageDown steps the default lesson one sub-step at a time and PageUp takes one back', async ({
  appPage: page,
}) => {
  const { model, sample, learningRate } = RELU_BCE;
  const stages = iterationStages(model.layers.length, 'layer');
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('relu-bce');
  const before = expectedGraph(model, sample, IDLE, learningRate);
  await expectGraph(page, before, 'before the first key');
  for (const [n, stage] of stages.entries()) {
    await page.keyboard.press('PageDown');
    const expected = expectedGraph(model, sample, stage.progress, learningRate);
    const name = `PageDown ${n + 1}`;
    await expectGraph(page, expected, name, stage.progress.updated ? before : undefined);
    if (n === 3) {
      // Half-way back: PageUp undoes exactly the last sub-step (the first backward layer).
      await page.keyboard.press('PageUp');
      const previous = expectedGraph(model, sample, stages[n - 1]!.progress, learningRate);
      await expectGraph(page, previous, 'PageUp after the first backward layer');
      await page.keyboard.press('PageDown');
      await expectGraph(page, expected, 'PageDown again');
    }
  }
  await expect(page.getByTestId('step-count')).toContainText('Updates 1');
});

test('Undo and Redo restore every attribute and label exactly', async ({ appPage: page }) => {
  await choosePreset(page, PRESET_LABELS.textbook);
  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
  const snapshots = [await readGraph(page)];
  for (const name of ['Forward', 'Backward', 'Update'] as const) {
    await button(page, name).click();
    await expect.poll(() => readGraph(page)).not.toEqual(snapshots[snapshots.length - 1]);
    snapshots.push(await readGraph(page));
  }
  for (let k = snapshots.length - 2; k >= 0; k--) {
    await button(page, 'Undo').click();
    await expect.poll(() => readGraph(page), { message: `Undo back to ${k}` }).toEqual(snapshots[k]);
  }
  for (let k = 1; k < snapshots.length; k++) {
    await button(page, 'Redo').click();
    await expect.poll(() => readGraph(page), { message: `Redo to ${k}` }).toEqual(snapshots[k]);
  }
  await expect(button(page, 'Redo')).toBeDisabled();
});
