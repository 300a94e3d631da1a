/**
 * Keeping and sharing a lesson (issue 8, parts 1 and 2): a reload mid-lesson restores every number
 * of the graph and the next sub-step; the link in the address (or from Copy link) opens the same
 * lesson in another browser; a damaged link or a corrupt saved lesson opens the default lesson with
 * a message; a link wins over the saved lesson. Each test starts in a fresh browser context, so with
 * empty storage.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, choosePreset } from './fixtures';
import { readGraph, type GraphSnapshot } from './helpers/graphDom';
import { PRESET_LABELS } from './helpers/lessons';
import { createAppStore, encodeLink, serializeLesson, SAVED_LESSON_KEY } from '../../src/store';

/** Everything a reload must bring back: every graph attribute and label, the step, loss and inputs. */
async function lessonView(page: Page): Promise<{
  graph: GraphSnapshot;
  next: string;
  loss: string;
  preset: string;
  learningRate: string;
  optimizer: string;
  input: string;
}> {
  const sample = page.getByRole('region', { name: 'Current sample' });
  return {
    graph: await readGraph(page),
    next: (await page.locator('.next-step').textContent()) ?? '',
    loss: (await page.getByTestId('loss-value').textContent()) ?? '',
    preset: await page.getByRole('combobox', { name: 'Preset' }).inputValue(),
    learningRate: await page.locator('input[aria-label="Learning rate"]').inputValue(),
    optimizer: await page.getByRole('combobox', { name: 'Optimizer' }).inputValue(),
    input: await sample.getByRole('textbox', { name: 'Input x1' }).inputValue(),
  };
}

const click = (page: Page, name: 'Forward' | 'Backward' | 'Step') =>
  page.getByRole('button', { name, exact: true }).click();

/** The deep sigmoid lesson with momentum, a typed input, one whole iteration, then Forward to the
 * loss and Backward through three of its six layers, one layer per click. */
async function midLesson(page: Page): Promise<void> {
  await choosePreset(page, PRESET_LABELS.vanishing);
  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Momentum (μ = 0.9)' });
  const input = page
    .getByRole('region', { name: 'Current sample' })
    .getByRole('textbox', { name: 'Input x1' });
  await input.fill('1/3');
  await input.press('Enter');
  await click(page, 'Step');
  for (let k = 0; k < 7; k++) await click(page, 'Forward');
  for (let k = 0; k < 3; k++) await click(page, 'Backward');
  await expect(page.locator('.next-step')).toHaveText('Next: backward layer 3');
}

/** The link Copy link gives, once the address has caught up with it (it follows when changes settle). */
async function settledLink(page: Page): Promise<string> {
  const copied = await copyLink(page);
  await expect.poll(() => page.url()).toBe(copied);
  return copied;
}

/** Put `value` in the saved lesson before the app's first start in this context (once only). */
function seedSavedLesson(context: BrowserContext, value: string) {
  return context.addInitScript(
    ([key, text]) => {
      if (!localStorage.getItem('test.seeded')) {
        localStorage.setItem(key, text);
        localStorage.setItem('test.seeded', '1');
      }
    },
    [SAVED_LESSON_KEY, value] as const,
  );
}

async function copyLink(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A page in a new browser context (no storage, no history), failing on console errors. */
async function freshPage(browser: Browser, baseURL: string | undefined, init?: () => void) {
  const context: BrowserContext = await browser.newContext({
    baseURL: baseURL ?? '',
    viewport: { width: 1280, height: 720 },
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { context, page, problems };
}

test('a reload mid-lesson restores every number on the graph and the next sub-step', async ({
  appPage: page,
}) => {
  await midLesson(page);
  const before = await lessonView(page);
  expect(Object.keys(before.graph).length).toBeGreaterThan(20);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Forward' })).toBeVisible();
  expect(await lessonView(page)).toEqual(before);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // And it goes on from there: the next Backward is layer 3's.
  await click(page, 'Backward');
  await expect(page.locator('.next-step')).toHaveText('Next: backward layer 2');
});

test('after Play and Pause, a reload restores the weights, the counter and the loss curve', async ({
  appPage: page,
}) => {
  await choosePreset(page, PRESET_LABELS.xor);
  await page.locator('input[aria-label="Speed"]').fill('8');
  const counter = page.getByTestId('step-count');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(counter).not.toContainText('Updates 0 ');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const curve = page.locator('svg[data-testid="loss-chart"] path.loss-chart__series');
  const before = {
    view: await lessonView(page),
    counter: await counter.textContent(),
    curve: await curve.evaluateAll((paths) => paths.map((path) => path.getAttribute('d'))),
  };
  expect(before.curve.length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Forward' })).toBeVisible();
  expect({
    view: await lessonView(page),
    counter: await counter.textContent(),
    curve: await curve.evaluateAll((paths) => paths.map((path) => path.getAttribute('d'))),
  }).toEqual(before);
});

test('the address and Copy link open the same lesson in a fresh browser', async ({
  appPage: page,
  browser,
  baseURL,
}) => {
  await midLesson(page);
  const before = await lessonView(page);
  const link = await settledLink(page);
  expect(link).toContain('#lesson=');

  const other = await freshPage(browser, baseURL);
  await other.page.goto(link);
  await expect(other.page.getByRole('button', { name: 'Forward' })).toBeVisible();
  expect(await lessonView(other.page)).toEqual(before);
  expect(other.problems).toEqual([]);
  await other.context.close();
});

test('a damaged link opens the default lesson with a message, and the address is mended', async ({
  appPage: page,
}) => {
  const fresh = await lessonView(page);
  await click(page, 'Forward');
  await click(page, 'Forward');
  const stepped = await lessonView(page);
  // Pasted into the open page (only the hash changes): refused, the lesson stays.
  await page.goto('./#lesson=bm90LWEtbGVzc29u');
  await expect(page.getByRole('alert')).toHaveText(/This link is damaged .*the lesson stays as it was/);
  expect(await lessonView(page)).toEqual(stepped);
  // Opened afresh: the default lesson (not the saved one), with a message.
  await page.goto('about:blank');
  await page.goto('./#lesson=bm90LWEtbGVzc29u');
  await expect(page.getByRole('alert')).toHaveText(/This link is damaged or incomplete/);
  expect(await lessonView(page)).toEqual(fresh);
  await expect.poll(() => page.url()).not.toContain('bm90LWEtbGVzc29u');
});

test('a corrupt or outdated saved lesson is ignored with a message, never a blank page', async ({
  browser,
  baseURL,
}) => {
  const cases = [
    ['{"format":"backprop-lab.scenario","version":1,"model":{"lay', /could not be read/],
    ['{"format":"backprop-lab.scenario","version":0}', /from another version/],
  ] as const;
  for (const [saved, message] of cases) {
    const { context, page, problems } = await freshPage(browser, baseURL);
    await seedSavedLesson(context, saved);
    await page.goto('./');
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('relu-bce');
    await expect(page.locator('[data-edge="1:0:0"]')).toHaveAttribute('data-w', '0.5');
    expect(problems).toEqual([]);
    await context.close();
  }
});

test('without a link the saved lesson opens; a link wins over it', async ({ browser, baseURL }) => {
  const saved = createAppStore({ preset: 'xor' });
  saved.getState().step();
  const sent = createAppStore({ preset: 'textbook' });
  sent.getState().setLearningRate(0.1);
  const link = await encodeLink(sent.getState());

  const { context, page, problems } = await freshPage(browser, baseURL);
  await seedSavedLesson(context, serializeLesson(saved.getState()));
  await page.goto('./');
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('xor');
  await expect(page.getByTestId('loss-value')).not.toHaveText('not computed yet');

  // Opened in a new tab, the link wins over the saved XOR lesson.
  const linked = await context.newPage();
  linked.on('pageerror', (error) => problems.push(error.message));
  await linked.goto(`./${link}`);
  await expect(linked.getByRole('combobox', { name: 'Preset' })).toHaveValue('textbook');
  await expect(linked.locator('input[aria-label="Learning rate"]')).toHaveValue('0.1');
  await expect(linked.getByRole('alert')).toHaveCount(0);

  // Pasted into the address bar of the open XOR page (only the hash changes), it opens there too.
  await page.goto(`./${link}`);
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('textbook');
  await expect(page.locator('input[aria-label="Learning rate"]')).toHaveValue('0.1');
  expect(problems).toEqual([]);
  await context.close();
});

test('New lesson opens the default lesson and forgets the saved one', async ({ appPage: page }) => {
  await midLesson(page);
  await page.getByRole('button', { name: 'New lesson' }).click();
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('relu-bce');
  const fresh = await lessonView(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Forward' })).toBeVisible();
  expect(await lessonView(page)).toEqual(fresh);
});

test('without a clipboard, Copy link shows the link to copy by hand', async ({ appPage: page }) => {
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this lesson' });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(/#lesson=/);
  await expect(field).toBeFocused();
});
