/**
 * The legibility bar, measured in the browser: for every preset at 1280×720, with the most
 * labels showing (after the whole forward and backward pass) and after Update (old → new), in normal
 * and presentation mode, no graph label overlaps another, leaves the viewport or the graph area, or
 * is smaller than 12 px (16 px in presentation mode). Also the largest network the UI takes.
 */
import type { Page } from '@playwright/test';
import { test, expect, choosePreset } from './fixtures';
import { importScenario, largestNetwork, PRESET_LABELS } from './helpers/lessons';
import { textBoxes, legibilityProblems } from './helpers/textBoxes';

const MIN_FONT = { normal: 12, presentation: 16 };

/** Run forward and backward passes in whole-pass steps until Update is the only step left. */
async function runToUpdate(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
  const update = page.getByRole('button', { name: 'Update', exact: true });
  for (let clicks = 0; !(await update.isEnabled()); clicks++) {
    expect(clicks, 'Update should become available within a few passes').toBeLessThan(20);
    const forward = page.getByRole('button', { name: 'Forward', exact: true });
    await (
      (await forward.isEnabled()) ? forward : page.getByRole('button', { name: 'Backward', exact: true })
    ).click();
  }
}

/** Soft-asserts the bar in the current state (so one run lists every offence) and counts the labels. */
async function checkLegibility(page: Page, state: string, minFontSize: number): Promise<number> {
  const measured = await textBoxes(page);
  expect.soft(legibilityProblems(measured, minFontSize), state).toEqual([]);
  return measured.boxes.length;
}

/** The four states of a lesson: backward done and updated, each in normal and presentation mode. */
async function checkAllStates(page: Page): Promise<void> {
  const presentation = page.getByRole('checkbox', { name: 'Presentation mode' });
  await runToUpdate(page);
  const labels = await checkLegibility(page, 'after forward and backward', MIN_FONT.normal);
  expect(labels, 'labels drawn').toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Update', exact: true })).toBeDisabled();
  await checkLegibility(page, 'after update', MIN_FONT.normal);
  await presentation.check();
  await expect(page.locator('.graph-area svg.is-presentation')).toBeVisible();
  await checkLegibility(page, 'presentation mode, after update', MIN_FONT.presentation);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Update', exact: true })).toBeEnabled();
  await checkLegibility(page, 'presentation mode, after forward and backward', MIN_FONT.presentation);
}

for (const label of Object.values(PRESET_LABELS)) {
  test(`graph labels of "${label}" are legible and do not overlap, normal and presentation`, async ({
    appPage: page,
  }) => {
    await choosePreset(page, label);
    await checkAllStates(page);
  });
}

/** Point at the middle of a weight's edge (its element holds only its line in compact mode), so its callout is drawn. */
async function hoverEdge(page: Page, id: string): Promise<void> {
  const box = await page.locator(`[data-edge="${id}"]`).boundingBox();
  expect(box, `edge ${id} is drawn`).not.toBeNull();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(page.locator('[data-callout]')).toHaveCount(1);
}

test('graph labels of the largest network (2-8-8-8-8-8-8-1) do not overlap, hover callouts included', async ({
  appPage: page,
}) => {
  await importScenario(page, largestNetwork(), 'largest.json');
  await expect(page.locator('[data-node="7:0"]')).toBeVisible();
  await checkAllStates(page);
  await hoverEdge(page, '4:3:3');
  await checkLegibility(page, 'presentation mode, hovering edge 4:3:3', MIN_FONT.presentation);
  await page.getByRole('checkbox', { name: 'Presentation mode' }).uncheck();
  await hoverEdge(page, '6:0:7');
  await checkLegibility(page, 'hovering edge 6:0:7', MIN_FONT.normal);
});
