/**
 * Errors only a file can cause (a scenario, a saved lesson, a CSV) are codes the catalog words, so a
 * Chinese reader gets them in Chinese: the store refuses each bad file with a reason, and errorText
 * words it in either language, the field as a CSV row or the path in the file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from '../../../src/components/panels/ErrorBanner';
import { setLanguage } from '../../../src/i18n';
import { createAppStore, type ActionError } from '../../../src/store';

const scenario = (patch: Record<string, unknown>) =>
  JSON.stringify({
    format: 'backprop-lab.scenario',
    version: 1,
    model: {
      layers: [{ W: [[0.15, 0.2]], b: [0.35], activation: 'sigmoid' }],
      loss: 'mse',
    },
    data: [{ x: [0.05, 0.1], y: [0.01] }],
    optimizer: { kind: 'sgd', learningRate: 0.5 },
    ...patch,
  });

const BAD_SCENARIOS: [string, string][] = [
  ['{"format": ', 'invalid-json'],
  ['{"format": "backprop-lab.scenario",\n "version": 1,}', 'invalid-json-at'],
  [scenario({ format: 'other' }), 'wrong-format'],
  [scenario({ version: 7 }), 'wrong-version'],
  [
    scenario({ model: { layers: [{ W: [[1, 2]], b: [0], activation: 'swish' }], loss: 'mse' } }),
    'unknown-activation',
  ],
  [
    scenario({ model: { layers: [{ W: [[1, 2]], b: [0], activation: 'relu' }], loss: 'hinge' } }),
    'unknown-loss',
  ],
  [
    scenario({ model: { layers: [{ W: [[1, 2]], b: [0, 1], activation: 'relu' }], loss: 'mse' } }),
    'wrong-length',
  ],
  [
    scenario({ model: { layers: [{ W: [[1, 2]], b: [0], activation: 'softmax' }], loss: 'bce' } }),
    'loss-needs-output',
  ],
  [scenario({ data: [{ x: [0.05, 0.1], y: ['0.01'] }] }), 'not-finite'],
  [scenario({ data: [] }), 'no-samples'],
  [scenario({ optimizer: { kind: 'rmsprop', learningRate: 0.5 } }), 'unknown-optimizer'],
  [scenario({ optimizer: { kind: 'momentum', learningRate: 0.5, momentum: 1.5 } }), 'fraction'],
  [scenario({ batchSize: 5 }), 'batch-size-max'],
  [scenario({ seed: -1 }), 'seed-range'],
  [scenario({ features: ['x1', 'x1'] }), 'feature-twice'],
];

const BAD_CSVS: [string, string, string][] = [
  ['', 'csv-empty', 'file'],
  ['x1;x2;y1\n1;2;0', 'csv-semicolons', 'row 1'],
  ['x1,x2,y1,x1\n1,2,0,1', 'csv-repeated-column', 'row 1, column 4'],
  ['x1,x2,z\n1,2,0', 'csv-column-name', 'row 1, column 3'],
  ['x1,y1,y2\n1,2,0', 'csv-input-columns', 'row 1'],
  ['x1,x2,y1,y2\n1,2,0', 'csv-field-count', 'row 2'],
  ['x1,x2,y1,y2,split\n1,2,0,1,validate', 'csv-split', 'row 2, split'],
  ['x1,x2,y1,y2\n1,,0,1', 'csv-empty-cell', 'row 2, x2'],
  ['x1,x2,y1,y2\n1,2,abc,1', 'not-a-number', 'row 2, y1'],
  ['x1,x2,y1,y2,split\n1,2,0,1,test', 'csv-no-train', 'file'],
  ['x1,x2,y1\n"1,2,0', 'csv-unclosed-quote', 'row 2'],
];

function refusal(act: (store: ReturnType<typeof createAppStore>) => unknown): ActionError {
  const store = createAppStore({ preset: 'textbook' });
  act(store);
  const error = store.getState().ui.error;
  expect(error).not.toBeNull();
  return error!;
}

/** Latin words in a Chinese message that are not names from the file (paths, values, choices). */
function english(text: string, names: string[]): string[] {
  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  return words.filter((word) => !names.some((name) => name.includes(word)));
}

afterEach(async () => {
  await setLanguage('en');
});

describe('errors from a file', () => {
  it.each(BAD_SCENARIOS)(
    'a scenario file %j is refused with the code %s, worded in both languages',
    async (text, code) => {
      const error = refusal((store) => store.getState().importScenario(text));
      expect(error.reason?.code).toBe(code);
      const inEnglish = errorText(error);
      expect(inEnglish).not.toMatch(/\{\w+\}/);
      await setLanguage('zh-CN');
      const inChinese = errorText(error);
      expect(inChinese).toMatch(/[\u4e00-\u9fff]/);
      expect(inChinese).not.toMatch(/\{\w+\}/);
      // What may stay Latin: the field's path and the values and choices the file itself has.
      const names = [
        error.field ?? '',
        ...Object.values(error.reason!.params).map(String),
        'JSON',
        'MB',
        'kB',
      ];
      expect(english(inChinese, names)).toEqual([]);
    },
  );

  it.each(BAD_CSVS)(
    'a CSV file %j is refused with the code %s at %s, worded in both languages',
    async (text, code, field) => {
      const error = refusal((store) => store.getState().importDataCsv(text));
      expect(error.reason?.code).toBe(code);
      expect(error.field).toBe(field);
      expect(errorText(error)).toMatch(field === 'file' ? /^file: / : new RegExp(`^${field}: `));
      await setLanguage('zh-CN');
      const inChinese = errorText(error);
      expect(inChinese).toMatch(/[\u4e00-\u9fff]/);
      expect(inChinese).not.toMatch(/\brow\b|\bcolumn\b|\bfile\b/);
      const names = [
        ...Object.values(error.reason!.params).map(String),
        'x1',
        'x2',
        'y1',
        'split',
        'train',
        'test',
      ];
      expect(english(inChinese, names)).toEqual([]);
    },
  );

  it('words a CSV position as the reader counts rows and columns', async () => {
    const error = refusal((store) => store.getState().importDataCsv('x1,x2,y1,y2\n1,,0,1'));
    expect(errorText(error)).toBe('row 2, x2: is empty: it needs a number');
    await setLanguage('zh-CN');
    expect(errorText(error)).toBe('第 2 行 x2 列：是空的：这里需要一个数字');
  });
});
