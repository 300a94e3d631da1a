/**
 * The Content-Security-Policy: index.html carries it as a <meta>, so every copy of the built site
 * has it whatever host serves it. These plugins adapt it where the page is built differently:
 * - `vite dev` injects React Refresh's inline preamble and talks to its server over a WebSocket, both
 *   of which the policy forbids, so the dev server serves the page without it (only the dev server;
 *   `vite build` and `vite preview` keep it).
 * - The single file (vite-plugin-singlefile) inlines the script, so `script-src 'self'` becomes the
 *   SHA-256 hashes of exactly the inline scripts it wrote: still no 'unsafe-inline', no eval.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** What the page needs, and no more. Inline style attributes are React's `style={…}` props. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // Picture export draws the graph through a data: URL onto a canvas and saves it as a blob:.
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Nothing leaves the page: no fetch, XHR, WebSocket or beacon.
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/>\s*/;

/** The policy a page's <meta> sets, or null. */
export function policyOf(html: string): string | null {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? null;
}

/** Drops the policy from the page `vite dev` serves (see above). */
export function cspOffInDev(): Plugin {
  return {
    name: 'backprop-lab:csp-off-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(META, ''),
  };
}

/** The policy with the SHA-256 hashes of the page's inline scripts in place of 'self'. */
export function withInlineScriptHashes(html: string): string {
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((match) => match[1]!.length > 0)
    .map((match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`);
  if (hashes.length === 0 || !html.includes("script-src 'self'")) {
    throw new Error('expected inline scripts and a script-src to adapt');
  }
  return html.replace("script-src 'self'", `script-src ${hashes.join(' ')}`);
}

/**
 * Rewrites the written single file (vite-plugin-singlefile inlines the scripts while the bundle is
 * generated, so only the file on disk is final).
 */
export function cspHashesForInlineScripts(): Plugin {
  let outDir = '';
  return {
    name: 'backprop-lab:csp-inline-script-hashes',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const file = resolve(outDir, 'index.html');
      writeFileSync(file, withInlineScriptHashes(readFileSync(file, 'utf8')));
    },
  };
}
