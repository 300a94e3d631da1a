import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspOffInDev } from './build/csp.ts';
import type { Plugin } from 'vite';

/**
 * KaTeX's stylesheet offers each font as woff2, woff and ttf. Every browser the app runs in takes
 * woff2, so the others only add files to dist/ and, inlined, about 1 MB to the one-file build.
 */
export function katexWoff2Only(): Plugin {
  return {
    name: 'backprop-lab:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '');
    },
  };
}

/**
 * Relative asset paths by default, so dist/ works from any folder of any static host. BASE_PATH sets an
 * absolute one instead (the GitHub Pages workflow passes "/<repo>/").
 */
const base = process.env.BASE_PATH || './';

export default defineConfig({
  plugins: [react(), katexWoff2Only(), cspOffInDev()],
  base,
  build: { target: 'es2022', sourcemap: false },
  test: {
    // Most tests are pure maths and state; component tests opt into jsdom with a file pragma.
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // The suite runs on two shared cores: ESLint's first start and the long Play tests take 5–9 s
    // there under load. A test that hangs still fails, only later.
    testTimeout: 20_000,
    // `npm run coverage:store`: the store's own tests (no React) must take ≥ 85 % of its branches.
    coverage: {
      provider: 'v8',
      include: ['src/store/**'],
      // Type-only modules and the re-exporting index have no code to run.
      exclude: ['src/store/**/types.ts', 'src/store/**/index.ts'],
      reporter: ['text', 'text-summary'],
      thresholds: { 'src/store/**': { branches: 85 } },
    },
  },
});
