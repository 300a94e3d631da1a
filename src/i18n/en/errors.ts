/**
 * Refused input, worded from the engine's and store's codes (engine/errors.ts ErrorCode). English
 * keeps the engine's own sentences; `{field}` is the offending field's name (see `fields`).
 */
export const errors = {
  withField: '{field}: {message}',
  codes: {
    'not-a-number': 'must be a number such as 0.1 or 1e-3 (got {value})',
    'not-finite': 'must be a finite number (got {value})',
    'divide-by-zero': 'cannot divide by zero ({value})',
    'out-of-range': 'must be between {min} and {max} (got {value})',
    'whole-number': 'must be a whole number (got {value})',
    'max-hidden-layers': 'at most {max} hidden layers',
    'max-samples': 'holds at most {max} samples',
    'min-one-sample': 'needs at least one training sample',
    'points-2d-only': 'points can be added to two-input, one-output data only',
    'inputs-mismatch': "must match the data's {count} inputs",
    'outputs-mismatch': "must match the data's {count} targets",
  },
  /** What went NaN or infinite, for the "diverged" refusal. */
  divergedDetail: 'Layer {layer}: {quantity} became {value}',
  /** An update that would write a non-finite weight or bias: "W2[1][3] would become -Infinity". */
  divergedUpdate: '{name} would become {value}',
  /** Play's fast trainer overflowed on a batch no single value of which could be named. */
  divergedBatch: { loss: 'the batch loss overflowed', gradient: 'the batch gradient overflowed' },
  /** Names of the fields a person can type into; other fields are shown as their path. */
  fields: {
    'optimizer.learningRate': 'optimizer.learningRate',
    learningRate: 'learningRate',
    data: 'data',
    'model.layers': 'model.layers',
    x1: 'x₁',
    x2: 'x₂',
  },
} as const;
