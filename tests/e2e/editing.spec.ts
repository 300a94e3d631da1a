/**
 * Editing numbers by hand (issue 4): a weight or bias typed into the editor of the selected edge or
 * bias, and the current sample's inputs. Each takes effect from the next forward step, restarts the
 * iteration so every number on screen stays consistent, and is undoable.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectGraph } from './helpers/graphDom';
import { expectedGraph, IDLE, type Progress } from './helpers/expectedGraph';
import { RELU_BCE, withWeight } from './helpers/lessons';

const { model, sample, learningRate } = RELU_BCE;
const FIRST_LAYER: Progress = { forward: 1, backward: 0, updated: false };

function click(page: Page, name: 'Forward' | 'Undo') {
  return page.getByRole('button', { name, exact: true }).click();
}

test('a weight typed as 1/3 is used by the next Forward, and Undo restores the old one', async ({
  appPage: page,
}) => {
  const edited = withWeight(model, 1, 0, 1, 1 / 3);
  await click(page, 'Forward');
  await expectGraph(page, expectedGraph(model, sample, FIRST_LAYER, learningRate), 'first forward');

  const edge = page.locator('[data-edge="1:0:1"]');
  await edge.locator('text').first().click();
  await expect(edge).toHaveAttribute('aria-pressed', 'true');
  // Named from 1 as textbooks do: W1[1][2] is the DOM contract's edge 1:0:1.
  const field = page.getByRole('textbox', { name: 'New value of W1[1][2]' });
  await expect(field).toHaveValue('-0.2');
  // Soft, so the rest of the behaviour is still checked when the editor is drawn off screen.
  await expect
    .soft(
      page.getByRole('region', { name: /^Weight W1\[1\]\[2\]: from x₂ to unit 1 of layer 1/ }),
      'details on screen',
    )
    .toBeInViewport({ timeout: 2000 });
  await expect.soft(field, 'weight editor on screen').toBeInViewport({ timeout: 2000 });
  await field.fill('1/3');
  await field.press('Enter');
  await expect(edge).toHaveAttribute('data-w', '0.3333333333333333');
  // The iteration restarts: z and a computed with the old weight are gone, not left stale.
  await expectGraph(page, expectedGraph(edited, sample, IDLE, learningRate), 'after the edit');

  await click(page, 'Forward');
  await expectGraph(page, expectedGraph(edited, sample, FIRST_LAYER, learningRate), 'forward, edited weight');
  expect(Number(await page.locator('[data-node="1:0"]').getAttribute('data-z'))).toBeCloseTo(
    1 * 0.5 + 0.5 / 3 + 0.1,
    12,
  );

  await click(page, 'Undo');
  await expectGraph(page, expectedGraph(edited, sample, IDLE, learningRate), 'Undo the forward');
  await click(page, 'Undo');
  await expectGraph(page, expectedGraph(model, sample, FIRST_LAYER, learningRate), 'Undo the edit');
  await expect(edge).toHaveAttribute('data-w', '-0.2');
});

test('a bias editor refuses "abc" and changes nothing, then takes a decimal', async ({ appPage: page }) => {
  const bias = page.locator('[data-bias="2:0"]');
  await bias.locator('text').first().click();
  const field = page.getByRole('textbox', { name: 'New value of b2[1]' });
  await field.fill('abc');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('model.layers[1].b[0]');
  await expect(bias).toHaveAttribute('data-b', '0.05');

  await field.fill('-0.125');
  await field.press('Enter');
  await expect(bias).toHaveAttribute('data-b', '-0.125');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test("editing the current sample's input x₁ changes the input node and the next Forward", async ({
  appPage: page,
}) => {
  const input = page
    .getByRole('region', { name: 'Current sample' })
    .getByRole('textbox', { name: 'Input x₁' });
  await expect(input).toHaveValue('1');
  await input.fill('-2');
  await input.press('Enter');
  const node = page.locator('[data-node="0:0"]');
  await expect(node).toHaveAttribute('data-a', '-2');
  const editedSample = { x: [-2, 0.5], y: sample.y };
  await click(page, 'Forward');
  await expectGraph(page, expectedGraph(model, editedSample, FIRST_LAYER, learningRate), 'forward, x1 = −2');

  await click(page, 'Undo');
  await click(page, 'Undo');
  await expect(node).toHaveAttribute('data-a', '1');
  await expect(input).toHaveValue('1');
});
