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
  type Model,
  type OptimizerConfig,
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
  data: Sample[];
  optimizer: OptimizerConfig;
  batchSize: number;
  seed: number;
}

export function parseBatchSize(value: unknown, dataLength: number, field = 'batchSize'): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new EngineError(field, `must be a whole number of at least 1 (got ${describeValue(value)})`);
  }
  const max = Math.min(dataLength, MAX_BATCH_SIZE);
  if (n > max) throw new EngineError(field, `must be at most ${max}, the number of samples (got ${n})`);
  return n;
}

export function parseSeed(value: unknown, field = 'seed'): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new EngineError(field, `must be a whole number from 0 to 4294967295 (got ${describeValue(value)})`);
  }
  return n;
}

/** Parse a scenario from JSON text. Throws EngineError naming the field; never returns half a scenario. */
export function parseScenario(text: string): Scenario {
  if (text.length > MAX_SCENARIO_BYTES) {
    throw new EngineError('file', `is larger than 1 MB (${Math.round(text.length / 1000)} kB)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EngineError('file', `is not valid JSON (${(error as Error).message})`);
  }
  const root = expectRecord(json, 'scenario');
  if (root.format !== SCENARIO_FORMAT) {
    throw new EngineError('format', `must be "${SCENARIO_FORMAT}" (got ${describeValue(root.format)})`);
  }
  if (root.version !== SCENARIO_VERSION) {
    throw new EngineError('version', `must be ${SCENARIO_VERSION} (got ${describeValue(root.version)})`);
  }
  const model = parseModelSpec(root.model, 'model');
  if (Array.isArray(root.data) && root.data.length > MAX_SAMPLES) {
    throw new EngineError('data', `may hold at most ${MAX_SAMPLES} samples (has ${root.data.length})`);
  }
  const data = validateData(root.data, inputSize(model), outputSize(model), 'data');
  const optimizer = parseOptimizerConfig(root.optimizer, 'optimizer');
  const batchSize = root.batchSize === undefined ? 1 : parseBatchSize(root.batchSize, data.length);
  const seed = root.seed === undefined ? 0 : parseSeed(root.seed);
  return { model, data, optimizer, batchSize, seed };
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
    },
    null,
    2,
  );
}
