/**
 * Issue 10, "See why training fails", in the built app: each diagnosis appears on a lesson that
 * shows it, names the layer or unit, and goes away once fixed; none on the default lesson; the
 * gradient check lists every parameter; the matrix form's numbers are the graph's; the gradient
 * norms are charted while Play trains.
 */
import type { Page } from '@playwright/test';
import { modelToSpec, type ModelSpec } from '../../src/engine';
import { choosePreset, expect, test } from './fixtures';
import {
  PRESET_LABELS,
  RELU_BCE,
  TEXTBOOK,
  importScenario,
  largestNetwork,
  type ScenarioFile,
} from './helpers/lessons';

function scenario(
  model: ModelSpec,
  sample: { x: number[]; y: number[] },
  learningRate: number,
): ScenarioFile {
  return {
    format: 'backprop-lab.scenario',
    version: 1,
    model,
    data: [sample],
    optimizer: { kind: 'sgd', learningRate },
    batchSize: 1,
    seed: 42,
  };
}

async function setActivation(page: Page, layer: number, label: string) {
  await page.getByRole('combobox', { name: `Activation, layer ${layer}` }).selectOption({ label });
}

const diagnoses = (page: Page) => page.locator('[data-diagnosis]');

/** The smallest computed font size of any text inside `selector` (HTML and SVG). */
async function smallestFont(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((root) => {
    const sizes = [root, ...root.querySelectorAll('*')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    return Math.min(...sizes);
  });
}

test('the default lesson gets no diagnosis while it learns, and says so', async ({ appPage: page }) => {
  await expect(page.getByText('Run a backward pass to see')).toBeVisible();
  for (let k = 0; k < 5; k++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByText('No problem found')).toBeVisible();
  await expect(diagnoses(page)).toHaveCount(0);
  await expect(page.locator('[data-testid="gradient-bars"] [data-layer]')).toHaveCount(2);
  await page.getByRole('button', { name: /^Gradient check/ }).click();
  expect(await smallestFont(page, '.diagnosis-panel')).toBeGreaterThanOrEqual(12);
});

test('vanishing: the deep sigmoid preset after its backward pass, gone with tanh', async ({
  appPage: page,
}) => {
  await choosePreset(page, PRESET_LABELS.vanishing);
  await expect(diagnoses(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  const vanishing = page.locator('[data-diagnosis="vanishing"]');
  await expect(vanishing).toBeVisible();
  await expect(vanishing).toHaveAttribute('data-layer', '1');
  await expect(vanishing).toContainText('Layer 1');
  await expect(vanishing).toContainText('σ′(z) ≤ 0.25');
  for (let layer = 1; layer <= 5; layer++) await setActivation(page, layer, 'tanh');
  await expect(diagnoses(page)).toHaveCount(0);
});

test('dead: a ReLU unit with z < 0 on the sample, named by unit, gone with leakyRelu', async ({
  appPage: page,
}) => {
  const spec = modelToSpec(RELU_BCE.model);
  spec.layers[0]!.b[1] = -5;
  await importScenario(page, scenario(spec, RELU_BCE.sample, 0.5));
  const dead = page.locator('[data-diagnosis="dead"]');
  await expect(dead).toHaveCount(1);
  await expect(dead).toBeVisible();
  await expect(dead).toHaveAttribute('data-layer', '1');
  await expect(dead).toHaveAttribute('data-unit', '1:1');
  await expect(dead).toContainText('Unit 2 of layer 1');
  await dead.getByRole('button', { name: 'Show unit 2 of layer 1 in the graph' }).click();
  await expect(page.locator('.selection-details')).toContainText(/unit 2 of layer 1/i);
  await setActivation(page, 1, 'leaky ReLU');
  await expect(diagnoses(page)).toHaveCount(0);
});

test('saturated: a tanh unit at z ≈ 6, named by unit, gone with relu', async ({ appPage: page }) => {
  const spec = modelToSpec(TEXTBOOK.model);
  spec.layers[0]!.activation = 'tanh';
  spec.layers[0]!.b[0] = 6;
  await importScenario(page, scenario(spec, TEXTBOOK.sample, 0.5));
  const saturated = page.locator('[data-diagnosis="saturated"]');
  await expect(saturated).toBeVisible();
  await expect(saturated).toHaveAttribute('data-unit', '1:0');
  await expect(saturated).toContainText('Unit 1 of layer 1');
  await setActivation(page, 1, 'ReLU');
  await expect(diagnoses(page)).toHaveCount(0);
});

test('exploding: XOR at η = 50 after a few steps; gone after Reset at η = 0.5', async ({ appPage: page }) => {
  await choosePreset(page, PRESET_LABELS.xor);
  const rate = page.getByRole('textbox', { name: 'Learning rate' });
  await rate.fill('50');
  await rate.press('Enter');
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  const exploding = page.locator('[data-diagnosis="exploding"]');
  await expect(exploding).toBeVisible();
  await expect(exploding).toHaveAttribute('data-layer', /^[12]$/);
  await expect(exploding).toContainText('Lower the learning rate');
  await rate.fill('0.5');
  await rate.press('Enter');
  await page.getByRole('button', { name: 'Reset' }).click();
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(diagnoses(page)).toHaveCount(0);
});

test('the gradient check lists every parameter beside backprop, worst highlighted', async ({
  appPage: page,
}) => {
  await importScenario(page, scenario(modelToSpec(TEXTBOOK.model), TEXTBOOK.sample, 0.5));
  await page.getByRole('button', { name: /^Gradient check/ }).click();
  const check = page.getByTestId('gradient-check');
  await expect(check).toBeVisible();
  const ids = await check
    .locator('[data-param]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-param')));
  const expected = [1, 2].flatMap((layer) =>
    [0, 1].flatMap((i) => [`W:${layer}:${i}:0`, `W:${layer}:${i}:1`, `b:${layer}:${i}`]),
  );
  expect(ids).toEqual(expected);
  expect(Number(await check.getAttribute('data-max-relative-error'))).toBeLessThan(1e-6);
  await expect(check.locator('[data-param][aria-current="true"]')).toHaveCount(1);
  // Backprop's column is the graph's batch gradient: compare w5 = W2[0][0] after a backward pass.
  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
  await page.getByRole('button', { name: 'Forward' }).click();
  await page.getByRole('button', { name: 'Backward' }).click();
  await expect(page.getByText('The network changed since this check')).toHaveCount(0);
  const dldw = await page.locator('[data-edge="2:0:0"]').getAttribute('data-dldw');
  await expect(check.locator('[data-param="W:2:0:0"]')).toHaveAttribute('data-backprop', dldw!);
});

test('the gradient check covers all 393 parameters of 2-8-8-8-8-8-8-1', async ({ appPage: page }) => {
  await importScenario(page, largestNetwork());
  await page.getByRole('button', { name: /^Gradient check/ }).click();
  const check = page.getByTestId('gradient-check');
  await expect(check.locator('[data-param]')).toHaveCount(2 * 8 + 8 + 5 * (8 * 8 + 8) + 8 + 1);
  expect(Number(await check.getAttribute('data-max-relative-error'))).toBeLessThan(1e-6);
});

test("the matrix form of a layer shows the graph's own numbers, with the shapes", async ({
  appPage: page,
}) => {
  await importScenario(page, scenario(modelToSpec(TEXTBOOK.model), TEXTBOOK.sample, 0.5));
  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
  await page.getByRole('button', { name: 'Forward' }).click();
  await page.getByRole('button', { name: 'Backward' }).click();
  await page.locator('[data-node="2:0"]').click();
  await page.getByRole('checkbox', { name: 'Matrix form of layer 2' }).check();
  const form = page.getByRole('group', { name: 'Layer 2 as matrices' });
  await expect(form).toContainText('2×2');
  const value = (entry: string) => form.locator(`[data-entry="${entry}"]`).getAttribute('data-value');
  const graph = (selector: string, attribute: string) => page.locator(selector).getAttribute(attribute);
  for (const i of [0, 1]) {
    expect(await value(`z:2:${i}`)).toBe(await graph(`[data-node="2:${i}"]`, 'data-z'));
    expect(await value(`dLdz:2:${i}`)).toBe(await graph(`[data-node="2:${i}"]`, 'data-dldz'));
    expect(await value(`b:2:${i}`)).toBe(await graph(`[data-bias="2:${i}"]`, 'data-b'));
    expect(await value(`a:1:${i}`)).toBe(await graph(`[data-node="1:${i}"]`, 'data-a'));
    expect(await value(`dLda:1:${i}`)).toBe(await graph(`[data-node="1:${i}"]`, 'data-dlda'));
    for (const j of [0, 1]) {
      expect(await value(`W:2:${i}:${j}`)).toBe(await graph(`[data-edge="2:${i}:${j}"]`, 'data-w'));
      expect(await value(`dLdW:2:${i}:${j}`)).toBe(await graph(`[data-edge="2:${i}:${j}"]`, 'data-dldw'));
    }
  }
  expect(await value('W:2:0:0')).toBe('0.4');
  expect(await smallestFont(page, '.matrix-form')).toBeGreaterThanOrEqual(12);
});

test('Play charts ‖dL/dW‖ of every layer over the updates', async ({ appPage: page }) => {
  await choosePreset(page, PRESET_LABELS.xor);
  await expect(page.getByTestId('gradient-norms')).toHaveCount(0);
  await page.locator('input[aria-label="Speed"]').fill('8');
  await page.getByRole('button', { name: 'Play' }).click();
  const chart = page.locator('svg[data-testid="gradient-norms"]');
  await expect(chart.locator('[data-series]')).toHaveCount(2);
  await expect(chart.locator('[data-series="1"] path')).toHaveAttribute('d', /L.*L/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
