/**
 * The data set as CSV, for a spreadsheet or pandas: a header `x1,…,xn,y1,…,ym` and an optional
 * `split` column (`train` or `test`), then one sample per row. Parsed whole before anything changes:
 * a bad row is refused with its row number (as a spreadsheet counts: the header is row 1) and column.
 */
import { EngineError, describeValue, validateTargets, type LossName, type Sample } from '../engine';
import { parseNumber } from './parse';
import { MAX_SAMPLES, MAX_SCENARIO_BYTES, fileTooLarge } from './scenario';

export interface CsvData {
  train: Sample[];
  test: Sample[];
}

/** What the rows must fit: the raw inputs the data set has and the network's outputs and loss. */
export interface CsvShape {
  inputs: number;
  /** The network's input features computed from the raw inputs, if it has features. */
  features?: number;
  outputs: number;
  loss?: LossName;
}

/** One record of the file: its fields and the row (line) it starts on. */
interface CsvRecord {
  row: number;
  fields: string[];
}

/**
 * RFC 4180 records: fields separated by commas, double-quoted fields may hold commas, line breaks and
 * "" for a quote; lines end in LF, CRLF or CR; blank lines are skipped (they still count as rows).
 */
export function splitCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  let recordRow = 1;
  let blank = true;
  const endRecord = () => {
    fields.push(field);
    if (!blank) records.push({ row: recordRow, fields });
    fields = [];
    field = '';
    blank = true;
  };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) row++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
      blank = false;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      blank = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      row++;
      recordRow = row;
    } else {
      field += c;
      if (c.trim() !== '') blank = false;
    }
  }
  if (quoted)
    throw new EngineError(`row ${recordRow}`, 'has a quote (") that is never closed', 'csv-unclosed-quote');
  endRecord();
  return records;
}

type Column = { kind: 'x' | 'y'; index: number } | { kind: 'split' };

/** The header's columns: x1…xn and y1…ym in any order, each once, numbered without gaps; split optional. */
function parseHeader(record: CsvRecord | undefined, shape: CsvShape): Column[] {
  if (!record)
    throw new EngineError('file', 'is empty: the first row must name the columns (x1,x2,y1)', 'csv-empty');
  const separator = [';', '\t'].find((c) => record.fields.length === 1 && record.fields[0]!.includes(c));
  if (separator) {
    throw new EngineError(
      `row ${record.row}`,
      `columns must be separated by commas (this file seems to use ${separator === ';' ? 'semicolons' : 'tabs'})`,
      separator === ';' ? 'csv-semicolons' : 'csv-tabs',
    );
  }
  const seen = new Set<string>();
  const columns = record.fields.map((raw, k): Column => {
    const name = raw.trim().toLowerCase();
    const where = `row ${record.row}, column ${k + 1}`;
    if (seen.has(name))
      throw new EngineError(where, `repeats the column ${describeValue(raw.trim())}`, 'csv-repeated-column', {
        value: describeValue(raw.trim()),
      });
    seen.add(name);
    if (name === 'split') return { kind: 'split' };
    const match = /^([xy])([1-9]\d*)$/.exec(name);
    if (!match) {
      throw new EngineError(
        where,
        `must be named x1, x2, …, y1, y2, … or split (got ${describeValue(raw.trim())})`,
        'csv-column-name',
        { value: describeValue(raw.trim()) },
      );
    }
    return { kind: match[1] as 'x' | 'y', index: Number(match[2]) - 1 };
  });
  const features = shape.features;
  for (const [kind, expected, code, what] of [
    features === undefined
      ? (['x', shape.inputs, 'csv-input-columns', `the network has ${shape.inputs} inputs`] as const)
      : ([
          'x',
          shape.inputs,
          'csv-raw-input-columns',
          `the data has ${shape.inputs} raw input${shape.inputs === 1 ? '' : 's'}, from which the network's ${features} input features are computed`,
        ] as const),
    ['y', shape.outputs, 'csv-output-columns', `the network has ${shape.outputs} outputs`] as const,
  ]) {
    const count = columns.filter((c) => c.kind === kind).length;
    const names = Array.from({ length: expected }, (_, k) => `${kind}${k + 1}`).join(', ');
    if (
      count !== expected ||
      !Array.from({ length: count }, (_, k) => `${kind}${k + 1}`).every((n) => seen.has(n))
    ) {
      throw new EngineError(
        `row ${record.row}`,
        `the ${kind} columns must be ${names}: ${what} (the file has ${count} ${kind} columns)`,
        code,
        { names, expected, count, features: features ?? expected },
      );
    }
  }
  return columns;
}

/** "[0].y[1]" (validateTargets on one sample) → "y2"; "[0].y" → "y". */
function targetColumn(field: string): string {
  const match = /\.y(?:\[(\d+)\])?$/.exec(field);
  return match?.[1] === undefined ? 'y' : `y${Number(match[1]) + 1}`;
}

/** Parse CSV text into training and test samples. Throws EngineError naming the row and column. */
export function parseCsv(text: string, shape: CsvShape): CsvData {
  if (text.length > MAX_SCENARIO_BYTES) {
    throw fileTooLarge(text);
  }
  const [header, ...records] = splitCsvRecords(text);
  const columns = parseHeader(header, shape);
  const data: CsvData = { train: [], test: [] };
  for (const { row, fields } of records) {
    if (fields.length !== columns.length) {
      throw new EngineError(
        `row ${row}`,
        `has ${fields.length} fields, the header has ${columns.length}`,
        'csv-field-count',
        { count: fields.length, header: columns.length },
      );
    }
    const sample: Sample = { x: new Array<number>(shape.inputs), y: new Array<number>(shape.outputs) };
    let split: keyof CsvData = 'train';
    columns.forEach((column, k) => {
      const value = fields[k]!;
      if (column.kind === 'split') {
        const word = value.trim().toLowerCase();
        if (word === 'test') split = 'test';
        else if (word !== 'train' && word !== '') {
          throw new EngineError(
            `row ${row}, split`,
            `must be train or test (got ${describeValue(value)})`,
            'csv-split',
            { value: describeValue(value) },
          );
        }
        return;
      }
      const name = `${column.kind}${column.index + 1}`;
      if (value.trim() === '')
        throw new EngineError(`row ${row}, ${name}`, 'is empty: it needs a number', 'csv-empty-cell');
      sample[column.kind][column.index] = parseNumber(value, `row ${row}, ${name}`);
    });
    if (shape.loss) {
      try {
        validateTargets(shape.loss, [sample], '');
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        throw new EngineError(
          `row ${row}, ${targetColumn(error.field)}`,
          error.reason,
          error.code,
          error.params,
        );
      }
    }
    data[split].push(sample);
    if (data[split].length > MAX_SAMPLES) {
      throw new EngineError(
        `row ${row}`,
        `the ${split} set may hold at most ${MAX_SAMPLES} samples`,
        'csv-too-many',
        { split, max: MAX_SAMPLES },
      );
    }
  }
  if (data.train.length === 0)
    throw new EngineError('file', 'has no training rows (split train or empty)', 'csv-no-train');
  return data;
}

/** Quote a field only when it needs it (numbers never do). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The samples as CSV text: numbers at full precision (String(n) reads back to the same double), a
 * split column only when there are test samples, lines ending in LF.
 */
export function serializeCsv(data: { train: readonly Sample[]; test: readonly Sample[] }): string {
  const first = data.train[0] ?? data.test[0];
  if (!first) return '';
  const withSplit = data.test.length > 0;
  const header = [
    ...first.x.map((_, k) => `x${k + 1}`),
    ...first.y.map((_, k) => `y${k + 1}`),
    ...(withSplit ? ['split'] : []),
  ];
  const line = (sample: Sample, split: string) =>
    [...sample.x, ...sample.y]
      .map((n) => csvField(String(n)))
      .concat(withSplit ? [split] : [])
      .join(',');
  return (
    [
      header.join(','),
      ...data.train.map((s) => line(s, 'train')),
      ...data.test.map((s) => line(s, 'test')),
    ].join('\n') + '\n'
  );
}
