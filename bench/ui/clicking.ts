/**
 * Clicking through training iterations on the 2-8-8-8-8-8-8-1 network and timing each click in the
 * page (see clicks.bench.ts for what is timed and why).
 */
import type { Page } from '@playwright/test';
import { seeded } from './stats';

const SIZES = [2, 8, 8, 8, 8, 8, 8, 1];

export function deepScenario() {
  const random = seeded(20240607);
  const layers = SIZES.slice(1).map((out, l) => {
    const inSize = SIZES[l]!;
    const scale = Math.sqrt(1 / inSize);
    return {
      W: Array.from({ length: out }, () => Array.from({ length: inSize }, () => (random() * 2 - 1) * scale)),
      b: Array.from({ length: out }, () => (random() * 2 - 1) * 0.1),
      activation: l === SIZES.length - 2 ? 'sigmoid' : 'tanh',
    };
  });
  return {
    format: 'backprop-lab.scenario',
    version: 1,
    model: { layers, loss: 'bce' },
    data: [
      { x: [0.5, -0.3], y: [1] },
      { x: [-0.7, 0.2], y: [0] },
      { x: [0.1, 0.9], y: [1] },
      { x: [-0.4, -0.8], y: [0] },
    ],
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batchSize: 1,
    seed: 7,
  };
}

export type Kind = 'Forward' | 'Backward' | 'Update';
export interface Click {
  kind: Kind;
  work: number;
  nextFrame: number;
  flushed: boolean;
}

/** Script clicks: the next enabled sub-step of Update > Backward > Forward, timed in the page. */
export async function scriptClicks(
  page: Page,
  count: number,
  profile = false,
): Promise<{ clicks: Click[]; longTasks: number[] }> {
  return page.evaluate(
    async ({ count, profile }) => {
      const button = (name: string) =>
        [...document.querySelectorAll<HTMLButtonElement>('button.step-button')].find(
          (b) => b.textContent === name,
        )!;
      const buttons = { Forward: button('Forward'), Backward: button('Backward'), Update: button('Update') };
      const svg = document.querySelector('svg.graph-svg')!;
      const next = document.querySelector('output.next-step, output[data-testid="next-step"]')!;
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      const clicks: { kind: Kind; work: number; nextFrame: number; flushed: boolean }[] = [];
      for (let k = 0; k < count; k++) {
        const kind: Kind = !buttons.Update.disabled
          ? 'Update'
          : !buttons.Backward.disabled
            ? 'Backward'
            : 'Forward';
        const before = next.textContent;
        // Queued before the click so it runs first in the next frame, ahead of anything the click queues.
        const frameDone = new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const start = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const end = performance.now();
              performance.measure(`bench:next frame#${k}`, { start, end });
              resolve(end - start);
            };
            channel.port2.postMessage(null);
          }),
        );
        // With `profile`, each click's work is a separate CPU profile (its timing then includes the profiler's).
        if (profile) console.profile(`${kind}#${k}`);
        const t0 = performance.now();
        buttons[kind].click();
        // React 19 schedules the sync-lane render in a microtask queued by the click; this await runs after it.
        await Promise.resolve();
        svg.getBoundingClientRect();
        const t1 = performance.now();
        if (profile) console.profileEnd(`${kind}#${k}`);
        const flushed = next.textContent !== before;
        performance.measure(`bench:${kind}#${k}`, { start: t0, end: t1 });
        const nextFrame = await frameDone;
        await frame();
        await frame();
        // The whole cycle also holds work the click causes later, e.g. a ResizeObserver re-render.
        performance.measure(`bench:${kind} cycle#${k}`, { start: t0, end: performance.now() });
        clicks.push({ kind, work: t1 - t0, nextFrame, flushed });
      }
      observer.disconnect();
      return { clicks, longTasks };
    },
    { count, profile },
  );
}

/** Real mouse clicks; the page's window listeners time each from dispatch to forced layout. */
export async function realClicks(page: Page, count: number): Promise<{ kind: Kind; work: number }[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __clickTimes: number[]; __t0: number };
    w.__clickTimes = [];
    const svg = document.querySelector('svg.graph-svg')!;
    window.addEventListener('click', () => (w.__t0 = performance.now()), { capture: true });
    window.addEventListener('click', () => {
      svg.getBoundingClientRect();
      w.__clickTimes.push(performance.now() - w.__t0);
    });
  });
  const kinds: Kind[] = [];
  for (let k = 0; k < count; k++) {
    const enabled = async (name: Kind) => page.getByRole('button', { name, exact: true }).isEnabled();
    const kind: Kind = (await enabled('Update'))
      ? 'Update'
      : (await enabled('Backward'))
        ? 'Backward'
        : 'Forward';
    await page.getByRole('button', { name: kind, exact: true }).click();
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    kinds.push(kind);
  }
  const times = await page.evaluate(() => (window as unknown as { __clickTimes: number[] }).__clickTimes);
  return kinds.map((kind, k) => ({ kind, work: times[k]! }));
}
