/**
 * Robustness in the real app: the finiteness rule at top speed (the repro), an error that
 * does not move the page, a data plot that stays finite, and the Content-Security-Policy in force
 * (in the served build and in the one-file build).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, type Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** 1-1 sigmoid BCE, x = 1e307, η = 100: the first update would make W1[1][1] -Infinity. */
const overflowing = {
  format: 'backprop-lab.scenario',
  version: 1,
  model: { layers: [{ W: [[0.5]], b: [0], activation: 'sigmoid' }], loss: 'bce' },
  data: [{ x: [1e307], y: [0] }],
  optimizer: { kind: 'sgd', learningRate: 100 },
  batchSize: 1,
  seed: 1,
};

test('top speed on an update that overflows pauses, names the weight, and no data-w is Infinity', async ({
  appPage: page,
}) => {
  await page.locator('input[type=file][aria-label="Import scenario"]').setInputFiles({
    name: 'overflow.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(overflowing)),
  });
  await expect(page.locator('[data-edge="1:0:0"]')).toHaveAttribute('data-w', '0.5');
  await page.locator('input[aria-label="Speed"]').fill('10');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('alert')).toContainText('W1[1][1] would become -Infinity');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const weights = await page
    .locator('[data-w]')
    .evaluateAll((edges) => edges.map((e) => e.getAttribute('data-w')));
  expect(weights).toEqual(['0.5']);
});

test('an error appears over the graph without moving it or covering a control', async ({ appPage: page }) => {
  const graph = page.locator('.graph-area');
  const forward = page.getByRole('button', { name: 'Forward', exact: true });
  const before = { graph: await graph.boundingBox(), forward: await forward.boundingBox() };
  const seed = page.getByRole('textbox', { name: 'Seed', exact: true });
  await seed.fill('0x10');
  await seed.press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('seed');
  expect(await graph.boundingBox()).toEqual(before.graph);
  expect(await forward.boundingBox()).toEqual(before.forward);
  // Over the graph column's top edge, clear of the step toolbar and the side panels.
  const banner = (await alert.boundingBox())!;
  const graphBox = before.graph!;
  expect(banner.y).toBeGreaterThanOrEqual(graphBox.y - 0.5);
  expect(banner.x + banner.width).toBeLessThanOrEqual(graphBox.x + graphBox.width + 0.5);
});

test('a typed 1e307 on the data plot draws no infinite coordinate', async ({ appPage: page }) => {
  await page.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Two rings' });
  await page.getByRole('button', { name: 'Generate' }).click();
  const input = page
    .getByRole('region', { name: 'Current sample' })
    .getByRole('textbox', { name: 'Input x₁' });
  await input.fill('1e307');
  await input.press('Enter');
  await expect(page.locator('[data-node="0:0"]')).toHaveAttribute('data-a', '1e+307');
  const coordinates = await page
    .locator('.boundary__point')
    .evaluateAll((marks) =>
      marks.flatMap((m) => ['cx', 'cy', 'x', 'y'].map((a) => m.getAttribute(a) ?? '0')),
    );
  expect(coordinates.filter((c) => !Number.isFinite(Number(c)))).toEqual([]);
});

/** Console errors and CSP violations of `page`, collected from the first script on. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
  });
  return problems;
}

/** An inline script injected into the page must be refused: the policy is really in force. */
async function expectInlineScriptRefused(page: Page) {
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 0));
    return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
  });
  expect(ran).toBe(false);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations))
    .toEqual(['script-src-elem']);
}

async function stepAndPlay(page: Page) {
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.locator('input[aria-label="Speed"]').fill('10');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('step-count')).not.toContainText('Updates 1 ');
  await page.getByRole('button', { name: 'Pause' }).click();
}

base('the app runs under its Content-Security-Policy with no violation', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("connect-src 'none'");
  await stepAndPlay(page);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(problems).toEqual([]);
  await expectInlineScriptRefused(page);
});

base('the one-file build runs under its hash-based policy with no violation', async ({ page }) => {
  const file = join(resolve('dist-single'), 'index.html');
  expect(readFileSync(file, 'utf8')).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  const problems = await watch(page);
  await page.goto(pathToFileURL(file).href);
  await stepAndPlay(page);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(problems).toEqual([]);
  await expectInlineScriptRefused(page);
});
