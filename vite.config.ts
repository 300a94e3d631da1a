import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspOffInDev } from './build/csp.ts';

/**
 * Relative asset paths by default, so dist/ works from any folder of any static host. BASE_PATH sets an
 * absolute one instead (the GitHub Pages workflow passes "/<repo>/").
 */
const base = process.env.BASE_PATH || './';

export default defineConfig({
  plugins: [react(), cspOffInDev()],
  base,
  build: { target: 'es2022', sourcemap: false },
  test: {
    // Most tests are pure maths and state; component tests opt into jsdom with a file pragma.
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
