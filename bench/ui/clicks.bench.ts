/**
 * Issues 3 and 13, Speed: the main-thread work of one Forward, Backward or Update click on the largest
 * network the UI takes (2-8-8-8-8-8-8-1), in both step sizes (one layer per click, a whole pass per
 * click), in headless Chromium on the built app.
 *
 * Two ways, so each checks the other:
 * - script clicks: t0, button.click(), let React's sync-lane microtask run, force style and layout
 *   (getBoundingClientRect of the graph), t1. Between clicks two animation frames pass; the frame
 *   right after a click is timed too (from a rAF queued before the click, so it runs first, to a
 *   message posted from it, which runs once that frame's rAF work, style, layout and paint are done).
 * - real clicks (CDP mouse input via Playwright): a window capture listener takes t0 before React's
 *   root listener; a window bubble listener runs after React flushed in the post-listener microtask
 *   checkpoint, forces layout and takes t1. A PerformanceObserver counts long tasks (> 50 ms).
 * A Chrome trace then sums, per kind, what ran inside each click window, the frame after it and the
 * whole cycle up to the next click (which also holds work the click triggers later, such as a
 * ResizeObserver re-render when the page's header changes height), and per-click CPU profiles
 * name the functions. A ResizeObserver on the graph counts how often its container changed size:
 * each change re-runs the graph layout and re-renders every element. Last, the CPU (thread) time of
 * each click from a trace (cpuTime.ts): on a loaded machine the wall-clock figures mostly measure the
 * wait for a core, the CPU time what the click itself costs.
 */
import os from 'node:os';
import { test, expect } from '@playwright/test';
import { printTrace, profileConsoleWindows, summariseTrace, TRACE_CATEGORIES } from './profile';
import { browserLine, importScenario, median, percentile, summary } from './stats';
import { deepScenario, realClicks, scriptClicks, type Kind } from './clicking';
import { cpuClicks, type CpuClick } from './cpuTime';

const WARMUP_CLICKS = 48;
// One layer: 16 iterations of 8 Forward + 7 Backward + 1 Update; whole pass: 85 of Forward, Backward, Update.
const MEASURED_CLICKS = 256;
const REAL_CLICKS = 96;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CPU_CLICKS = 96;

function printKinds<C extends { kind: Kind }>(
  label: string,
  clicks: readonly C[],
  value: (click: C) => number,
) {
  for (const kind of ['Forward', 'Backward', 'Update'] as const) {
    console.log(summary(`${label} ${kind}`, clicks.filter((c) => c.kind === kind).map(value)));
  }
  console.log(summary(`${label} all`, clicks.map(value)));
}

for (const stepSize of ['One layer', 'Whole pass'] as const)
  test(`click cost on a 2-8-8-8-8-8-8-1 network, ${stepSize.toLowerCase()} per click`, async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Forward' })).toBeVisible();
    await importScenario(page, deepScenario(), 'deep.json');
    await expect(page.locator('[data-node="7:0"]')).toBeVisible();
    await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: stepSize });
    console.log(`== step size: ${stepSize}`);
    console.log(await browserLine(page));
    console.log(
      `load average at start: ${os
        .loadavg()
        .map((v) => v.toFixed(2))
        .join(' ')}`,
    );
    console.log(`graph elements: ${await page.locator('svg.graph-svg *').count()} SVG nodes`);

    await page.evaluate(() => {
      const counter = window as unknown as { __graphResizes: number };
      counter.__graphResizes = 0;
      new ResizeObserver(() => (counter.__graphResizes += 1)).observe(
        document.querySelector('.network-graph')!,
      );
    });
    const graphResizes = () =>
      page.evaluate(() => {
        const counter = window as unknown as { __graphResizes: number };
        const seen = counter.__graphResizes;
        counter.__graphResizes = 0;
        return seen;
      });

    const medians: number[] = [];
    const p95s: number[] = [];
    const pooled: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      await scriptClicks(page, WARMUP_CLICKS);
      await graphResizes();
      const { clicks, longTasks } = await scriptClicks(page, MEASURED_CLICKS);
      const resizes = await graphResizes();
      expect(
        clicks.every((c) => c.flushed),
        'React rendered before t1 on every click',
      ).toBe(true);
      console.log(`-- round ${round}: script clicks (handler + render + commit + style + layout)`);
      printKinds('click', clicks, (c) => c.work);
      printKinds('next frame', clicks, (c) => c.nextFrame);
      console.log(
        summary(
          'click + next frame',
          clicks.map((c) => c.work + c.nextFrame),
        ),
      );
      console.log(
        `long tasks (> 50 ms) during the round: ${longTasks.length} [${longTasks.map((d) => d.toFixed(0)).join(', ')}]; ` +
          `graph container resized ${resizes} times in ${clicks.length} clicks`,
      );
      const all = clicks.map((c) => c.work);
      pooled.push(...all);
      medians.push(median(all));
      p95s.push(percentile(all, 95));
    }
    console.log(
      '-- where the time goes: Chrome trace of 64 script clicks, then CPU profiles of 64 more, one per click',
    );
    const browser = page.context().browser()!;
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await scriptClicks(page, 64);
    printTrace(summariseTrace((await browser.stopTracing()).toString('utf8')));
    await profileConsoleWindows(page, () => scriptClicks(page, 64, true));
    console.log(
      `-- CPU time per click: thread time of the task running ${CPU_CLICKS} clicks (click, render, commit, style, layout; Chrome trace)`,
    );
    const cpu: CpuClick[] = [];
    for (let round = 0; round < ROUNDS; round++) cpu.push(...(await cpuClicks(browser, page, CPU_CLICKS)));
    printKinds('cpu', cpu, (c) => c.cpu);
    printKinds('cpu style', cpu, (c) => c.style);
    printKinds('cpu layout', cpu, (c) => c.layout);
    console.log('-- real mouse clicks (CDP input, dispatch to forced layout)');
    printKinds('real click', await realClicks(page, REAL_CLICKS), (c) => c.work);
    console.log(
      `RESULT (${stepSize}) click work over ${ROUNDS} rounds: median of medians ${median(medians).toFixed(2)} ms (target ≤ 8), ` +
        `median of p95s ${median(p95s).toFixed(2)} ms (target ≤ 16); all ${pooled.length} clicks pooled: ` +
        `median ${median(pooled).toFixed(2)} ms, p95 ${percentile(pooled, 95).toFixed(2)} ms; per round medians [${medians
          .map((m) => m.toFixed(2))
          .join(', ')}], p95s [${p95s.map((m) => m.toFixed(2)).join(', ')}]; ` +
        `CPU time per click: median ${median(cpu.map((c) => c.cpu)).toFixed(2)} ms, p95 ${percentile(
          cpu.map((c) => c.cpu),
          95,
        ).toFixed(2)} ms`,
    );
  });
