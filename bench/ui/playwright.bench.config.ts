/**
 * Browser benchmarks (`npm run bench:ui`): the project's Chromium launch options, viewport and
 * `vite preview` server, but the specs under bench/ui, one worker, no retries and a long timeout.
 * They print figures with console.log rather than assert them, so a slow machine reports, not fails.
 * Set BENCH_URL to bench a server started by hand (e.g. `vite build --minify false --outDir …` and
 * `vite preview --outDir … --port 4190`), so CPU profiles name React's and the app's functions.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import project from '../../playwright.config';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { webServer, use, ...shared } = project;
const benchUrl = process.env.BENCH_URL;

export default defineConfig({
  ...shared,
  testDir: '.',
  testMatch: '**/*.bench.ts',
  timeout: 600_000,
  retries: 0,
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  outputDir: fileURLToPath(new URL('../../test-results/bench-ui', import.meta.url)),
  use: benchUrl ? { ...use, baseURL: benchUrl } : { ...use },
  // Playwright starts the server in the config's folder; vite preview must run at the project root.
  ...(benchUrl || !webServer || Array.isArray(webServer) ? {} : { webServer: { ...webServer, cwd: root } }),
});
