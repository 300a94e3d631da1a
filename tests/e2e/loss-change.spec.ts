/**
 * The classroom at the projector (issue 7): after Update and the next forward pass the header shows
 * the loss before → after, with the engine's numbers; status text in the header is never cut off at
 * 1024×768 or 1280×720, normal or presentation mode, and does not re-wrap the header as it changes;
 * the details panel and the editors name things from 1.
 */
import type { Page } from '@playwright/test';
import { test, expect, choosePreset } from './fixtures';
import { PRESET_LABELS, RELU_BCE } from './helpers/lessons';
import { attributeMatches, fourSignificant } from './helpers/numbers';
import { traceSample, train } from '../../src/engine';

function button(page: Page, name: 'Forward' | 'Backward' | 'Update' | 'Undo' | 'Redo') {
  return page.getByRole('button', { name, exact: true });
}

async function wholePass(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
}

/** The percentage as the readout writes it, computed here: 2 significant digits and a true minus. */
function percent(before: number, after: number): string {
  const change = ((after - before) / before) * 100;
  return `${change < 0 ? '\u2212' : '+'}${Number(Math.abs(change).toPrecision(2))}`;
}

test('Forward, Backward, Update, Forward shows the loss before → after, as the engine computes it; Undo removes it', async ({
  appPage: page,
}) => {
  const { model, sample, learningRate } = RELU_BCE;
  const before = traceSample(model, sample).loss;
  const updated = train(model, [sample], { kind: 'sgd', learningRate }, 1).model;
  const after = traceSample(updated, sample).loss;
  expect(after).toBeLessThan(before);

  const change = page.getByTestId('loss-change');
  const loss = page.getByTestId('loss-value');
  await wholePass(page);
  await button(page, 'Forward').click();
  await expect(loss).toHaveText(fourSignificant(before));
  await expect(page.getByRole('status', { name: 'Sample loss' })).toHaveText(fourSignificant(before));
  await button(page, 'Backward').click();
  await button(page, 'Update').click();
  await expect(button(page, 'Update')).toBeDisabled();
  await expect(change, 'no change before the new forward pass').toHaveCount(0);

  await button(page, 'Forward').click();
  await expect(change).toHaveText(
    `${fourSignificant(before)} → ${fourSignificant(after)}, ${percent(before, after)} %`,
  );
  expect(attributeMatches((await change.getAttribute('data-before')) ?? undefined, before)).toBe(true);
  expect(attributeMatches((await change.getAttribute('data-after')) ?? undefined, after)).toBe(true);
  await expect(change).toBeInViewport();
  // The header's loss is the new one, the number the change ends with.
  await expect(loss).toHaveText(fourSignificant(after));

  // The loss chart draws the drop: the update's segment and a dot at the new loss.
  const chart = page.locator('svg[data-testid="loss-chart"]');
  await expect(chart.locator('path.loss-chart__series--lossAfter')).toHaveAttribute('d', /^M.+L.+$/);
  await expect(chart.locator('circle.loss-chart__after-dot')).toHaveCount(1);
  await expect(chart.getByText('η = 0.5')).toHaveCount(1);

  await button(page, 'Undo').click();
  await expect(change).toHaveCount(0);
  await expect(loss).toHaveText(fourSignificant(before));
  await button(page, 'Redo').click();
  await expect(change).toHaveText(new RegExp(`^${fourSignificant(before)} → ${fourSignificant(after)}`));
});

/**
 * Every header status text: its text box (what the browser draws) fits inside its own box, which
 * fits the viewport; and nothing is clipped (scrollWidth ≤ clientWidth).
 */
async function headerTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const ids = ['next-step', 'loss-value', 'loss-change'];
    for (const id of ids) {
      const element = document.querySelector(`[data-testid="${id}"]`);
      if (!element) continue;
      const box = element.closest('.stable-text') ?? element;
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      const name = `${id} "${element.textContent}"`;
      if (text.width === 0) problems.push(`${name}: not drawn`);
      if (text.left < outer.left - 0.5 || text.right > outer.right + 0.5)
        problems.push(
          `${name}: text ${text.left}–${text.right} outside its box ${outer.left}–${outer.right}`,
        );
      if (outer.left < 0 || outer.right > window.innerWidth || outer.top < 0)
        problems.push(`${name}: box ${outer.left}–${outer.right} outside the viewport`);
      for (const clipped of [element, box, element.parentElement]) {
        if (clipped && clipped.scrollWidth > clipped.clientWidth + 0.5 && clipped.clientWidth > 0)
          problems.push(`${name}: clipped (${clipped.scrollWidth} > ${clipped.clientWidth})`);
      }
    }
    return problems;
  });
}

const headerHeight = (page: Page) =>
  page.locator('.app-header').evaluate((header) => header.getBoundingClientRect().height);

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  for (const presentation of [false, true]) {
    test(`header status text is never cut off and keeps its place at ${viewport.width}×${viewport.height}${presentation ? ', presentation mode' : ''}`, async ({
      appPage: page,
    }) => {
      await page.setViewportSize(viewport);
      // Six layers, so the longest status reads "Next: backward layer 6".
      await choosePreset(page, PRESET_LABELS.vanishing);
      if (presentation) await page.getByRole('checkbox', { name: 'Presentation mode' }).check();
      await expect(page.getByTestId('next-step')).toHaveText('Next: forward layer 1');
      const height = await headerHeight(page);
      const seen = new Set<string>();
      const next = page.getByTestId('next-step');
      // Every sub-step of an iteration one layer at a time (6 forward, the loss, 6 backward, the
      // update), then the forward pass after it up to its loss: 21 clicks.
      for (let click = 0; click < 21; click++) {
        seen.add((await next.textContent()) ?? '');
        expect
          .soft(await headerTextProblems(page), `before click ${click + 1}: ${[...seen].at(-1)}`)
          .toEqual([]);
        expect.soft(await headerHeight(page), `header height before click ${click + 1}`).toBe(height);
        await page.keyboard.press('PageDown');
        await expect(next).not.toHaveText([...seen].at(-1)!);
      }
      expect(seen).toContain('Next: backward layer 6');
      expect(seen).toContain('Next: update');
      await expect(page.getByTestId('loss-change')).toBeVisible();
      expect(await headerTextProblems(page), 'with the loss change shown').toEqual([]);
      expect(await headerHeight(page)).toBe(height);
    });
  }
}

test('the details panel and the editors name units, weights and biases from 1', async ({ appPage: page }) => {
  await page.locator('[data-node="1:0"]').click();
  await expect(page.getByRole('region', { name: 'Unit 1 of layer 1' })).toBeVisible();

  await page.locator('[data-node="0:1"]').click();
  const input = page.getByRole('region', { name: 'Input x₂' });
  // Plain text while KaTeX loads, then typeset (its TeX source stays in the MathML annotation).
  await expect(input).toContainText(/a = x₂ = 0\.5|a = x_\{2\} = 0\.5/);

  await page.locator('[data-edge="2:0:1"]').locator('text').first().click();
  await expect(
    page.getByRole('region', { name: 'Weight W2[1][2]: from unit 2 of layer 1 to unit 1 of layer 2' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'New value of W2[1][2]' })).toHaveValue('-0.4');
  await expect(page.locator('[data-edge="2:0:1"]')).toHaveAttribute(
    'aria-label',
    // What the edge shows, then what it is (label in name).
    /^w−0\.4 dL\/dw–, Weight W2\[1\]\[2\]$/,
  );

  await page.locator('[data-bias="1:1"]').locator('text').first().click();
  await expect(page.getByRole('region', { name: 'Bias b1[2] of unit 2 of layer 1' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'New value of b1[2]' })).toHaveValue('-0.1');
});
