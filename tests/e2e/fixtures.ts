/**
 * Shared set-up for the browser tests: every page fails its test on a console error or on a request
 * that leaves the page's own origin (the app must work offline). Each test gets a new browser
 * context, so it starts with empty localStorage: no lesson saved by an earlier test is restored.
 */
import { test as base, expect, type Page } from '@playwright/test';

/**
 * `appPage` opens the app in English; `zhPage` opens it as a browser set to Chinese sees it (use
 * with `test.use({ locale: 'zh-CN' })`), ready once its Forward button, 前向传播, is there.
 */
export const test = base.extend<{ appPage: Page; zhPage: Page }>({
  appPage: async ({ page, baseURL }, provide) => {
    await openChecked(page, baseURL, 'Forward', provide);
  },
  zhPage: async ({ page, baseURL }, provide) => {
    await openChecked(page, baseURL, '前向传播', provide);
  },
});

async function openChecked(
  page: Page,
  baseURL: string | undefined,
  forwardName: string,
  provide: (page: Page) => Promise<void>,
): Promise<void> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request left the page: ${url}`);
    }
  });
  await page.goto('./');
  await expect(page.getByRole('button', { name: forwardName, exact: true })).toBeVisible();
  await provide(page);
  expect(problems, 'console errors or outside requests').toEqual([]);
}

export { expect };

/** Load a preset through the menu, as a teacher would. */
export async function choosePreset(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label });
}

/** Turn on Predict first (exercise mode) with its checkbox. */
export async function turnOnPredictFirst(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: /^Predict first/ }).check();
}

/** The prediction box of the open question (DOM contract: its name begins "Your prediction"). */
export function predictionBox(page: Page) {
  return page.getByRole('textbox', { name: /^Your prediction/ });
}

export type CodeKind = 'numpy' | 'pytorch';

/**
 * Choose an item of the "Export code…" menu, as a student would, and save the script the browser
 * downloads into `folder` under the name it suggests. Returns that name and the saved path.
 */
export async function exportCode(
  page: Page,
  kind: CodeKind,
  folder: string,
): Promise<{ fileName: string; path: string }> {
  await page.getByRole('button', { name: 'Export code…' }).click();
  const item = page.getByTestId(`export-${kind}`);
  await expect(item).toHaveRole('menuitem');
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const fileName = download.suggestedFilename();
  const path = `${folder}/${fileName}`;
  await download.saveAs(path);
  return { fileName, path };
}
