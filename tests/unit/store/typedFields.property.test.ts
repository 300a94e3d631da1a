// @vitest-environment node
/**
 * Every typed field and every scenario file, fuzzed (fast-check, seeded): an input either applies
 * wholly or is refused with a message naming the field, the state exactly as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppStore, type ActionResult, type AppState } from '../../../src/store';
import { serializeLesson } from '../../../src/store/lesson';
import { textbookScenario } from '../../fixtures/textbook';

const RUNS = { seed: 20261203, numRuns: 150 };

/** What the README promises a typed number is: a decimal, e-notation or a fraction, finite. */
function expected(text: string): number | null {
  const decimal = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  const t = text.trim().replace(/\u2212/g, '-');
  const parts = t.split('/');
  const value =
    parts.length === 2 && decimal.test(parts[0]!.trim()) && decimal.test(parts[1]!.trim())
      ? Number(parts[0]) / Number(parts[1])
      : decimal.test(t)
        ? Number(t)
        : NaN;
  return Number.isFinite(value) ? value : null;
}

/** Typed text: numbers in every accepted form, and the near misses a person or a paste produces. */
const typed = fc.oneof(
  fc.double({ noNaN: true }).map(String),
  fc.integer({ min: -5, max: 300 }).map(String),
  fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 })).map(([a, b]) => `${a}/${b}`),
  fc.constantFrom(
    '',
    ' ',
    '0x10',
    '0b1',
    '0o7',
    'Infinity',
    '-Infinity',
    'NaN',
    '1e309',
    '1e-3',
    ' 2 ',
    '−0.5',
  ),
  fc.constantFrom('1,5', '1..2', '.', 'e3', '1e', '--1', '+.5', '1/0', '0/0', '½', '１', '1_000', 'null'),
  fc.string({ maxLength: 8 }),
);

interface Field {
  name: string;
  /** The field the refusal must name. */
  field: RegExp;
  apply(state: AppState, text: string): ActionResult;
  read(state: AppState): number;
}

const FIELDS: Field[] = [
  {
    name: 'learning rate',
    field: /^learningRate$/,
    apply: (s, t) => s.setLearningRate(t),
    read: (s) => s.optimizer.learningRate,
  },
  { name: 'batch size', field: /^batchSize$/, apply: (s, t) => s.setBatchSize(t), read: (s) => s.batchSize },
  { name: 'seed', field: /^seed$/, apply: (s, t) => s.setSeed(t), read: (s) => s.seed },
  {
    name: 'sample input',
    field: /^data\[\d+\]\.x\[0\]$/,
    apply: (s, t) => s.setSampleValue('x', 0, t),
    read: (s) => s.rawTrain[0]!.x[0]!,
  },
  {
    name: 'weight',
    field: /^model\.layers\[0\]\.W\[0\]\[1\]$/,
    apply: (s, t) => s.setWeight(1, 0, 1, t),
    read: (s) => s.session.model.layers[0]!.W[1]!,
  },
  {
    name: 'bias',
    field: /^model\.layers\[1\]\.b\[0\]$/,
    apply: (s, t) => s.setBias(2, 0, t),
    read: (s) => s.session.model.layers[1]!.b[0]!,
  },
  {
    name: 'data table value',
    field: /^data\[0\]\.x\[1\]$/,
    apply: (s, t) => s.setDataValue(0, 'x', 1, t),
    read: (s) => s.rawTrain[0]!.x[1]!,
  },
];

describe.each(FIELDS)('typing into the $name field', ({ field, apply, read }) => {
  it('applies the number the text means, or refuses it naming the field with the state unchanged', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const store = createAppStore({ preset: 'xor' });
        const before = serializeLesson(store.getState());
        const result = apply(store.getState(), text);
        if (result.ok) {
          expect(expected(text), `accepted ${JSON.stringify(text)}`).not.toBeNull();
          expect(read(store.getState())).toBe(expected(text));
        } else {
          expect(result.error.field).toMatch(field);
          expect(store.getState().ui.error?.field).toMatch(field);
          expect(serializeLesson(store.getState())).toBe(before);
        }
      }),
      RUNS,
    );
  });
});

/** The textbook scenario; the fuzz replaces one of its leaves with a hostile value. */
const base = textbookScenario();

const LEAVES: (string | number)[][] = [
  ['model', 'layers', 0, 'W', 0, 1],
  ['model', 'layers', 1, 'b', 1],
  ['model', 'layers', 0, 'activation'],
  ['model', 'loss'],
  ['data', 0, 'x', 0],
  ['data', 0, 'y', 1],
  ['optimizer', 'learningRate'],
  ['optimizer', 'kind'],
  ['batchSize'],
  ['seed'],
  ['version'],
];

const hostile = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 5 }),
  fc.constantFrom('0x10', '1', '0.5', '', 'Infinity', 'tanh', 'adam', 'bce', null, true, [], {}, [1], 1e308),
  fc.string({ maxLength: 6 }),
);

function withLeaf(path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

describe('importing a scenario file', () => {
  it('applies the whole file, or refuses it naming a field with the state unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEAVES), hostile, (path, value) => {
        const store = createAppStore({ preset: 'xor' });
        const before = serializeLesson(store.getState());
        const file = withLeaf(path, value);
        const text = JSON.stringify(file);
        const result = store.getState().importScenario(text);
        if (result.ok) {
          // Every number of the file is in the state, as the file wrote it (JSON numbers only).
          const exported = JSON.parse(store.getState().exportScenario()) as typeof base;
          const f = JSON.parse(text) as typeof base;
          expect(exported.model).toEqual(f.model);
          expect(exported.data).toEqual(f.data);
          expect(exported.optimizer).toEqual(f.optimizer);
          expect([exported.batchSize, exported.seed]).toEqual([f.batchSize, f.seed]);
          expect(
            typeof value === 'string' &&
              path.at(-1) !== 'activation' &&
              path.at(-1) !== 'loss' &&
              path.at(-1) !== 'kind',
          ).toBe(false);
        } else {
          expect(result.error.field, JSON.stringify({ path, value })).toBeTruthy();
          expect(serializeLesson(store.getState())).toBe(before);
        }
      }),
      RUNS,
    );
  });

  it.each([
    ['seed', '0x10'],
    ['batchSize', '1'],
    ['seed', '42'],
  ])('refuses a numeric string in %s (%s), naming the field', (key, value) => {
    const store = createAppStore({ preset: 'xor' });
    const before = serializeLesson(store.getState());
    const result = store.getState().importScenario(JSON.stringify({ ...base, [key]: value }));
    expect(result).toMatchObject({ ok: false, error: { field: key } });
    expect(serializeLesson(store.getState())).toBe(before);
  });
});
