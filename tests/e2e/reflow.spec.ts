/**
 * Reflow (WCAG 1.4.10): at 320 px wide (1280 at 400 % zoom) and at 640 px the page never scrolls
 * sideways, every step button is on screen and works, and the graph scrolls or scales in its own box.
 */
import { test, expect } from './fixtures';

for (const width of [320, 640]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 640 } });

    test('the page does not scroll sideways and the step buttons are visible and work', async ({
      appPage: page,
    }) => {
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

      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'after a step',
      ).toBeLessThanOrEqual(width);

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
