/**
 * The main thread's CPU time of each click, from a Chrome trace. On a machine shared with other
 * work, wall-clock times of a few milliseconds swing by several times (the renderer waits for a
 * core); the thread time of the task that ran the click (its `tdur`) counts only the time the
 * renderer itself ran, so before/after comparisons stay meaningful under load.
 *
 * Each click runs in a task of its own (a posted message): click, React's sync render in the
 * microtask after it, then a forced style and layout, all inside that one task. A performance
 * measure marks the click's window; the trace's task around it gives the thread time.
 */
import type { Browser, Page } from '@playwright/test';
import type { Kind } from './clicking';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface CpuClick {
  kind: Kind;
  /** Thread (CPU) time of the task that ran the click, render, style and layout. */
  cpu: number;
  /** Wall time of that task. */
  wall: number;
  /** Thread time of the style recalculation and of the layout inside the click. */
  style: number;
  layout: number;
  /**
   * Thread time of every task from the click to the end of the second frame after it: the click and
   * what it leaves for later (React's deferred renders, effects, the next frame's rAF work and paint).
   */
  cycle: number;
}

/** Click the next enabled sub-step `count` times, each in a task of its own, two frames apart. */
export async function taskClicks(page: Page, count: number): Promise<void> {
  await page.evaluate(async (count) => {
    const button = (name: string) =>
      [...document.querySelectorAll<HTMLButtonElement>('button.step-button')].find(
        (b) => b.textContent === name,
      )!;
    const buttons = { Forward: button('Forward'), Backward: button('Backward'), Update: button('Update') };
    const svg = document.querySelector('svg.graph-svg')!;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    for (let k = 0; k < count; k++) {
      await frame();
      const t0 = await new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const kind = !buttons.Update.disabled
            ? 'Update'
            : !buttons.Backward.disabled
              ? 'Backward'
              : 'Forward';
          const t0 = performance.now();
          buttons[kind].click();
          // React 19 renders the click's sync-lane update in a microtask queued by the click.
          queueMicrotask(() => {
            svg.getBoundingClientRect();
            performance.measure(`cpu:${kind}#${k}`, { start: t0, end: performance.now() });
            resolve(t0);
          });
        };
        channel.port2.postMessage(null);
      });
      await frame();
      await frame();
      performance.measure(`cpu-cycle#${k}`, { start: t0, end: performance.now() });
    }
  }, count);
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Thread time (ms) of the tasks that start within [start, end] µs, each counted once (not those nested in another). */
function taskTime(tasks: readonly TraceEvent[], start: number, end: number): number {
  let sum = 0;
  let until = -Infinity;
  const within = tasks.filter((t) => t.ts >= start && t.ts <= end).sort((x, y) => x.ts - y.ts);
  for (const t of within) {
    if (t.ts < until) continue;
    sum += t.tdur! / 1000;
    until = t.ts + t.dur!;
  }
  return sum;
}

/** The renderer main thread's events of a trace, and its tasks with thread times. */
function mainThread(json: string) {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = events.filter((e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const timed = main.filter((e) => e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined);
  return { main, timed, tasks: timed.filter((e) => TASKS.has(e.name)) };
}

/** Main-thread CPU time (ms) of the tasks within the page's performance measure `name`. */
export function cpuWithinMeasure(json: string, name: string): number {
  const { main, tasks } = mainThread(json);
  const begin = main.find((e) => e.name === name && e.ph === 'b');
  const end = main.find((e) => e.name === name && e.ph === 'e');
  return begin && end ? taskTime(tasks, begin.ts, end.ts) : NaN;
}

/** One CpuClick per `cpu:` measure of the trace (clicks whose task the trace lacks are left out). */
export function cpuPerClick(json: string): CpuClick[] {
  const { main, timed, tasks } = mainThread(json);
  const windows: { kind: Kind; k: string; start: number; end: number }[] = [];
  const cycles = new Map<string, { start: number; end: number }>();
  const open = new Map<string, number>();
  for (const e of main) {
    if (!e.name.startsWith('cpu')) continue;
    if (e.ph === 'b') open.set(e.name, e.ts);
    if (e.ph !== 'e' || !open.has(e.name)) continue;
    const [label, k] = e.name.split('#') as [string, string];
    const window = { start: open.get(e.name)!, end: e.ts };
    if (label === 'cpu-cycle') cycles.set(k, window);
    else windows.push({ kind: label.slice(4) as Kind, k, ...window });
  }
  const tasksWithin = (start: number, end: number) => taskTime(tasks, start, end);
  const clicks: CpuClick[] = [];
  for (const w of windows) {
    const task = tasks
      .filter((t) => t.ts <= w.start && t.ts + t.dur! >= w.end)
      .sort((a, b) => a.dur! - b.dur!)[0];
    if (!task) continue;
    const inside = (name: string) =>
      timed
        .filter((e) => e.name === name && e.ts >= w.start && e.ts + e.dur! <= w.end + 1)
        .reduce((sum, e) => sum + e.tdur! / 1000, 0);
    clicks.push({
      kind: w.kind,
      cpu: task.tdur! / 1000,
      wall: task.dur! / 1000,
      style: inside('UpdateLayoutTree'),
      layout: inside('Layout'),
      cycle: cycles.has(w.k) ? tasksWithin(task.ts, cycles.get(w.k)!.end) : NaN,
    });
  }
  return clicks;
}

export const CPU_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

/** `count` task clicks on `page` under a trace; their CPU times. */
export async function cpuClicks(browser: Browser, page: Page, count: number): Promise<CpuClick[]> {
  await browser.startTracing(page, { categories: CPU_CATEGORIES });
  await taskClicks(page, count);
  return cpuPerClick((await browser.stopTracing()).toString('utf8'));
}
