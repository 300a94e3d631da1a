/**
 * Validation of everything that enters the engine from outside (scenario files, the store, tests).
 * Each check throws an EngineError naming the field, before anything is changed.
 */
import { ACTIVATION_NAMES, type ActivationName } from './activations';
import { EngineError } from './errors';
import { LOSSES, LOSS_NAMES, type LossName } from './losses';
import { LIMITS, type Layer, type Model, type Sample } from './model';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) throw new EngineError(field, 'must be an object', 'not-an-object');
  return value;
}

export function expectFinite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new EngineError(field, `must be a finite number (got ${describeValue(value)})`, 'not-finite', {
      value: describeValue(value),
    });
  }
  return value;
}

export function expectVector(value: unknown, field: string, length?: number): number[] {
  if (!Array.isArray(value))
    throw new EngineError(field, 'must be an array of numbers', 'not-a-number-array');
  if (length !== undefined && value.length !== length) {
    throw new EngineError(field, `must have ${length} entries (has ${value.length})`, 'wrong-length', {
      expected: length,
      actual: value.length,
    });
  }
  return value.map((v, i) => expectFinite(v, `${field}[${i}]`));
}

export function expectActivation(value: unknown, field: string): ActivationName {
  if (typeof value !== 'string' || !(ACTIVATION_NAMES as readonly string[]).includes(value)) {
    throw new EngineError(
      field,
      `unknown activation ${describeValue(value)} (one of ${ACTIVATION_NAMES.join(', ')})`,
      'unknown-activation',
      { value: describeValue(value), choices: ACTIVATION_NAMES.join(', ') },
    );
  }
  return value as ActivationName;
}

export function expectLoss(value: unknown, field: string): LossName {
  if (typeof value !== 'string' || !(LOSS_NAMES as readonly string[]).includes(value)) {
    throw new EngineError(
      field,
      `unknown loss ${describeValue(value)} (one of ${LOSS_NAMES.join(', ')})`,
      'unknown-loss',
      { value: describeValue(value), choices: LOSS_NAMES.join(', ') },
    );
  }
  return value as LossName;
}

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number') return String(value);
  return Array.isArray(value) ? 'an array' : typeof value;
}

const SIZE_CHECKS = {
  'hidden-layers-range': 'the number of hidden layers',
  'inputs-range': 'the number of inputs',
  'units-range': 'the number of units',
} as const;

function checkSize(n: number, min: number, max: number, field: string, code: keyof typeof SIZE_CHECKS): void {
  if (n < min || n > max)
    throw new EngineError(field, `${SIZE_CHECKS[code]} must be between ${min} and ${max} (got ${n})`, code, {
      min,
      max,
      value: n,
    });
}

/** Structural rules shared by specs and built models: sizes, softmax placement, loss pairing. */
function checkArchitecture(
  sizes: number[],
  activations: ActivationName[],
  loss: LossName,
  field: string,
): void {
  const hidden = activations.length - 1;
  if (activations.length < 1)
    throw new EngineError(`${field}.layers`, 'needs at least one layer', 'no-layers');
  checkSize(hidden, 0, LIMITS.maxHiddenLayers, `${field}.layers`, 'hidden-layers-range');
  checkSize(sizes[0]!, LIMITS.minInputs, LIMITS.maxInputs, `${field}.layers[0].W`, 'inputs-range');
  for (let l = 0; l < activations.length; l++) {
    const units = sizes[l + 1]!;
    checkSize(units, LIMITS.minUnits, LIMITS.maxUnits, `${field}.layers[${l}].W`, 'units-range');
    if (activations[l] === 'softmax' && l !== activations.length - 1) {
      throw new EngineError(
        `${field}.layers[${l}].activation`,
        'softmax is allowed on the output layer only',
        'softmax-output-only',
      );
    }
  }
  const required = LOSSES[loss].requires;
  const outputActivation = activations[activations.length - 1];
  if (required && outputActivation !== required) {
    throw new EngineError(
      `${field}.loss`,
      `${loss} needs a ${required} output layer (the output layer is ${outputActivation})`,
      'loss-needs-output',
      { loss, required, actual: outputActivation ?? '' },
    );
  }
}

/** Parse and validate a model given as plain JSON; returns a fresh Model or throws EngineError. */
export function parseModelSpec(value: unknown, field = 'model'): Model {
  const spec = expectRecord(value, field);
  const loss = expectLoss(spec.loss, `${field}.loss`);
  if (!Array.isArray(spec.layers))
    throw new EngineError(`${field}.layers`, 'must be an array of layers', 'layers-not-array');
  const layers: Layer[] = [];
  let inSize = -1;
  spec.layers.forEach((raw, l) => {
    const path = `${field}.layers[${l}]`;
    const layerSpec = expectRecord(raw, path);
    const activation = expectActivation(layerSpec.activation, `${path}.activation`);
    if (!Array.isArray(layerSpec.W) || layerSpec.W.length === 0) {
      throw new EngineError(`${path}.W`, 'must be a non-empty array of rows (shape out × in)', 'weight-rows');
    }
    const rows = layerSpec.W as unknown[];
    const firstRow = rows[0];
    const cols = Array.isArray(firstRow) ? firstRow.length : 0;
    if (l === 0) inSize = cols;
    else if (cols !== inSize) {
      throw new EngineError(
        `${path}.W`,
        `each row must have ${inSize} entries, one per unit of layer ${l} (has ${cols})`,
        'row-length',
        { expected: inSize, layer: l, actual: cols },
      );
    }
    const W = new Float64Array(rows.length * inSize);
    rows.forEach((row, i) => W.set(expectVector(row, `${path}.W[${i}]`, inSize), i * inSize));
    const b = Float64Array.from(expectVector(layerSpec.b, `${path}.b`, rows.length));
    layers.push({ inSize, outSize: rows.length, W, b, activation });
    inSize = rows.length;
  });
  const sizes = [layers[0]?.inSize ?? 0, ...layers.map((layer) => layer.outSize)];
  checkArchitecture(
    sizes,
    layers.map((layer) => layer.activation),
    loss,
    field,
  );
  return { layers, loss };
}

/** Validate a Model built in code (shapes, finiteness, pairing). Throws EngineError. */
export function validateModel(model: Model, field = 'model'): void {
  if (!model.layers.length) throw new EngineError(`${field}.layers`, 'needs at least one layer', 'no-layers');
  model.layers.forEach((layer, l) => {
    const path = `${field}.layers[${l}]`;
    expectActivation(layer.activation, `${path}.activation`);
    if (l > 0 && layer.inSize !== model.layers[l - 1]!.outSize) {
      throw new EngineError(
        `${path}.W`,
        `takes ${layer.inSize} inputs but layer ${l} has ${model.layers[l - 1]!.outSize} units`,
      );
    }
    if (layer.W.length !== layer.outSize * layer.inSize) {
      throw new EngineError(`${path}.W`, `must hold ${layer.outSize}×${layer.inSize} numbers`);
    }
    if (layer.b.length !== layer.outSize)
      throw new EngineError(`${path}.b`, `must have ${layer.outSize} entries`);
    checkFiniteArray(layer.W, `${path}.W`, layer.inSize);
    checkFiniteArray(layer.b, `${path}.b`);
  });
  expectLoss(model.loss, `${field}.loss`);
  checkArchitecture(
    [model.layers[0]!.inSize, ...model.layers.map((layer) => layer.outSize)],
    model.layers.map((layer) => layer.activation),
    model.loss,
    field,
  );
}

function checkFiniteArray(values: Float64Array, field: string, columns?: number): void {
  for (let k = 0; k < values.length; k++) {
    if (!Number.isFinite(values[k])) {
      const where = columns ? `[${Math.floor(k / columns)}][${k % columns}]` : `[${k}]`;
      throw new EngineError(`${field}${where}`, `must be a finite number (got ${values[k]})`, 'not-finite', {
        value: String(values[k]),
      });
    }
  }
}

/** Validate one sample against the model's input and output sizes. */
export function validateSample(sample: unknown, inputs: number, outputs: number, field = 'sample'): Sample {
  const record = expectRecord(sample, field);
  return {
    x: expectVector(record.x, `${field}.x`, inputs),
    y: expectVector(record.y, `${field}.y`, outputs),
  };
}

export function validateData(data: unknown, inputs: number, outputs: number, field = 'data'): Sample[] {
  if (!Array.isArray(data) || data.length === 0)
    throw new EngineError(field, 'must be a non-empty array of samples', 'no-samples');
  return data.map((sample, i) => validateSample(sample, inputs, outputs, `${field}[${i}]`));
}

/**
 * Targets a loss can take: bce needs y in [0, 1]; crossEntropy a probability vector (y ≥ 0, Σ y = 1).
 * Other targets would give a "loss" that is negative or meaningless.
 */
export function validateTargets(loss: LossName, data: readonly Sample[], field = 'data'): void {
  data.forEach((sample, s) => {
    if (loss === 'bce') {
      sample.y.forEach((y, k) => {
        if (y < 0 || y > 1)
          throw new EngineError(
            `${field}[${s}].y[${k}]`,
            `must be between 0 and 1 for bce (got ${y})`,
            'bce-target',
            {
              value: y,
            },
          );
      });
    }
    if (loss === 'crossEntropy') {
      const sum = sample.y.reduce((a, b) => a + b, 0);
      if (sample.y.some((y) => y < 0) || Math.abs(sum - 1) > 1e-6) {
        throw new EngineError(
          `${field}[${s}].y`,
          `must be probabilities that sum to 1 for crossEntropy (sum ${sum})`,
          'cross-entropy-target',
          { sum },
        );
      }
    }
  });
}
