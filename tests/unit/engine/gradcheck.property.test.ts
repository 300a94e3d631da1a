// @vitest-environment node
/**
 * Gradient check on random networks: the analytic gradients (batchGradients, traceSample) against
 * central differences of the loss, for every weight, bias, input and hidden activation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  batchGradients,
  createTraceBuffers,
  parseModelSpec,
  runSample,
  traceSample,
  type ActivationName,
  type LayerSpec,
  type LossName,
  type Model,
  type ModelSpec,
  type Sample,
} from '../../../src/engine';

const HIDDEN_ACTIVATIONS = ['linear', 'relu', 'leakyRelu', 'sigmoid', 'tanh'] as const;
const KINKED = new Set<ActivationName>(['relu', 'leakyRelu']);
const H = 1e-6;
const RELATIVE_TOLERANCE = 1e-6;
// A relu unit this close to 0 would put its kink inside the finite-difference step.
const KINK_MARGIN = 1e-4;
const RUNS = { seed: 20260601, numRuns: 100 };

const between = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const vector = (n: number, min: number, max: number) =>
  fc.array(between(min, max), { minLength: n, maxLength: n });

function layerArb(inSize: number, outSize: number, activation: ActivationName): fc.Arbitrary<LayerSpec> {
  return fc.record({
    W: fc.array(vector(inSize, -1, 1), { minLength: outSize, maxLength: outSize }),
    b: vector(outSize, -0.5, 0.5),
    activation: fc.constant(activation),
  });
}

function targetArb(loss: LossName, n: number): fc.Arbitrary<number[]> {
  if (loss === 'mse') return vector(n, -1, 1);
  if (loss === 'bce') return vector(n, 0, 1);
  const oneHot = fc
    .integer({ min: 0, max: n - 1 })
    .map((k) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0)));
  const soft = vector(n, 0.01, 1).map((v) => {
    const sum = v.reduce((s, x) => s + x, 0);
    return v.map((x) => x / sum);
  });
  return fc.oneof(oneHot, soft);
}

/** The output layer's activation must suit the loss: mse takes any, bce sigmoid, crossEntropy softmax. */
const headArb = fc.oneof(
  fc.record({
    loss: fc.constant<LossName>('mse'),
    activation: fc.constantFrom<ActivationName>(...HIDDEN_ACTIVATIONS, 'softmax'),
    outputs: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    loss: fc.constant<LossName>('bce'),
    activation: fc.constant<ActivationName>('sigmoid'),
    outputs: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    loss: fc.constant<LossName>('crossEntropy'),
    activation: fc.constant<ActivationName>('softmax'),
    outputs: fc.integer({ min: 2, max: 4 }),
  }),
);

interface Case {
  spec: ModelSpec;
  batch: Sample[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    inputs: fc.integer({ min: 1, max: 4 }),
    hidden: fc.array(
      fc.record({
        units: fc.integer({ min: 1, max: 5 }),
        activation: fc.constantFrom(...HIDDEN_ACTIVATIONS),
      }),
      { maxLength: 3 },
    ),
    head: headArb,
    batchSize: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ inputs, hidden, head, batchSize }) => {
    const sizes = [inputs, ...hidden.map((h) => h.units), head.outputs];
    const activations = [...hidden.map((h) => h.activation), head.activation];
    const layers = fc.tuple(
      ...activations.map((activation, l) => layerArb(sizes[l]!, sizes[l + 1]!, activation)),
    );
    const sample = fc.record({ x: vector(inputs, -1, 1), y: targetArb(head.loss, head.outputs) });
    return fc.record({
      spec: layers.map((ls): ModelSpec => ({ layers: ls, loss: head.loss })),
      batch: fc.array(sample, { minLength: batchSize, maxLength: batchSize }),
    });
  });

/** The batch-mean loss and the signs of every relu/leakyRelu pre-activation on the way. */
function evaluate(model: Model, batch: readonly Sample[]): { loss: number; kinkSides: string } {
  const buffers = createTraceBuffers(model);
  let loss = 0;
  let kinkSides = '';
  for (const sample of batch) {
    loss += runSample(model, sample, buffers);
    model.layers.forEach((layer, l) => {
      if (KINKED.has(layer.activation)) for (const z of buffers.z[l]!) kinkSides += z > 0 ? '+' : '-';
    });
  }
  return { loss: loss / batch.length, kinkSides };
}

function clearOfKinks(model: Model, batch: readonly Sample[]): boolean {
  return batch.every((sample) =>
    traceSample(model, sample).layers.every(
      (layer, l) =>
        !KINKED.has(model.layers[l]!.activation) || layer.z.every((z) => Math.abs(z) >= KINK_MARGIN),
    ),
  );
}

/**
 * (L(t + h) − L(t − h)) / 2h for one number t the loss depends on; `set` writes t into the model
 * or the sample. A step that moves a relu unit across its kink discards the run instead.
 */
function numericDerivative(
  set: (t: number) => void,
  t: number,
  loss: () => { loss: number; kinkSides: string },
) {
  const base = loss().kinkSides;
  set(t + H);
  const plus = loss();
  set(t - H);
  const minus = loss();
  set(t);
  fc.pre(plus.kinkSides === base && minus.kinkSides === base);
  return (plus.loss - minus.loss) / (2 * H);
}

function expectGradient(analytic: number, numeric: number, what: string): void {
  const scale = Math.max(1, Math.abs(analytic), Math.abs(numeric));
  expect(
    Math.abs(analytic - numeric),
    `${what}: analytic ${analytic}, numeric ${numeric}`,
  ).toBeLessThanOrEqual(RELATIVE_TOLERANCE * scale);
}

function setup(c: Case): Model {
  const model = parseModelSpec(c.spec);
  fc.pre(clearOfKinks(model, c.batch));
  return model;
}

describe('gradients of random networks against central differences', () => {
  it('batchGradients: dL/dW and dL/db of the batch-mean loss', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const model = setup(c);
        const { dLdW, dLdb } = batchGradients(model, c.batch);
        const loss = () => evaluate(model, c.batch);
        model.layers.forEach((layer, l) => {
          layer.W.forEach((w, k) => {
            const numeric = numericDerivative((t) => (layer.W[k] = t), w, loss);
            const [i, j] = [Math.floor(k / layer.inSize), k % layer.inSize];
            expectGradient(dLdW[l]![i]![j]!, numeric, `dL/dW${l + 1}[${i}][${j}]`);
          });
          layer.b.forEach((b, i) => {
            const numeric = numericDerivative((t) => (layer.b[i] = t), b, loss);
            expectGradient(dLdb[l]![i]!, numeric, `dL/db${l + 1}[${i}]`);
          });
        });
      }),
      RUNS,
    );
  });

  it('traceSample: dL/dx of each sample’s loss', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const model = setup(c);
        for (const sample of c.batch) {
          const { dLdx } = traceSample(model, sample);
          const x = [...sample.x];
          const loss = () => evaluate(model, [{ x, y: sample.y }]);
          x.forEach((xj, j) => {
            const numeric = numericDerivative((t) => (x[j] = t), xj, loss);
            expectGradient(dLdx[j]!, numeric, `dL/dx[${j}]`);
          });
        }
      }),
      RUNS,
    );
  });

  it('traceSample: dL/da of every hidden layer', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.spec.layers.length > 1),
        (c) => {
          const model = setup(c);
          for (const sample of c.batch) {
            const trace = traceSample(model, sample);
            for (let l = 0; l < model.layers.length - 1; l++) {
              // The loss as a function of a_l is the network made of the layers after l.
              const rest: Model = { layers: model.layers.slice(l + 1), loss: model.loss };
              const a = [...trace.layers[l]!.a];
              const loss = () => evaluate(rest, [{ x: a, y: sample.y }]);
              a.forEach((ai, i) => {
                const numeric = numericDerivative((t) => (a[i] = t), ai, loss);
                expectGradient(trace.layers[l]!.dLda[i]!, numeric, `dL/da${l + 1}[${i}]`);
              });
            }
          }
        },
      ),
      RUNS,
    );
  });
});
