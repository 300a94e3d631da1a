/**
 * Reading the network graph through its DOM contract: every [data-node], [data-edge] and [data-bias]
 * element with its data-* attributes and the text lines it shows, and comparing them with numbers
 * the engine computed.
 */
import { expect, type Page } from '@playwright/test';
import type { GraphNumbers } from './expectedGraph';
import { attributeMatches, fourSignificant } from './numbers';

/** Element key ("node:1:0", "edge:2:0:1", "bias:1:1") → its data-* attributes and visible text lines. */
export type GraphSnapshot = Record<string, { attributes: Record<string, string>; lines: string[] }>;

/** Every graph element's attributes (its own id attribute left out) and the text of its <text> lines. */
export function readGraph(page: Page): Promise<GraphSnapshot> {
  return page.evaluate(() => {
    const snapshot: Record<string, { attributes: Record<string, string>; lines: string[] }> = {};
    for (const element of document.querySelectorAll('[data-node], [data-edge], [data-bias]')) {
      const kind = ['node', 'edge', 'bias'].find((k) => element.hasAttribute(`data-${k}`))!;
      const attributes: Record<string, string> = {};
      for (const { name, value } of element.attributes) {
        if (name.startsWith('data-') && name !== `data-${kind}`) attributes[name] = value;
      }
      const lines = [...element.querySelectorAll('text')].map((text) => text.textContent ?? '');
      snapshot[`${kind}:${element.getAttribute(`data-${kind}`)}`] = { attributes, lines };
    }
    return snapshot;
  });
}

/**
 * Where the graph differs from `expected`: each element must carry exactly the expected attributes
 * (a value not computed yet is absent, not "0") with numbers equal to the engine's within 1e−12,
 * and no other elements may exist.
 */
export function attributeProblems(snapshot: GraphSnapshot, expected: GraphNumbers): string[] {
  const problems: string[] = [];
  const extra = Object.keys(snapshot).filter((key) => !(key in expected));
  if (extra.length) problems.push(`unexpected elements: ${extra.join(', ')}`);
  for (const [key, numbers] of Object.entries(expected)) {
    const actual = snapshot[key]?.attributes ?? {};
    const names = Object.keys(actual).sort();
    if (names.join() !== Object.keys(numbers).sort().join())
      problems.push(`${key}: attributes [${names}] instead of [${Object.keys(numbers).sort()}]`);
    for (const [name, value] of Object.entries(numbers)) {
      if (!attributeMatches(actual[name], value))
        problems.push(`${key} ${name}="${actual[name]}" ≠ ${value}`);
    }
  }
  return problems;
}

/** The label prefixes of each value; dL/dz may be written δ where space is short. */
const PREFIXES: Record<string, readonly string[]> = {
  'data-z': ['z'],
  'data-a': ['a'],
  'data-dldz': ['dL/dz', 'δ'],
  'data-dlda': ['dL/da'],
  'data-w': ['w'],
  'data-dldw': ['dL/dw'],
  'data-b': ['b'],
  'data-dldb': ['dL/db'],
};
const SHOWN: Record<string, readonly string[]> = {
  input: ['data-a', 'data-dlda'],
  node: ['data-z', 'data-a', 'data-dldz', 'data-dlda'],
  edge: ['data-w', 'data-dldw'],
  bias: ['data-b', 'data-dldb'],
};

/**
 * Where the labels of a fully labelled graph differ from `expected`: each computed value must read
 * prefix + 4 significant digits (z0.3775), each pending one prefix + "–"; after an update, weights
 * and biases read "old → new" and "Δ change", where `before` holds the values before the update.
 */
export function labelProblems(
  snapshot: GraphSnapshot,
  expected: GraphNumbers,
  before?: GraphNumbers,
): string[] {
  const problems: string[] = [];
  for (const [key, numbers] of Object.entries(expected)) {
    const lines = snapshot[key]?.lines ?? [];
    const kind = key.startsWith('node:0:') ? 'input' : key.split(':')[0]!;
    const has = (line: string) => lines.includes(line);
    const parameter = before && kind !== 'node' && kind !== 'input' ? SHOWN[kind]![0]! : null;
    if (parameter) {
      const oldValue = before![key]![parameter]!;
      const newValue = numbers[parameter]!;
      const wanted = [
        `${fourSignificant(oldValue)} → ${fourSignificant(newValue)}`,
        `Δ${fourSignificant(newValue - oldValue)}`,
      ];
      for (const line of wanted)
        if (!has(line)) problems.push(`${key}: no "${line}" in ${JSON.stringify(lines)}`);
      continue;
    }
    for (const name of SHOWN[kind]!) {
      const prefixes = kind === 'input' && name === 'data-a' ? ['x'] : PREFIXES[name]!;
      const value = numbers[name];
      const text = value === undefined ? '–' : fourSignificant(value);
      if (!prefixes.some((prefix) => has(prefix + text)))
        problems.push(`${key}: no "${prefixes[0]}${text}" in ${JSON.stringify(lines)}`);
    }
  }
  return problems;
}

/**
 * Waits (briefly) until the graph shows `expected`, attributes and labels, and fails with the list
 * of differences otherwise.
 */
export async function expectGraph(
  page: Page,
  expected: GraphNumbers,
  stage: string,
  before?: GraphNumbers,
): Promise<void> {
  await expect
    .poll(
      async () => {
        const snapshot = await readGraph(page);
        return [...attributeProblems(snapshot, expected), ...labelProblems(snapshot, expected, before)];
      },
      { message: stage, timeout: 2000 },
    )
    .toEqual([]);
}
