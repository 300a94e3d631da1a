/**
 * Issue 12, bounded memory: Play at top speed (Speed 10) on 2-8×6-1 (six tanh hidden layers of 8,
 * sigmoid output, BCE; 400 two-ring points, batch 10) for BENCH_MEMORY_MINUTES (default 5), with the
 * graph, the loss chart and the decision boundary on screen. Every BENCH_MEMORY_SAMPLE_S seconds
 * (default 60) it forces a full GC over CDP (HeapProfiler.collectGarbage) and reads the JS heap
 * (Runtime.getHeapUsage). Reports the heap after GC per sample and the growth in MB/min: the
 * least-squares slope over the samples after the first minute (while the loss curve fills up to its
 * bound, and the undo stack to its 500 entries, the heap grows by design). Target: below 0.5 MB/min.
 */
import { test, expect } from '@playwright/test';
import { browserLine, importScenario } from './stats';
import { deepRingsScenario } from './playing';

const MINUTES = Number(process.env.BENCH_MEMORY_MINUTES ?? 5);
const SAMPLE_S = Number(process.env.BENCH_MEMORY_SAMPLE_S ?? 60);
const WARM_UP_S = Number(process.env.BENCH_MEMORY_WARM_UP_S ?? 60);

/** Least-squares slope of y over x. */
function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx > 0 ? sxy / sxx : NaN;
}

test('memory stays flat during top-speed Play on 2-8×6-1', async ({ page }) => {
  test.setTimeout((MINUTES * 60 + 120) * 1000);
  await page.goto('./');
  await importScenario(page, deepRingsScenario(), 'deep.json');
  await expect(page.locator('[data-node="7:0"]')).toBeVisible();
  await page.locator('input[aria-label="Speed"]').fill('10');
  const cdp = await page.context().newCDPSession(page);
  const heapAfterGc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  };
  const updates = async () =>
    Number(/Updates\s+(\d+)/.exec((await page.getByTestId('step-count').textContent()) ?? '')?.[1]);

  console.log(`-- ${await browserLine(page)}; ${MINUTES} min of Play, heap after GC every ${SAMPLE_S} s`);
  const samples: { x: number; y: number }[] = [{ x: 0, y: await heapAfterGc() }];
  console.log(`  0.0 min  ${samples[0]!.y.toFixed(2)} MB  (before Play)`);
  await page.getByRole('button', { name: 'Play' }).click();
  const start = Date.now();
  for (let k = 1; k * SAMPLE_S <= MINUTES * 60; k++) {
    await page.waitForTimeout(start + k * SAMPLE_S * 1000 - Date.now());
    await expect(page.getByRole('button', { name: 'Pause' }), 'still playing, no error').toBeVisible();
    const minutes = (Date.now() - start) / 60_000;
    const heap = await heapAfterGc();
    samples.push({ x: minutes, y: heap });
    console.log(`  ${minutes.toFixed(1)} min  ${heap.toFixed(2)} MB  updates ${await updates()}`);
  }
  await page.getByRole('button', { name: 'Pause' }).click();
  const settled = samples.filter((s) => s.x * 60 >= WARM_UP_S - 1);
  const growth = settled.length >= 2 ? slope(settled) : NaN;
  console.log(
    `RESULT heap growth after the first ${WARM_UP_S} s: ${growth.toFixed(3)} MB/min over ${settled.length} ` +
      `samples (target < 0.5 MB/min); ${samples.at(-1)!.y.toFixed(2)} MB at the end`,
  );
});
