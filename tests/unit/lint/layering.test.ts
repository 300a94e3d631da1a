// @vitest-environment node
/**
 * The layering engine → store → viz → components is enforced by `npm run lint`: each probe below, an
 * import or a global that crosses a boundary, must be reported by ESLint with the project's config;
 * the allowed direction must not be.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

/** The rule ids ESLint reports for `code` placed at `filePath`. */
async function reported(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

const CROSSINGS: [string, string, string][] = [
  ['src/engine/probe.ts', "import { createAppStore } from '../store';", 'no-restricted-imports'],
  ['src/engine/probe.ts', "import { messages } from '../i18n';", 'no-restricted-imports'],
  ['src/engine/probe.ts', "import { layoutNetwork } from '../viz/layout';", 'no-restricted-imports'],
  ['src/engine/probe.ts', "import { scaleLinear } from 'd3-scale';", 'no-restricted-imports'],
  ['src/engine/probe.ts', 'export const t = performance.now();', 'no-restricted-globals'],
  ['src/engine/probe.ts', 'export const r = Math.random();', 'no-restricted-properties'],
  ['src/store/probe.ts', "import { useState } from 'react';", 'no-restricted-imports'],
  ['src/store/probe.ts', "import { layoutNetwork } from '../viz';", 'no-restricted-imports'],
  ['src/store/probe.ts', "import { layoutNetwork } from '../viz/layout';", 'no-restricted-imports'],
  ['src/store/probe.ts', "import { App } from '../components/App';", 'no-restricted-imports'],
  ['src/store/probe.ts', 'export const f = () => requestAnimationFrame(() => {});', 'no-restricted-globals'],
  ['src/store/probe.ts', "export const s = localStorage.getItem('x');", 'no-restricted-globals'],
  ['src/viz/probe.ts', "import { createAppStore } from '../store';", 'no-restricted-imports'],
  ['src/viz/probe.ts', "import { createAppStore } from '../store/index';", 'no-restricted-imports'],
  ['src/viz/probe.ts', "import { useMemo } from 'react';", 'no-restricted-imports'],
  ['src/viz/probe.ts', "import { select } from 'd3-selection';", 'no-restricted-imports'],
  ['src/viz/probe.ts', 'export const w = window.innerWidth;', 'no-restricted-globals'],
  ['src/components/probe.ts', "import { scaleLinear } from 'd3-scale';", 'no-restricted-imports'],
  // The umbrella d3 is not a dependency anywhere: each file imports the module it uses.
  ['src/viz/probe.ts', "import { scaleLinear } from 'd3';", 'no-restricted-imports'],
  ['tests/unit/probe.test.ts', "import { scaleLinear } from 'd3';", 'no-restricted-imports'],
  ['bench/probe.ts', "import * as d3 from 'd3';", 'no-restricted-imports'],
];

// The first lint loads ESLint and typescript-eslint: seconds on a loaded machine.
describe('npm run lint enforces the layering', { timeout: 30_000 }, () => {
  it.each(CROSSINGS)('%s: %s is reported', async (file, code, rule) => {
    expect(await reported(file, `${code}\nexport {};\n`)).toContain(rule);
  });

  it.each([
    ['src/store/probe.ts', "import { traceSample } from '../engine';"],
    ['src/viz/probe.ts', "import { scaleLinear } from 'd3-scale';\nimport { traceSample } from '../engine';"],
    [
      'src/components/probe.ts',
      "import { createAppStore } from '../store';\nimport { layoutNetwork } from '../viz/layout';",
    ],
  ])('%s: the allowed direction passes', async (file, code) => {
    const rules = await reported(
      file,
      `${code}\nexport const used = [${code
        .match(/\{ (\w+)/g)!
        .map((m) => m.slice(2))
        .join(', ')}];\n`,
    );
    expect(rules.filter((rule) => rule.startsWith('no-restricted'))).toEqual([]);
  });
});
