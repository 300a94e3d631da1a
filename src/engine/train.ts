/**
 * Headless training: `train` runs `steps` updates and returns a new model and the loss curve.
 */
import { EngineError } from './errors';
import { cloneModel, type Model, type Sample } from './model';
import { applyUpdate, createOptimizerState, type OptimizerConfig } from './optimizers';
import { accumulateBatch, createTraceBuffers } from './trace';

/**
 * Train a copy of `model` for `steps` updates. Step i takes the next `batchSize` samples of `data`
 * cyclically in order (samples i·B … i·B + B − 1, mod N), computes the batch-mean loss and gradients
 * and applies one optimizer update. losses[i] is that batch's loss before update i. The input model
 * is never changed.
 */
export function train(
  model: Model,
  data: readonly Sample[],
  optimizer: OptimizerConfig,
  steps: number,
  batchSize: number = data.length,
): { model: Model; losses: number[] } {
  if (!data.length) throw new EngineError('data', 'must contain at least one sample');
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new EngineError('batchSize', 'must be a positive integer');
  const trained = cloneModel(model);
  const state = createOptimizerState(trained);
  const buffers = createTraceBuffers(trained);
  const losses: number[] = [];
  let next = 0;
  for (let step = 0; step < steps; step++) {
    const batch: Sample[] = [];
    for (let k = 0; k < batchSize; k++) {
      batch.push(data[next]!);
      next = (next + 1) % data.length;
    }
    const { loss, dLdW, dLdb } = accumulateBatch(trained, batch, buffers);
    losses.push(loss);
    applyUpdate(trained, dLdW, dLdb, optimizer, state);
  }
  return { model: trained, losses };
}
