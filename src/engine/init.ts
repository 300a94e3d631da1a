/**
 * Weight initialisation from a seeded Rng: Xavier/Glorot uniform, U(−√(6/(in+out)), √(6/(in+out))),
 * for sigmoid, tanh, linear and softmax layers; He (Kaiming) normal, N(0, 2/in), for relu and
 * leakyRelu. Biases start at 0. The same seed gives bit-identical weights.
 */
import type { ActivationName } from './activations';
import type { Architecture, Layer, Model } from './model';
import type { Rng } from './rng';
import { validateModel } from './validate';

function initLayer(inSize: number, outSize: number, activation: ActivationName, rng: Rng): Layer {
  const W = new Float64Array(outSize * inSize);
  if (activation === 'relu' || activation === 'leakyRelu') {
    const std = Math.sqrt(2 / inSize);
    for (let k = 0; k < W.length; k++) W[k] = std * rng.normal();
  } else {
    const limit = Math.sqrt(6 / (inSize + outSize));
    for (let k = 0; k < W.length; k++) W[k] = (2 * rng.next() - 1) * limit;
  }
  return { inSize, outSize, W, b: new Float64Array(outSize), activation };
}

/** A freshly initialised model of the given architecture. Throws EngineError for a bad shape. */
export function initModel(architecture: Architecture, rng: Rng): Model {
  let inSize = architecture.inputs;
  const layers = architecture.layers.map(({ units, activation }) => {
    const layer = initLayer(inSize, units, activation, rng);
    inSize = units;
    return layer;
  });
  const model: Model = { layers, loss: architecture.loss };
  validateModel(model);
  return model;
}
