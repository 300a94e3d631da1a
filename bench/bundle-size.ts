/**
 * `npm run bench:bundle`: the JavaScript that dist/index.html makes the browser fetch and run before
 * the first paint, gzipped. It builds nothing; run `vite build` first.
 *
 * Counted: every `<script type="module" src>` and `<link rel="modulepreload" href>` in index.html,
 * plus every chunk those import statically (Vite normally lists them as modulepreload, but a chunk it
 * missed would still block the first paint). Dynamic `import()` chunks load later and are listed
 * apart. Gzip uses node:zlib at level 9, the most a server would send; the CSS is shown for reference.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
const TARGET_KB = 150;

const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;

/** Attribute values of tags like `<script type="module" src=…>` and `<link rel="modulepreload" href=…>`. */
function entryFiles(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src') && !/nomodule/i.test(tag)) scripts.push(attr('src')!);
    const rel = attr('rel');
    if (rel === 'modulepreload' && attr('href')) scripts.push(attr('href')!);
    if (rel === 'stylesheet' && attr('href')) styles.push(attr('href')!);
  }
  return { scripts, styles };
}

/** Relative specifiers a minified ES module imports statically, and those it imports dynamically. */
function importsOf(code: string): { fixed: string[]; lazy: string[] } {
  const fixed = [...code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]!);
  const lazy = [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g)].map((m) => m[1]!);
  return { fixed, lazy };
}

const indexPath = join(DIST, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`${indexPath} not found: run \`npx vite build\` first.`);
  process.exit(1);
}
const html = readFileSync(indexPath, 'utf8');
const { scripts, styles } = entryFiles(html);
const toDisk = (href: string, from = DIST) =>
  join(from, posix.normalize(href.replace(/^\.?\//, '')).replace(/^\//, ''));

const eager = new Set<string>();
const lazy = new Set<string>();
const queue = scripts.map((href) => toDisk(href));
while (queue.length > 0) {
  const file = queue.shift()!;
  if (eager.has(file)) continue;
  eager.add(file);
  const found = importsOf(readFileSync(file, 'utf8'));
  for (const spec of found.fixed) queue.push(join(dirname(file), spec));
  for (const spec of found.lazy) lazy.add(join(dirname(file), spec));
}
for (const file of eager) lazy.delete(file);

const kB = (n: number) => (n / 1000).toFixed(2);
const report = (label: string, files: Iterable<string>) => {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gz += gzipSize(bytes);
    console.log(
      `  ${relative(DIST, file).padEnd(40)} ${kB(bytes.length).padStart(9)} kB  ${kB(gzipSize(bytes)).padStart(8)} kB gz`,
    );
  }
  console.log(`${label}: ${kB(raw)} kB raw, ${kB(gz)} kB gzipped (zlib level 9)`);
  return gz;
};

console.log('JavaScript loaded before first paint:');
const total = report('before first paint', eager);
if (lazy.size > 0) {
  console.log('Loaded lazily (not counted):');
  report('lazy', lazy);
}
console.log('CSS (for reference, not counted):');
report(
  'css',
  styles.map((href) => toDisk(href)),
);
console.log(
  `RESULT first-paint JS gzip = ${kB(total)} kB (target ≤ ${TARGET_KB} kB: ${total / 1000 <= TARGET_KB ? 'met' : 'MISSED'})`,
);
