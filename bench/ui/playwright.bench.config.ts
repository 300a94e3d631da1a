/**
 * Browser benchmarks (`npm run bench:ui`): the project's Chromium launch options, viewport and
 * `vite preview` server, but the specs under bench/ui, one worker, no retries and a long timeout.
 * They print figures with console.log rather than assert them, so a slow machine reports, not fails.
 * Set BENCH_URL to bench a server started by hand (e.g. `vite build --minify false --outDir …` and
 * `vite preview --outDir … --port 4190`), so CPU profiles name React's and the app's functions.
 * A second server (port E2E_PORT + 1, or BENCH_URL_WITHOUT_DIAGNOSIS) serves the build without the
 * diagnosis panel (`VITE_BENCH_WITHOUT_DIAGNOSIS=1`, in dist-bench/without-diagnosis), which
 * diagnosis.bench.ts compares against.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import project from '../../playwright.config';
import { WITHOUT_DIAGNOSIS_PORT, WITHOUT_DIAGNOSIS_URL } from './stats';

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
  // Playwright starts the servers in the config's folder; vite preview must run at the project root.
  webServer: [
    ...(benchUrl || !webServer || Array.isArray(webServer) ? [] : [{ ...webServer, cwd: root }]),
    ...(process.env.BENCH_URL_WITHOUT_DIAGNOSIS
      ? []
      : [
          {
            command: `npx vite preview --outDir dist-bench/without-diagnosis --host 127.0.0.1 --port ${WITHOUT_DIAGNOSIS_PORT} --strictPort`,
            url: WITHOUT_DIAGNOSIS_URL,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
            cwd: root,
          },
        ]),
  ],
});
