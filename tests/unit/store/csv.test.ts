// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppStore, parseCsv, serializeCsv } from '../../../src/store';
import { splitCsvRecords } from '../../../src/store/csv';

const TWO_ONE = { inputs: 2, outputs: 1 };

/** The message parseCsv throws for `text`, or null if it parses. */
function refusal(text: string, shape: Parameters<typeof parseCsv>[1] = TWO_ONE): string | null {
  try {
    parseCsv(text, shape);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('serializeCsv', () => {
  it('writes a header, one row per sample and a split column only when there is test data', () => {
    const train = [{ x: [0.05, 0.1], y: [0.01, 0.99] }];
    expect(serializeCsv({ train, test: [] })).toBe('x1,x2,y1,y2\n0.05,0.1,0.01,0.99\n');
    expect(serializeCsv({ train, test: [{ x: [-1, 2], y: [0, 1] }] })).toBe(
      'x1,x2,y1,y2,split\n0.05,0.1,0.01,0.99,train\n-1,2,0,1,test\n',
    );
  });
});

describe('parseCsv', () => {
  it('reads back exactly what serializeCsv wrote, full precision and split included', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    const sample = fc.record({
      x: fc.array(finite, { minLength: 3, maxLength: 3 }),
      y: fc.array(finite, { minLength: 2, maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(sample, { minLength: 1, maxLength: 20 }),
        fc.array(sample, { maxLength: 5 }),
        (train, test) => {
          // -0 is written "0": the same number to every loss and every display.
          const plain = (s: typeof train) =>
            s.map((d) => ({ x: d.x.map((v) => v + 0), y: d.y.map((v) => v + 0) }));
          const parsed = parseCsv(serializeCsv({ train, test }), { inputs: 3, outputs: 2 });
          expect(parsed).toEqual({ train: plain(train), test: plain(test) });
        },
      ),
    );
  });

  it('takes quoted fields, CRLF or CR line ends, a byte-order mark, blank lines and any column order', () => {
    const text = '\ufeffsplit,"y1",x2,x1\r\n\r\n"test",1,"2",3\r\ntrain,0,0.5,"−1/4"\r\n \r\n';
    expect(parseCsv(text, TWO_ONE)).toEqual({
      train: [{ x: [-0.25, 0.5], y: [0] }],
      test: [{ x: [3, 2], y: [1] }],
    });
    expect(parseCsv('x1,x2,y1\r1,2,3\r', TWO_ONE).train).toEqual([{ x: [1, 2], y: [3] }]);
  });

  it('splits records on commas outside quotes only, with "" for a quote', () => {
    expect(splitCsvRecords('a,"b,""c""\nd",e\n\nf')).toEqual([
      { row: 1, fields: ['a', 'b,"c"\nd', 'e'] },
      { row: 4, fields: ['f'] },
    ]);
  });

  it.each([
    ['x1,x2,y1\n1,2,3\n4,abc,6\n', 'row 3, x2: must be a number'],
    ['x1,x2,y1\n1,2,3\n\n4,,6\n', 'row 4, x2: is empty'],
    ['x1,x2,y1\n1,2\n', 'row 2: has 2 fields, the header has 3'],
    ['x1,x2,y1,split\n1,2,3,validation\n', 'row 2, split: must be train or test'],
    ['x1,x2,y1\n1,"2,3\n', 'row 2: has a quote (") that is never closed'],
    [
      'x1,x2,y1,y2\n1,2,3,4\n',
      'the y columns must be y1: the network has 1 outputs (the file has 2 y columns)',
    ],
    ['x1,x3,y1\n1,2,3\n', 'the x columns must be x1, x2: the network has 2 inputs'],
    ['x1,x2,label\n1,2,3\n', 'row 1, column 3: must be named x1, x2, …, y1, y2, … or split (got "label")'],
    ['x1,x1,y1\n1,2,3\n', 'row 1, column 2: repeats the column "x1"'],
    ['x1;x2;y1\n1;2;3\n', 'row 1: columns must be separated by commas (this file seems to use semicolons)'],
    ['x1\tx2\ty1\n1\t2\t3\n', 'row 1: columns must be separated by commas (this file seems to use tabs)'],
    ['', 'file: is empty'],
    ['x1,x2,y1,split\n1,2,3,test\n', 'file: has no training rows'],
  ])('refuses %j naming the row and column', (text, message) => {
    expect(refusal(text)).toContain(message);
  });

  it('checks targets against the loss, naming the row and the column', () => {
    expect(refusal('x1,x2,y1\n0,0,1\n0,1,2\n', { ...TWO_ONE, loss: 'bce' })).toBe(
      'row 3, y1: must be between 0 and 1 for bce (got 2)',
    );
    expect(refusal('x1,y1,y2\n0,0.5,0.4\n', { inputs: 1, outputs: 2, loss: 'crossEntropy' })).toContain(
      'row 2, y: must be probabilities that sum to 1',
    );
  });

  it('refuses more samples than a lesson holds', () => {
    const rows = Array.from({ length: 2001 }, (_, i) => `${i},0,0`).join('\n');
    expect(refusal(`x1,x2,y1\n${rows}`)).toContain('row 2002: the train set may hold at most 2000 samples');
  });
});

describe('store importDataCsv / exportDataCsv', () => {
  it('replaces the data undoably and keeps the weights when the columns fit', () => {
    const store = createAppStore({ preset: 'textbook' });
    const weights = [...store.getState().session.model.layers[0]!.W];
    expect(store.getState().importDataCsv('x1,x2,y1,y2,split\n1,2,0.5,0.5,train\n3,4,0,1,test\n').ok).toBe(
      true,
    );
    const s = store.getState();
    expect(s.rawTrain).toEqual([{ x: [1, 2], y: [0.5, 0.5] }]);
    expect(s.rawTest).toEqual([{ x: [3, 4], y: [0, 1] }]);
    expect([...s.session.model.layers[0]!.W]).toEqual(weights);
    expect(s.exportDataCsv()).toBe('x1,x2,y1,y2,split\n1,2,0.5,0.5,train\n3,4,0,1,test\n');
    store.getState().undo();
    expect(store.getState().rawTrain).toEqual([{ x: [0.05, 0.1], y: [0.01, 0.99] }]);
  });

  it('a bad file changes nothing and says which row', () => {
    const store = createAppStore({ preset: 'textbook' });
    const before = store.getState().rawTrain;
    const result = store.getState().importDataCsv('x1,x2,y1,y2\n1,2,3,4\n5,6,7\n');
    expect(result).toMatchObject({ ok: false, error: { field: 'row 3' } });
    expect(store.getState().rawTrain).toBe(before);
    expect(store.getState().ui.error?.message).toContain('row 3: has 3 fields');
  });

  it('with input features the file holds the raw inputs they are computed from', () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().generateData({ kind: 'xor', count: 20, noise: 0 });
    store.getState().setFeatures(['x1', 'x2', 'x1x2']);
    const text = store.getState().exportDataCsv();
    expect(text.split('\n')[0]).toBe('x1,x2,y1,split');
    expect(store.getState().importDataCsv(text).ok).toBe(true);
    expect(store.getState().data[0]!.x).toHaveLength(3);
    const refused = store.getState().importDataCsv('x1,x2,x3,y1\n1,2,3,1\n');
    expect(refused.ok || refused.error.message).toContain(
      "the data has 2 raw inputs, from which the network's 3 input features are computed",
    );
  });
});
