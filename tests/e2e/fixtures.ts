/**
 * Shared set-up for the browser tests: every page fails its test on a console error or on a request
 * that leaves the page's own origin (the app must work offline). Each test gets a new browser
 * context, so it starts with empty localStorage: no lesson saved by an earlier test is restored.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ appPage: Page }>({
  appPage: async ({ page, baseURL }, provide) => {
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
    await expect(page.getByRole('button', { name: 'Forward' })).toBeVisible();
    await provide(page);
    expect(problems, 'console errors or outside requests').toEqual([]);
  },
});

export { expect };

/** Load a preset through the menu, as a teacher would. */
export async function choosePreset(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label });
}
