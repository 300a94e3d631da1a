import { test, expect, choosePreset } from './fixtures';

const exploding = {
  format: 'backprop-lab.scenario',
  version: 1,
  model: { layers: [{ W: [[0.5, -0.5]], b: [0], activation: 'linear' }], loss: 'mse' },
  data: [
    { x: [1, 0.5], y: [1] },
    { x: [-0.5, 1], y: [0] },
  ],
  optimizer: { kind: 'sgd', learningRate: 50 },
  batchSize: 1,
  seed: 1,
};

test('Play trains, Pause stops, and the counter and the loss curve move', async ({ appPage: page }) => {
  await choosePreset(page, 'XOR with a tanh hidden layer');
  await page.locator('input[aria-label="Speed"]').fill('8');
  const counter = page.getByTestId('step-count');
  await expect(counter).toContainText('Updates 0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(counter).not.toContainText('Updates 0 ');
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Pause' }).click();
  const stopped = await counter.textContent();
  await page.waitForTimeout(300);
  await expect(counter).toHaveText(stopped ?? '');
  await expect(page.locator('svg[data-testid="loss-chart"] path').first()).toBeVisible();
});

test('training that goes non-finite pauses at once, says where, and Undo goes back', async ({
  appPage: page,
}) => {
  await page.locator('input[type=file][aria-label="Import scenario"]').setInputFiles({
    name: 'explode.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exploding)),
  });
  await page.locator('input[aria-label="Speed"]').fill('10');
  await page.getByRole('button', { name: 'Play' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('diverged');
  await expect(alert).toContainText(/layer 1/i);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const lossText = await page.getByTestId('loss-value').textContent();
  expect(lossText).not.toMatch(/NaN|Infinity/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(alert).toHaveCount(0);
});

test('the decision boundary is drawn for a 2-D data set and follows training', async ({ appPage: page }) => {
  await page.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Two rings' });
  await page.getByRole('button', { name: 'Generate' }).click();
  const canvas = page.locator('canvas[data-testid="decision-boundary"]');
  await expect(canvas).toBeVisible();
  const colours = () =>
    canvas.evaluate((element: HTMLCanvasElement) => {
      const context = element.getContext('2d')!;
      const { data } = context.getImageData(0, 0, element.width, element.height);
      const seen = new Set<string>();
      for (let k = 0; k < data.length; k += 4 * 37) seen.add(`${data[k]},${data[k + 1]},${data[k + 2]}`);
      return { count: seen.size, sample: data.slice(0, 4 * 50).join(',') };
    });
  await expect.poll(async () => (await colours()).count).toBeGreaterThan(5);
  const before = await colours();
  await page.getByRole('button', { name: 'Step' }).click();
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(async () => (await colours()).sample).not.toBe(before.sample);
});

test('adding a hidden layer re-lays out the network and is undoable', async ({ appPage: page }) => {
  await choosePreset(page, 'XOR with a tanh hidden layer');
  await expect(page.locator('[data-node="2:0"]')).toBeVisible();
  await page.getByRole('button', { name: 'Add hidden layer' }).click();
  await expect(page.locator('[data-node="3:0"]')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-node="3:0"]')).toHaveCount(0);
});
