/**
 * `npm run build:single`: the whole app in one self-contained HTML file (dist-single/index.html) that
 * runs from file:// with no server and no network. A separate config so the normal build keeps its
 * code splitting (the single file inlines every chunk, dynamic imports included).
 */
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspHashesForInlineScripts } from './build/csp.ts';
import { katexWoff2Only } from './vite.config';
import { katexUsedFontsOnly } from './build/katexFonts.ts';

/** The favicon as a data: URL, so the page asks for no other file. */
function inlineFavicon(): Plugin {
  return {
    name: 'backprop-lab:inline-favicon',
    transformIndexHtml(html) {
      const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8');
      const dataUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      return html.replace('href="./favicon.svg"', `href="${dataUrl}"`);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    katexWoff2Only(),
    katexUsedFontsOnly(),
    inlineFavicon(),
    viteSingleFile({ removeViteModuleLoader: true }),
    cspHashesForInlineScripts(),
  ],
  base: './',
  // public/ holds only the favicon, inlined above rather than copied beside the file.
  publicDir: false,
  build: { target: 'es2022', sourcemap: false, outDir: 'dist-single', emptyOutDir: true },
});
