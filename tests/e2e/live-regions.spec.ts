/**
 * Live regions stay quiet while Play runs (a screen reader would otherwise read every frame's loss)
 * and Pause says once what happened.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Start counting changes inside live regions, judged by the region's liveness at that moment. */
async function countLiveMutations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const live = (node: Node | null): boolean => {
      for (
        let element = node instanceof Element ? node : node?.parentElement;
        element;
        element = element.parentElement
      ) {
        const ariaLive = element.getAttribute('aria-live');
        if (ariaLive !== null) return ariaLive !== 'off';
        const role = element.getAttribute('role');
        if (role && ['status', 'alert', 'log', 'timer', 'marquee'].includes(role)) return true;
        if (!role && element.tagName === 'OUTPUT') return true;
      }
      return false;
    };
    const record = window as unknown as { liveMutations: string[] };
    record.liveMutations = [];
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (live(mutation.target)) record.liveMutations.push(mutation.target.textContent ?? '');
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

function liveMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { liveMutations: string[] }).liveMutations);
}

function updatesShown(page: Page): Promise<number> {
  return page
    .getByTestId('step-count')
    .innerText()
    .then((text) => Number(/Updates (\d+)/.exec(text)?.[1]));
}

for (const speed of ['default', 'top'] as const) {
  test(`2 s of Play at ${speed} speed change live regions at most twice, and Pause says what happened`, async ({
    appPage: page,
  }) => {
    if (speed === 'top') {
      await page.getByRole('slider', { name: 'Speed' }).focus();
      await page.keyboard.press('End');
    }
    const before = await updatesShown(page);
    await countLiveMutations(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const started = Date.now();
    // The loss readout keeps changing on screen: Play really runs while the regions are quiet.
    await expect(page.getByTestId('step-count')).not.toHaveText(/Updates 0 /);
    const shownAtStart = await page.getByTestId('loss-value').innerText();
    await expect(page.getByTestId('loss-value')).not.toHaveText(shownAtStart);
    await page.waitForTimeout(Math.max(0, 2000 - (Date.now() - started)));
    const duringPlay = await liveMutations(page);
    console.log(`live-region mutations during 2 s of Play (${speed} speed): ${duringPlay.length}`);
    expect(duringPlay.length).toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const steps = (await updatesShown(page)) - before;
    const loss = await page.getByTestId('loss-value').innerText();
    await expect(page.getByTestId('play-summary')).toHaveText(
      `Paused after ${steps} ${steps === 1 ? 'step' : 'steps'}, loss ${loss}`,
    );
    await expect(page.getByTestId('play-summary')).toHaveRole('status');
  });
}
