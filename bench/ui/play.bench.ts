/**
 * Issue 4, Speed: Play at top speed (Speed 10) on a 400-point two-ring data set, 2-8-8-1 (tanh, tanh,
 * sigmoid; bce), batch size 10, with the decision boundary on screen and refreshing, in headless
 * Chromium on the built app.
 *
 * For each run of RUN_MS: frames per second from requestAnimationFrame callbacks counted in the page
 * (and their median interval), samples trained per second from the update counter
 * `[data-testid="step-count"]` read in the same page task as the first and last frame
 * (samples = Δupdates × batch size), and the heatmap's revisions to show it kept redrawing.
 */
import os from 'node:os';
import { test, expect, type Page } from '@playwright/test';
import { printTrace, startProfile, stopProfile, summariseTrace, TRACE_CATEGORIES } from './profile';
import { browserLine, importScenario, median, percentile } from './stats';
import { measurePlay, ringsScenario } from './playing';

/** The scenarios' batch size (ringsScenario). */
const BATCH = 10;
const RUN_MS = Number(process.env.BENCH_PLAY_MS ?? 6000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** BENCH_DIAG=0 skips the trace and the CPU profile (for quick A/B runs). */
const DIAGNOSE = process.env.BENCH_DIAG !== '0';

test('Play at top speed: 400 two-ring points, 2-8-8-1, batch 10, boundary refreshing', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Forward' })).toBeVisible();
  await importScenario(page, ringsScenario([2, 8, 8, 1], 4), 'rings.json');
  await expect(page.locator('[data-node="3:0"]')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Batch size' })).toHaveValue(String(BATCH));
  const canvas = page.locator('canvas[data-testid="decision-boundary"]');
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toBeVisible();
  await page.locator('input[aria-label="Speed"]').fill('10');
  console.log(await browserLine(page));
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.waitForTimeout(1500); // warm-up: JIT, first chart and heatmap builds

  const fpsRuns: number[] = [];
  const rateRuns: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const run = await measurePlay(page, RUN_MS, false);
    const fps = run.frames / run.seconds;
    const samplesPerSecond = (run.updates * BATCH) / run.seconds;
    fpsRuns.push(fps);
    rateRuns.push(samplesPerSecond);
    const slow = run.intervals.filter((d) => d > 20).length;
    console.log(
      `round ${round}: ${run.seconds.toFixed(2)} s, ${run.frames} frames = ${fps.toFixed(1)} fps; ` +
        `frame interval median ${median(run.intervals).toFixed(2)} ms (${(1000 / median(run.intervals)).toFixed(1)} fps), ` +
        `p95 ${percentile(run.intervals, 95).toFixed(2)} ms, ${slow} frames > 20 ms; ` +
        `${run.updates} updates = ${Math.round(samplesPerSecond).toLocaleString('en')} samples/s; ` +
        `${run.revisions} heatmap revisions seen`,
    );
  }
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  if (DIAGNOSE) await diagnose(page);
  await page.getByRole('button', { name: 'Pause' }).click();
  console.log(
    `RESULT Play over ${ROUNDS} runs of ${RUN_MS / 1000} s: median ${median(fpsRuns).toFixed(1)} fps (target ≥ 50), ` +
      `median ${Math.round(median(rateRuns)).toLocaleString('en')} samples/s (target ≥ 100,000); ` +
      `runs fps [${fpsRuns.map((v) => v.toFixed(1)).join(', ')}], samples/s [${rateRuns.map((v) => Math.round(v)).join(', ')}]`,
  );
});

/** What a Play frame spends its time on: a Chrome trace, then a CPU profile, of 2 s each. */
async function diagnose(page: Page): Promise<void> {
  console.log('-- where a frame goes: Chrome trace of 2 s of Play, mean ms per frame');
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const traced = await measurePlay(page, 2000, true);
  const trace = (await browser.stopTracing()).toString('utf8');
  const totals = summariseTrace(trace);
  // Spread the window's totals over its frames.
  for (const byName of totals.values()) for (const [k, v] of byName) byName.set(k, v / traced.frames);
  printTrace(totals);
  console.log(`(traced: ${traced.frames} frames in ${traced.seconds.toFixed(2)} s, tracing slows the page)`);

  console.log('-- CPU profile of 2 s of Play (ms over the 2 s)');
  const cdp = await startProfile(page);
  await page.waitForTimeout(2000);
  await stopProfile(cdp, 30);
}
