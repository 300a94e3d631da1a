/**
 * Reflow (WCAG 1.4.10): at 320 px wide (1280 at 400 % zoom) and at 640 px the page never scrolls
 * sideways, not even for a frame, every step button is on screen and works, and the graph scrolls or
 * scales in its own box.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { recordSidewaysScroll, sidewaysScrolls } from './helpers/sideways';

for (const width of [320, 640]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 640 } });

    test('the page does not scroll sideways and the step buttons are visible and work', async ({
      appPage: page,
    }) => {
      await recordSidewaysScroll(page);
      await page.reload();
      await expect(page.getByRole('button', { name: 'Forward', exact: true })).toBeVisible();
      const overflow = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      console.log(`reflow ${width}px: scrollWidth ${overflow.scrollWidth}, viewport ${overflow.viewport}`);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewport);

      for (const name of ['Forward', 'Backward', 'Update', 'Step', 'Play', 'Undo', 'Redo', 'Reset']) {
        const button = page.getByRole('button', { name, exact: true });
        await expect(button).toBeInViewport();
        const box = (await button.boundingBox())!;
        expect(box.x, name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, name).toBeLessThanOrEqual(width);
      }
      await page.getByRole('button', { name: 'Forward', exact: true }).click();
      await expect(page.locator('[data-node="1:0"]')).toHaveAttribute('data-z', /./);
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await expect(page.getByTestId('step-count')).toContainText('Updates 1');
      // The chart that appears with the first update (the gradient norms of the diagnosis) is drawn.
      await expect(page.getByTestId('gradient-norms')).toBeVisible();

      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'after a step',
      ).toBeLessThanOrEqual(width);
      expect(await sidewaysScrolls(page), 'no frame, from loading to here, scrolled sideways').toEqual([]);

      // The graph stays inside its own box: it scrolls or scales there, not the page.
      const graph = await page.locator('.graph-area').boundingBox();
      expect(graph!.x).toBeGreaterThanOrEqual(0);
      expect(graph!.x + graph!.width).toBeLessThanOrEqual(width);
      expect(graph!.height).toBeGreaterThan(100);

      // Every control of the side panels can be reached: none lies beyond the page's right edge.
      const outside = await page.evaluate((viewport) => {
        const controls = [
          ...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]'),
        ];
        return controls
          .filter((control) => control.getClientRects().length > 0 && !control.closest('.graph-area svg'))
          .filter((control) => {
            const rect = control.getBoundingClientRect();
            return rect.right > viewport + 0.5 || rect.left < -0.5;
          })
          .map(
            (control) => control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName,
          );
      }, width);
      expect(outside).toEqual([]);
    });
  });
}

/**
 * One training iteration, sub-step by sub-step (PageDown), checking after each that the formula of
 * the next sub-step lies inside the 320 px page and the page is no wider than the window.
 * Returns the kinds of formula seen.
 */
async function stepThroughOneIteration(page: Page, typeset: boolean): Promise<Set<string>> {
  const formula = page.getByTestId('step-formula');
  const nextStep = page.getByTestId('next-step');
  const kinds = new Set<string>();
  do {
    const kind = (await formula.getAttribute('data-step'))!;
    kinds.add(kind);
    await expect(formula.locator(`.is-current ${typeset ? '.katex-html' : '.formula-plain'}`)).toBeVisible();
    const box = (await formula.boundingBox())!;
    expect(box.x, `${kind} formula`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${kind} formula`).toBeLessThanOrEqual(320);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      `${kind} formula`,
    ).toBeLessThanOrEqual(320);
    const before = await nextStep.textContent();
    await page.keyboard.press('PageDown');
    await expect(nextStep).not.toHaveText(before!);
  } while (kinds.size < 4 || (await formula.getAttribute('data-step')) !== 'forward');
  return kinds;
}

test.describe('at 320 px wide, the formula of every sub-step', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const { lang, forward } of [
    { lang: 'en', forward: 'Forward' },
    { lang: 'zh-CN', forward: '前向传播' },
  ]) {
    test(`fits, as plain text before KaTeX has loaded and typeset after (${lang})`, async ({
      appPage: page,
    }) => {
      await recordSidewaysScroll(page);
      // KaTeX's chunk waits until the plain formulas have been checked.
      let releaseKatex!: () => void;
      const katexHeld = new Promise<void>((resolve) => (releaseKatex = resolve));
      await page.route('**/katexRender-*.js', async (route) => {
        await katexHeld;
        await route.continue();
      });
      await page.goto(`./?lang=${lang}`);
      await expect(page.getByRole('button', { name: forward, exact: true })).toBeVisible();

      expect(await stepThroughOneIteration(page, false)).toEqual(
        new Set(['forward', 'loss', 'backward', 'update']),
      );
      releaseKatex();
      expect(await stepThroughOneIteration(page, true)).toEqual(
        new Set(['forward', 'loss', 'backward', 'update']),
      );
      expect(await sidewaysScrolls(page), 'no frame scrolled sideways').toEqual([]);
    });
  }
});
