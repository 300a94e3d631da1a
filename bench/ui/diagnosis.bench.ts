/**
 * Issue 10, Speed: what the diagnosis panel (gradient health and its bars, ‖dL/dW‖ over time, the
 * diagnoses in words, the gradient check button) costs a click and a frame of Play on the largest
 * network the UI takes. Target: at most 1 ms per click, and Play at ≥ 50 fps with the panel on screen.
 *
 * The same app is built twice: as shipped, and with the panel left out (VITE_BENCH_WITHOUT_DIAGNOSIS=1,
 * served beside it, see playwright.bench.config.ts). Both run in one browser, in rounds that
 * alternate, so the machine's load falls on both alike; the panel is scrolled into view, so its
 * style, layout and paint count too.
 * - Clicks: the CPU (thread) time of each Forward, Backward and Update click on 2-8×6-1 in both step
 *   sizes (cpuTime.ts), in the click's own task and from the click to the end of the second frame
 *   after it (which also holds work the click defers). The panel's cost per click is the difference
 *   of the means (every click of an iteration counted, those that redraw the panel and those that
 *   don't) and of the medians.
 * - Play: frames per second at Speed 10 on 2-8×6-1 with 400 two-ring points, batch 10, and the main
 *   thread's CPU time per frame (a trace's task thread times): on a loaded machine the frame rate
 *   says how much CPU the page got, the CPU per frame what it needs.
 */
import os from 'node:os';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { deepScenario, type Kind } from './clicking';
import { cpuClicks, cpuWithinMeasure, CPU_CATEGORIES, type CpuClick } from './cpuTime';
import { deepRingsScenario, measurePlay } from './playing';
import { browserLine, importScenario, median, percentile, WITHOUT_DIAGNOSIS_URL } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CLICKS = 96;
const PLAY_MS = Number(process.env.BENCH_PLAY_MS ?? 5000);

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / (values.length || 1);

async function openPage(browser: Browser, url: string, scenario: unknown): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  await importScenario(page, scenario, 'deep.json');
  await expect(page.locator('[data-node="7:0"]')).toBeVisible();
  const panel = page.locator('.diagnosis-panel');
  if (await panel.count()) await panel.scrollIntoViewIfNeeded();
  return page;
}

function loadLine(): string {
  return `load average ${os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`;
}

/** The two builds, in alternating order, `rounds` times. */
async function alternate<T>(
  pages: readonly [Page, Page],
  rounds: number,
  run: (page: Page) => Promise<T[]>,
): Promise<[T[], T[]]> {
  const results: [T[], T[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      await pages[k]!.bringToFront();
      results[k]!.push(...(await run(pages[k]!)));
    }
  }
  return results;
}

/** Per kind: `value` with the panel and without it, and their difference; returns the difference of the means. */
function compareClicks(
  label: string,
  shown: readonly CpuClick[],
  left: readonly CpuClick[],
  value: (click: CpuClick) => number,
): number {
  const line = (kind: string, a: readonly CpuClick[], b: readonly CpuClick[]) => {
    const with_ = a.map(value).filter((v) => !Number.isNaN(v));
    const without = b.map(value).filter((v) => !Number.isNaN(v));
    const stats = (v: number[]) =>
      `n=${v.length} median ${median(v).toFixed(2)} p95 ${percentile(v, 95).toFixed(2)} mean ${mean(v).toFixed(2)} ms`;
    console.log(
      `${label} ${kind.padEnd(8)} with panel ${stats(with_)} | without ${stats(without)} | ` +
        `panel: median ${(median(with_) - median(without)).toFixed(2)}, mean ${(mean(with_) - mean(without)).toFixed(2)} ms`,
    );
    return mean(with_) - mean(without);
  };
  for (const kind of ['Forward', 'Backward', 'Update'] as Kind[])
    line(
      kind,
      shown.filter((c) => c.kind === kind),
      left.filter((c) => c.kind === kind),
    );
  return line('all', shown, left);
}

for (const stepSize of ['One layer', 'Whole pass'] as const)
  test(`diagnosis panel cost per click on 2-8×6-1, ${stepSize.toLowerCase()} per click`, async ({
    browser,
  }) => {
    const pages = [
      await openPage(browser, './', deepScenario()),
      await openPage(browser, WITHOUT_DIAGNOSIS_URL, deepScenario()),
    ] as const;
    await expect(pages[0].locator('.diagnosis-panel')).toBeVisible();
    await expect(pages[1].locator('.diagnosis-panel')).toHaveCount(0);
    for (const page of pages) {
      await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: stepSize });
      await cpuClicks(browser, page, 48); // warm-up: JIT, and the first iterations' diagnoses
    }
    console.log(`== diagnosis panel, step size ${stepSize}; ${await browserLine(pages[0])}; ${loadLine()}`);
    const [shown, left] = await alternate(pages, ROUNDS, (page) => cpuClicks(browser, page, CLICKS));
    const click = compareClicks('click', shown, left, (c) => c.cpu);
    const cycle = compareClicks('cycle', shown, left, (c) => c.cycle);
    console.log(
      `RESULT (${stepSize}) diagnosis panel cost per click (CPU time, mean with − mean without): ` +
        `${click.toFixed(2)} ms in the click's task (target ≤ 1), ${cycle.toFixed(2)} ms from the click to ` +
        `the end of the second frame after it`,
    );
    for (const page of pages) await page.context().close();
  });

test('Play at top speed on 2-8×6-1 with the diagnosis panel on screen', async ({ browser }) => {
  const pages = [
    await openPage(browser, './', deepRingsScenario()),
    await openPage(browser, WITHOUT_DIAGNOSIS_URL, deepRingsScenario()),
  ] as const;
  for (const page of pages) await page.locator('input[aria-label="Speed"]').fill('10');
  console.log(`== Play, Speed 10, 2-8×6-1, 400 points, batch 10; ${loadLine()}`);
  // One page plays at a time, the two in alternating rounds.
  const [shown, left] = await alternate(pages, ROUNDS, async (page) => {
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.waitForTimeout(1000); // warm-up: JIT, first chart and heatmap builds
    await browser.startTracing(page, { categories: CPU_CATEGORIES });
    const run = await measurePlay(page, PLAY_MS, true);
    const cpu = cpuWithinMeasure((await browser.stopTracing()).toString('utf8'), 'bench:play frame');
    await page.getByRole('button', { name: 'Pause' }).click();
    return [{ fps: run.frames / run.seconds, cpuPerFrame: cpu / run.frames }];
  });
  const list = (runs: number[]) => runs.map((v) => v.toFixed(1)).join(', ');
  const fps = (runs: { fps: number }[]) => runs.map((r) => r.fps);
  const cpu = (runs: { cpuPerFrame: number }[]) => runs.map((r) => r.cpuPerFrame);
  console.log(
    `with the panel: runs [${list(fps(shown))}] fps, main-thread CPU per frame [${list(cpu(shown))}] ms; ` +
      `without: runs [${list(fps(left))}] fps, [${list(cpu(left))}] ms`,
  );
  console.log(
    `RESULT Play on 2-8×6-1 with the diagnosis panel on screen: median ${median(fps(shown)).toFixed(1)} fps ` +
      `(target ≥ 50), main-thread CPU ${median(cpu(shown)).toFixed(2)} ms per frame (≤ 20 ms leaves 50 fps ` +
      `on an idle core); without the panel ${median(fps(left)).toFixed(1)} fps, ${median(cpu(left)).toFixed(2)} ms per frame`,
  );
  for (const page of pages) await page.context().close();
});
