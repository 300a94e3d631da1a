/**
 * Play on the built app, measured in the page: frames per second from requestAnimationFrame
 * callbacks, samples trained from the update counter, heatmap revisions; and the largest network
 * the UI takes on a 400-point two-ring data set, for the Play benchmarks.
 */
import type { Page } from '@playwright/test';
import { seeded } from './stats';

/**
 * A tanh network with a sigmoid output and BCE on 400 two-ring points, batch 10, SGD η = 0.03, its
 * weights drawn from `seed` (uniform, ±√(1/fan-in)) so every run starts alike.
 */
export function ringsScenario(sizes: readonly number[], seed: number) {
  const random = seeded(seed);
  const layers = sizes.slice(1).map((out, l) => ({
    W: Array.from({ length: out }, () =>
      Array.from({ length: sizes[l]! }, () => (random() * 2 - 1) * Math.sqrt(1 / sizes[l]!)),
    ),
    b: Array.from({ length: out }, () => 0),
    activation: l === sizes.length - 2 ? 'sigmoid' : 'tanh',
  }));
  return {
    format: 'backprop-lab.scenario',
    version: 1,
    model: { layers, loss: 'bce' },
    // No "data": the parser generates the set from these options.
    dataset: { kind: 'rings', count: 400, noise: 0.1, testFraction: 0, seed: 1 },
    features: ['x1', 'x2'],
    optimizer: { kind: 'sgd', learningRate: 0.03 },
    batchSize: 10,
    seed: 1,
  };
}

/** 2-8×6-1 (six tanh hidden layers of 8): the largest network the UI takes. */
export function deepRingsScenario() {
  return ringsScenario([2, 8, 8, 8, 8, 8, 8, 1], 12);
}

export interface PlayRun {
  seconds: number;
  frames: number;
  intervals: number[];
  updates: number;
  revisions: number;
}

/** Count frames and read the counter for `ms` while Play runs; the page does all timing itself. */
export async function measurePlay(page: Page, ms: number, mark: boolean): Promise<PlayRun> {
  return page.evaluate(
    ({ ms, mark }) =>
      new Promise<PlayRun>((resolve) => {
        const counter = document.querySelector('[data-testid="step-count"]')!;
        const canvas = document.querySelector('canvas[data-testid="decision-boundary"]')!;
        const updatesNow = () => Number(/Updates\s+(\d+)/.exec(counter.textContent ?? '')?.[1] ?? NaN);
        const revisions = new Set<string | null>();
        const intervals: number[] = [];
        let first = NaN;
        let last = NaN;
        let startUpdates = NaN;
        let frames = 0;
        const tick = (now: number) => {
          if (Number.isNaN(first)) {
            first = now;
            startUpdates = updatesNow();
          } else intervals.push(now - last);
          last = now;
          frames += 1;
          revisions.add(canvas.getAttribute('data-revision'));
          if (now - first < ms) requestAnimationFrame(tick);
          else {
            if (mark) performance.measure('bench:play frame', { start: first, end: now });
            resolve({
              seconds: (now - first) / 1000,
              frames: frames - 1,
              intervals,
              updates: updatesNow() - startUpdates,
              revisions: revisions.size,
            });
          }
        };
        requestAnimationFrame(tick);
      }),
    { ms, mark },
  );
}
