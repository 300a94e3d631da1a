/**
 * Headless training: `train` runs `steps` updates and returns a new model and the loss curve.
 */
import { EngineError } from './errors';
import { createFastTrainer, packSamples } from './fastTrain';
import { inputSize, outputSize, type Model, type Sample } from './model';
import type { OptimizerConfig } from './optimizers';

/**
 * Train a copy of `model` for `steps` updates. Step i takes the next `batchSize` samples of `data`
 * cyclically in order (samples i·B … i·B + B − 1, mod N), computes the batch-mean loss and gradients
 * and applies one optimizer update. losses[i] is that batch's loss before update i. The input model
 * is never changed. A step whose loss or gradients are not finite is not applied (the model keeps
 * its last finite parameters) and its loss is recorded as computed.
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
  const trainer = createFastTrainer(model, optimizer);
  const { xs, ys } = packSamples(data, inputSize(model), outputSize(model));
  // Batch [next, next + B) read straight from `order`, so a batch that wraps past the end needs no copy.
  const order = Int32Array.from({ length: data.length + batchSize - 1 }, (_, k) => k % data.length);
  const losses: number[] = [];
  let next = 0;
  for (let step = 0; step < steps; step++) {
    trainer.trainBatch(xs, ys, order, next, batchSize);
    losses.push(trainer.lastLoss);
    next = (next + batchSize) % data.length;
  }
  return { model: trainer.toModel(), losses };
}
