/**
 * The scenario file (DESIGN.md "Data contracts"): parsed and validated whole before anything changes,
 * so a bad file is refused with the offending field named and the current state kept.
 */
import {
  EngineError,
  describeValue,
  expectRecord,
  modelToSpec,
  parseModelSpec,
  parseOptimizerConfig,
  validateData,
  inputSize,
  outputSize,
  applyFeatures,
  generateDataset,
  resolveDatasetOptions,
  validateTargets,
  validateFeatures,
  type FeatureName,
  type Model,
  type OptimizerConfig,
  type ResolvedDatasetOptions,
  type Sample,
} from '../engine';

export const SCENARIO_FORMAT = 'backprop-lab.scenario';
export const SCENARIO_VERSION = 1;
/** Larger files are refused before parsing: a lesson is a few kilobytes. */
export const MAX_SCENARIO_BYTES = 1_000_000;
export const MAX_SAMPLES = 2000;
export const MAX_BATCH_SIZE = 256;

export interface Scenario {
  model: Model;
  /** Training samples; raw inputs when `features` is set. */
  data: Sample[];
  optimizer: OptimizerConfig;
  batchSize: number;
  seed: number;
  /** Held-out samples (raw inputs when `features` is set). */
  testData?: Sample[];
  /** Input features the network sees, computed from 1 or 2 raw inputs. */
  features?: FeatureName[] | null;
  /** How the data was generated, so the lesson can regenerate it with other noise or size. */
  dataset?: ResolvedDatasetOptions | null;
}

/**
 * A batch size from a file (a JSON number; "1" is refused, as every numeric string in a file is) or
 * typed (text goes through the one parser of typed numbers, parseNumber, so "0x10" is refused too).
 */
export function parseBatchSize(value: unknown, dataLength: number, field = 'batchSize'): number {
  const n = value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new EngineError(
      field,
      `must be a whole number of at least 1 (got ${describeValue(value)})`,
      'batch-size-min',
      {
        value: describeValue(value),
      },
    );
  }
  const max = Math.min(dataLength, MAX_BATCH_SIZE);
  if (n > max)
    throw new EngineError(
      field,
      `must be at most ${max}, the number of samples (got ${n})`,
      'batch-size-max',
      {
        max,
        value: n,
      },
    );
  return n;
}

/** A seed from a file (a JSON number, never a string such as "0x10") or already parsed from typed text. */
export function parseSeed(value: unknown, field = 'seed'): number {
  const n = value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new EngineError(
      field,
      `must be a whole number from 0 to 4294967295 (got ${describeValue(value)})`,
      'seed-range',
      { value: describeValue(value) },
    );
  }
  return n;
}

/** The refusal of a file over MAX_SCENARIO_BYTES (a scenario, a lesson or a CSV). */
export function fileTooLarge(text: string, maxBytes = MAX_SCENARIO_BYTES): EngineError {
  const size = Math.round(text.length / 1000);
  const max = maxBytes / 1_000_000;
  return new EngineError('file', `is larger than ${max} MB (${size} kB)`, 'file-too-large', { max, size });
}

/** Parse a scenario from JSON text. Throws EngineError naming the field; never returns half a scenario. */
export function parseScenario(text: string): Scenario {
  if (text.length > MAX_SCENARIO_BYTES) {
    throw fileTooLarge(text);
  }
  return parseScenarioValue(parseJson(text));
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // The parser's own words are English; the reader gets the line and column when it names them.
    const detail = (error as Error).message;
    const position = /at position (\d+)/.exec(detail);
    if (!position) throw new EngineError('file', `is not valid JSON (${detail})`, 'invalid-json');
    const before = text.slice(0, Number(position[1])).split(/\r\n|\r|\n/);
    throw new EngineError('file', `is not valid JSON (${detail})`, 'invalid-json-at', {
      line: before.length,
      column: before[before.length - 1]!.length + 1,
    });
  }
}

/** Validate an already parsed scenario object (a file's JSON, or a saved lesson's). */
export function parseScenarioValue(json: unknown): Scenario {
  const root = expectRecord(json, 'scenario');
  if (root.format !== SCENARIO_FORMAT) {
    throw new EngineError(
      'format',
      `must be "${SCENARIO_FORMAT}" (got ${describeValue(root.format)})`,
      'wrong-format',
      { expected: SCENARIO_FORMAT, value: describeValue(root.format) },
    );
  }
  if (root.version !== SCENARIO_VERSION) {
    throw new EngineError(
      'version',
      `must be ${SCENARIO_VERSION} (got ${describeValue(root.version)})`,
      'wrong-version',
      { expected: SCENARIO_VERSION, value: describeValue(root.version) },
    );
  }
  const model = parseModelSpec(root.model, 'model');
  const dataset =
    root.dataset === undefined || root.dataset === null
      ? null
      : resolveDatasetOptions(root.dataset, 'dataset');
  const generated = dataset && root.data === undefined ? generateDataset(dataset) : null;
  const rawData = generated ? generated.train : root.data;
  const rawTest = generated ? generated.test : (root.testData ?? []);
  for (const [field, value] of [
    ['data', rawData],
    ['testData', rawTest],
  ] as const) {
    if (Array.isArray(value) && value.length > MAX_SAMPLES) {
      throw new EngineError(
        field,
        `may hold at most ${MAX_SAMPLES} samples (has ${value.length})`,
        'too-many-samples',
        { max: MAX_SAMPLES, count: value.length },
      );
    }
  }
  let features: FeatureName[] | null = null;
  let rawInputs = inputSize(model);
  if (root.features !== undefined && root.features !== null) {
    const first = Array.isArray(rawData) ? (rawData[0] as { x?: unknown } | undefined) : undefined;
    const dimension = Array.isArray(first?.x) && first.x.length === 1 ? 1 : 2;
    rawInputs = dimension;
    features = validateFeatures(root.features, dimension, 'features');
    if (features.length !== inputSize(model)) {
      throw new EngineError(
        'features',
        `lists ${features.length} features but the network has ${inputSize(model)} inputs`,
        'features-count',
        { count: features.length, inputs: inputSize(model) },
      );
    }
  }
  const data = validateData(rawData, rawInputs, outputSize(model), 'data');
  const testData =
    Array.isArray(rawTest) && rawTest.length === 0
      ? []
      : validateData(rawTest, rawInputs, outputSize(model), 'testData');
  validateTargets(model.loss, data, 'data');
  validateTargets(model.loss, testData, 'testData');
  const optimizer = parseOptimizerConfig(root.optimizer, 'optimizer');
  const batchSize = root.batchSize === undefined ? 1 : parseBatchSize(root.batchSize, data.length);
  const seed = root.seed === undefined ? 0 : parseSeed(root.seed);
  return { model, data, optimizer, batchSize, seed, testData, features, dataset };
}

/** The samples the network sees: the raw ones with the scenario's features applied. */
export function withFeatures(
  samples: readonly Sample[],
  features: readonly FeatureName[] | null | undefined,
): Sample[] {
  return features ? applyFeatures(samples, features) : [...samples];
}

export function serializeScenario(scenario: Scenario): string {
  return JSON.stringify(
    {
      format: SCENARIO_FORMAT,
      version: SCENARIO_VERSION,
      model: modelToSpec(scenario.model),
      data: scenario.data,
      optimizer: scenario.optimizer,
      batchSize: scenario.batchSize,
      seed: scenario.seed,
      ...(scenario.testData?.length ? { testData: scenario.testData } : {}),
      ...(scenario.features ? { features: scenario.features } : {}),
      ...(scenario.dataset ? { dataset: scenario.dataset } : {}),
    },
    null,
    2,
  );
}
