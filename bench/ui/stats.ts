/** Summaries for the browser benchmarks: percentiles by nearest rank, printed in one line each. */
import type { Page } from '@playwright/test';

/** The p-th percentile (0–100) of `values` by nearest rank; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function summary(label: string, values: readonly number[], unit = 'ms'): string {
  const mean = values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
  const f = (v: number) => v.toFixed(2);
  return (
    `${label.padEnd(20)} n=${String(values.length).padStart(4)}  median ${f(median(values))} ${unit}` +
    `  p95 ${f(percentile(values, 95))} ${unit}  mean ${f(mean)} ${unit}  max ${f(Math.max(...values))} ${unit}`
  );
}

/** Upload a scenario object through the file input, as a teacher loading a lesson would. */
export async function importScenario(page: Page, scenario: unknown, name = 'bench.json'): Promise<void> {
  await page.locator('input[type=file][aria-label="Import scenario"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
}

/** A small seeded generator (mulberry32) so the benchmark networks are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chromium's name and version, for the report. */
export async function browserLine(page: Page): Promise<string> {
  const version = page.context().browser()?.version() ?? 'unknown';
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  return `Chromium ${version}, headless, ${cores} cores visible to the page`;
}

/** The port of the build without the diagnosis panel (playwright.bench.config.ts serves it): E2E_PORT + 1. */
export const WITHOUT_DIAGNOSIS_PORT = Number(process.env.E2E_PORT ?? 4173) + 1;

/** Where that build is: BENCH_URL_WITHOUT_DIAGNOSIS (a server started by hand), else the bench's own. */
export const WITHOUT_DIAGNOSIS_URL =
  process.env.BENCH_URL_WITHOUT_DIAGNOSIS ?? `http://127.0.0.1:${WITHOUT_DIAGNOSIS_PORT}/`;
