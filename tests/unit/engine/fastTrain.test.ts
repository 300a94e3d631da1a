import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  accumulateBatch,
  applyUpdate,
  cloneModel,
  createFastTrainer,
  createOptimizerState,
  createRng,
  EngineError,
  initModel,
  packSamples,
  traceSample,
  train,
  type ActivationName,
  type Architecture,
  type LossName,
  type Model,
  type OptimizerConfig,
  type OptimizerKind,
  type OptimizerState,
  type Rng,
  type Sample,
} from '../../../src/engine';

/** The worst |a − b| / |b| over two equally long lists (0 where a === b); Infinity on a shape mismatch. */
function worstRelative(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) return Infinity;
  let worst = 0;
  for (let k = 0; k < expected.length; k++) {
    const a = actual[k]!;
    const b = expected[k]!;
    if (a === b) continue;
    worst = Math.max(worst, Number.isFinite(a - b) ? Math.abs(a - b) / Math.abs(b) : Infinity);
  }
  return worst;
}

/** Every value within 1e-12 relative of the reference (the spec; in practice they are bit-identical). */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(worstRelative(actual, expected)).toBeLessThanOrEqual(1e-12);
}

const flatParameters = (model: Model) => model.layers.flatMap((layer) => [...layer.W, ...layer.b]);
const flatState = (buffers: OptimizerState['m']) => buffers.flatMap(({ W, b }) => [...W, ...b]);

interface Case {
  model: Model;
  data: Sample[];
  optimizer: OptimizerConfig;
}

const HIDDEN: ActivationName[] = ['linear', 'relu', 'leakyRelu', 'sigmoid', 'tanh'];

/** A random network, data fitting its loss, and an optimizer, all drawn from one seed. */
function randomCase(
  seed: number,
  hiddenSizes: number[],
  output: { loss: LossName; activation: ActivationName },
  kind: OptimizerKind,
  sampleCount: number,
): Case {
  const rng = createRng(seed);
  const pick = <T>(items: readonly T[]): T => items[rng.int(items.length)]!;
  const inputs = 1 + rng.int(4);
  const outputs = output.loss === 'bce' || output.activation !== 'softmax' ? 1 + rng.int(3) : 2 + rng.int(3);
  const architecture: Architecture = {
    inputs,
    layers: [
      ...hiddenSizes.map((units) => ({ units, activation: pick(HIDDEN) })),
      { units: outputs, activation: output.activation },
    ],
    loss: output.loss,
  };
  const model = initModel(architecture, rng);
  for (const layer of model.layers) for (let i = 0; i < layer.b.length; i++) layer.b[i] = rng.normal() * 0.5;
  const data = Array.from({ length: sampleCount }, () => ({
    x: Array.from({ length: inputs }, () => 4 * rng.next() - 2),
    y: randomTarget(output.loss, outputs, rng),
  }));
  const learningRate = 0.001 + rng.next() * 0.5;
  const optimizer: OptimizerConfig =
    kind === 'momentum'
      ? { kind, learningRate, momentum: rng.next() * 0.95 }
      : kind === 'adam'
        ? { kind, learningRate: learningRate / 10, beta1: 0.8 + rng.next() * 0.15 }
        : { kind, learningRate };
  return { model, data, optimizer };
}

function randomTarget(loss: LossName, outputs: number, rng: Rng): number[] {
  if (loss === 'mse') return Array.from({ length: outputs }, () => 2 * rng.next() - 1);
  if (loss === 'bce')
    return Array.from({ length: outputs }, () => (rng.next() < 0.3 ? rng.next() : rng.int(2)));
  const y = new Array<number>(outputs).fill(0);
  y[rng.int(outputs)] = 1;
  return y;
}

const CROSS_ENTROPY = { loss: 'crossEntropy', activation: 'softmax' } as const;

const outputChoices: { loss: LossName; activation: ActivationName }[] = [
  ...ACTIVATION_NAMES.map((activation) => ({ loss: 'mse' as LossName, activation })),
  { loss: 'bce', activation: 'sigmoid' },
  { loss: 'crossEntropy', activation: 'softmax' },
];

/** The reference step: accumulateBatch on the cyclic batch, then applyUpdate. */
function referenceSteps(c: Case, batchSize: number, steps: number) {
  const model = cloneModel(c.model);
  const state = createOptimizerState(model);
  const losses: number[] = [];
  const parameters: number[][] = [];
  for (let step = 0; step < steps; step++) {
    const batch = Array.from(
      { length: batchSize },
      (_, k) => c.data[(step * batchSize + k) % c.data.length]!,
    );
    const { loss, dLdW, dLdb } = accumulateBatch(model, batch);
    losses.push(loss);
    applyUpdate(model, dLdW, dLdb, c.optimizer, state);
    parameters.push(flatParameters(model));
  }
  return { model, state, losses, parameters };
}

const packed = (c: Case) => packSamples(c.data, c.model.layers[0]!.inSize, c.data[0]!.y.length);

function cyclicOrder(n: number, length: number): Int32Array {
  return Int32Array.from({ length }, (_, k) => k % n);
}

describe('createFastTrainer trainBatch', () => {
  it('matches accumulateBatch + applyUpdate on random networks, losses, optimizers and batch sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }),
        fc.constantFrom(...outputChoices),
        fc.constantFrom<OptimizerKind>('sgd', 'momentum', 'adam'),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 8 }),
        (seed, hiddenSizes, output, kind, sampleCount, batchSize) => {
          const c = randomCase(seed, hiddenSizes, output, kind, sampleCount);
          const steps = 4;
          const reference = referenceSteps(c, batchSize, steps);
          const trainer = createFastTrainer(c.model, c.optimizer);
          const { xs, ys } = packed(c);
          const order = cyclicOrder(c.data.length, steps * batchSize);
          for (let step = 0; step < steps; step++) {
            const loss = trainer.trainBatch(xs, ys, order, step * batchSize, batchSize);
            expect(trainer.lastError).toBeNull();
            expectClose([loss], [reference.losses[step]!]);
            expectClose(flatParameters(trainer.toModel()), reference.parameters[step]!);
          }
          const state = trainer.readOptimizerState();
          expect(state.t).toBe(reference.state.t);
          expectClose(flatState(state.m), flatState(reference.state.m));
          expectClose(flatState(state.v), flatState(reference.state.v));
        },
      ),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('gives bit-identical parameters to the reference on the benchmark network (per-sample sgd)', () => {
    const c = randomCase(11, [8, 8], { loss: 'mse', activation: 'sigmoid' }, 'sgd', 20);
    const reference = referenceSteps(c, 1, 60);
    const trainer = createFastTrainer(c.model, c.optimizer);
    const { xs, ys } = packed(c);
    const order = cyclicOrder(c.data.length, 60);
    const losses = Array.from({ length: 60 }, (_, step) => trainer.trainBatch(xs, ys, order, step, 1));
    expect(losses).toEqual(reference.losses);
    expect(flatParameters(trainer.toModel())).toEqual(reference.parameters[59]);
  });

  it('keeps the optimizer state when setOptimizer changes the learning rate', () => {
    const c = randomCase(5, [3], { loss: 'mse', activation: 'tanh' }, 'momentum', 4);
    const faster: OptimizerConfig = { ...c.optimizer, learningRate: c.optimizer.learningRate * 3 };
    const model = cloneModel(c.model);
    const state = createOptimizerState(model);
    const trainer = createFastTrainer(c.model, c.optimizer);
    const { xs, ys } = packed(c);
    const order = cyclicOrder(4, 4);
    for (const config of [c.optimizer, c.optimizer, faster]) {
      trainer.setOptimizer(config);
      trainer.trainBatch(xs, ys, order, 0, 4);
      const { dLdW, dLdb } = accumulateBatch(model, c.data);
      applyUpdate(model, dLdW, dLdb, config, state);
    }
    expectClose(flatParameters(trainer.toModel()), flatParameters(model));
  });

  it('continues from an optimizer state passed to createFastTrainer as the reference does', () => {
    const c = randomCase(9, [4], { loss: 'bce', activation: 'sigmoid' }, 'adam', 3);
    const first = createFastTrainer(c.model, c.optimizer);
    const { xs, ys } = packed(c);
    const order = cyclicOrder(3, 3);
    first.trainBatch(xs, ys, order, 0, 3);
    first.trainBatch(xs, ys, order, 0, 3);
    const resumed = createFastTrainer(first.toModel(), c.optimizer, first.readOptimizerState());
    first.trainBatch(xs, ys, order, 0, 3);
    resumed.trainBatch(xs, ys, order, 0, 3);
    expect(flatParameters(resumed.toModel())).toEqual(flatParameters(first.toModel()));
  });
});

/** x = [1e10] → linear unit with w 1e-10 → sigmoid output with w 1e300 and target 0 (bce). */
function explodingGradientModel(): Model {
  return {
    loss: 'bce',
    layers: [
      { inSize: 1, outSize: 1, W: Float64Array.of(1e-10), b: Float64Array.of(0), activation: 'linear' },
      { inSize: 1, outSize: 1, W: Float64Array.of(1e300), b: Float64Array.of(0), activation: 'sigmoid' },
    ],
  };
}

describe('createFastTrainer non-finite detection', () => {
  it.each([1, 2])(
    'refuses an overflowing loss with batch size %i and leaves parameters and state unchanged',
    (count) => {
      const model: Model = {
        loss: 'mse',
        layers: [
          { inSize: 1, outSize: 1, W: Float64Array.of(1e200), b: Float64Array.of(0), activation: 'linear' },
        ],
      };
      const trainer = createFastTrainer(model, { kind: 'adam', learningRate: 0.1 });
      const { xs, ys } = packSamples(
        [
          { x: [1], y: [0] },
          { x: [2], y: [0] },
        ],
        1,
        1,
      );
      expect(trainer.trainBatch(xs, ys, [0, 1], 0, count)).toBeNaN();
      expect(trainer.lastError).toBe('non-finite-loss');
      expect(trainer.lastLoss).toBe(Infinity);
      expect(flatParameters(trainer.toModel())).toEqual([1e200, 0]);
      expect(trainer.readOptimizerState().t).toBe(0);
    },
  );

  it.each([1, 2])('refuses a finite loss with an overflowing gradient with batch size %i', (count) => {
    const model = explodingGradientModel();
    expect(Number.isFinite(traceSample(model, { x: [1e10], y: [0] }).loss)).toBe(true);
    expect(traceSample(model, { x: [1e10], y: [0] }).layers[0]!.dLdW[0]![0]).toBe(Infinity);
    const trainer = createFastTrainer(model, { kind: 'sgd', learningRate: 0.1 });
    const { xs, ys } = packSamples(
      [
        { x: [1e10], y: [0] },
        { x: [1e10], y: [0] },
      ],
      1,
      1,
    );
    expect(trainer.trainBatch(xs, ys, [0, 1], 0, count)).toBeNaN();
    expect(trainer.lastError).toBe('non-finite-gradient');
    expect(flatParameters(trainer.toModel())).toEqual(flatParameters(model));
  });

  it('updates when only the bound of its finiteness check overflows (Σ|a| = ∞, every dL/dW finite)', () => {
    // x = (1e308, 1e308): Σ|x| overflows, but z = 0 and dL/dz = −1 give dL/dW = (−1e308, −1e308).
    const model: Model = {
      loss: 'mse',
      layers: [
        {
          inSize: 2,
          outSize: 1,
          W: Float64Array.of(1e-308, -1e-308),
          b: Float64Array.of(0),
          activation: 'linear',
        },
      ],
    };
    const sample = { x: [1e308, 1e308], y: [0.5] };
    const { loss, dLdW, dLdb } = accumulateBatch(model, [sample]);
    expect(dLdW[0]).toEqual(Float64Array.of(-1e308, -1e308));
    const reference = cloneModel(model);
    applyUpdate(reference, dLdW, dLdb, { kind: 'sgd', learningRate: 0.1 }, createOptimizerState(model));
    const trainer = createFastTrainer(model, { kind: 'sgd', learningRate: 0.1 });
    const { xs, ys } = packSamples([sample], 2, 1);
    expect(trainer.trainBatch(xs, ys, [0], 0, 1)).toBe(loss);
    expect(trainer.lastError).toBeNull();
    expect(flatParameters(trainer.toModel())).toEqual(flatParameters(reference));
  });

  it('clears lastError after a successful update', () => {
    const trainer = createFastTrainer(explodingGradientModel(), { kind: 'sgd', learningRate: 0.1 });
    const { xs, ys } = packSamples(
      [
        { x: [1e10], y: [0] },
        { x: [0], y: [1] },
      ],
      1,
      1,
    );
    trainer.trainBatch(xs, ys, [0, 1], 0, 1);
    expect(trainer.trainBatch(xs, ys, [0, 1], 1, 1)).toBeCloseTo(Math.LN2, 12);
    expect(trainer.lastError).toBeNull();
  });
});

describe('createFastTrainer forward', () => {
  it('forwardOutput, activation and preActivation equal traceSample', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }),
        fc.constantFrom(...outputChoices),
        (seed, hiddenSizes, output) => {
          const c = randomCase(seed, hiddenSizes, output, 'sgd', 1);
          const trainer = createFastTrainer(c.model, c.optimizer);
          const sample = c.data[0]!;
          const trace = traceSample(c.model, sample);
          const out = new Float64Array(trace.output.length);
          trainer.forwardOutput(sample.x, out);
          expect(Array.from(out)).toEqual(trace.output);
          trace.layers.forEach((layer, l) => {
            layer.a.forEach((a, i) => expect(trainer.activation(l + 1, i)).toBe(a));
            layer.z.forEach((z, i) => expect(trainer.preActivation(l + 1, i)).toBe(z));
          });
          sample.x.forEach((x, j) => expect(trainer.activation(0, j)).toBe(x));
        },
      ),
      { seed: 20261204, numRuns: 100 },
    );
  });
});

describe('createFastTrainer models', () => {
  it('never changes the model it was created from', () => {
    const c = randomCase(3, [4], { loss: 'mse', activation: 'linear' }, 'sgd', 3);
    const before = flatParameters(c.model);
    const trainer = createFastTrainer(c.model, c.optimizer);
    const { xs, ys } = packed(c);
    trainer.trainBatch(xs, ys, [0, 1, 2], 0, 3);
    expect(flatParameters(c.model)).toEqual(before);
    expect(flatParameters(trainer.toModel())).not.toEqual(before);
  });

  it('readModel and loadModel refuse other sizes or another activation', () => {
    const c = randomCase(3, [4], { loss: 'mse', activation: 'linear' }, 'sgd', 1);
    const wider = randomCase(3, [5], { loss: 'mse', activation: 'linear' }, 'sgd', 1).model;
    const relabelled = cloneModel(c.model);
    relabelled.layers[1]!.activation = 'tanh';
    const trainer = createFastTrainer(c.model, c.optimizer);
    for (const other of [wider, relabelled]) {
      expect(() => trainer.readModel(other)).toThrow(EngineError);
      expect(() => trainer.loadModel(other)).toThrow(EngineError);
    }
  });

  it('evaluate gives the batch-mean loss of accumulateBatch and changes nothing', () => {
    const c = randomCase(4, [3], CROSS_ENTROPY, 'sgd', 5);
    const trainer = createFastTrainer(c.model, c.optimizer);
    const { xs, ys } = packed(c);
    expectClose([trainer.evaluate(xs, ys, cyclicOrder(5, 5), 0, 5)], [accumulateBatch(c.model, c.data).loss]);
    expect(flatParameters(trainer.toModel())).toEqual(flatParameters(c.model));
  });

  it('score gives the mean loss of accumulateBatch and the accuracy of traceSample, changing nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...outputChoices),
        (seed, output) => {
          const c = randomCase(seed, [3], output, 'sgd', 7);
          const trainer = createFastTrainer(c.model, c.optimizer);
          const { xs, ys, count } = packed(c);
          const { loss, accuracy } = trainer.score(xs, ys, count);
          expectClose([loss], [accumulateBatch(c.model, c.data).loss]);
          // Correct: both sides of 0.5 for one output, the same arg-max for several.
          const side = (v: readonly number[]) =>
            v.length === 1 ? Number(v[0]! >= 0.5) : v.indexOf(Math.max(...v));
          const correct = c.data.filter(
            (sample) => side(traceSample(c.model, sample).output) === side(sample.y),
          );
          expect(accuracy).toBe(correct.length / c.data.length);
          expect(flatParameters(trainer.toModel())).toEqual(flatParameters(c.model));
        },
      ),
      { seed: 20261203, numRuns: 100 },
    );
    const empty = createFastTrainer(randomCase(1, [2], CROSS_ENTROPY, 'sgd', 1).model, {
      kind: 'sgd',
      learningRate: 0.1,
    });
    expect(empty.score(new Float64Array(0), new Float64Array(0), 0)).toEqual({ loss: NaN, accuracy: NaN });
  });

  it('packSamples names the sample whose size is wrong', () => {
    expect(() =>
      packSamples(
        [
          { x: [1, 2], y: [0] },
          { x: [1], y: [0] },
        ],
        2,
        1,
      ),
    ).toThrow('data[1].x');
  });
});

describe('train', () => {
  it('equals the reference loop with cyclic batches, including batches larger than the data', () => {
    for (const batchSize of [1, 2, 3, 7]) {
      const c = randomCase(21 + batchSize, [5, 3], CROSS_ENTROPY, 'momentum', 3);
      const reference = referenceSteps(c, batchSize, 10);
      const result = train(c.model, c.data, c.optimizer, 10, batchSize);
      expectClose(result.losses, reference.losses);
      expectClose(flatParameters(result.model), flatParameters(reference.model));
    }
  });

  it('uses the whole data set as one batch by default and leaves the input model unchanged', () => {
    const c = randomCase(2, [3], { loss: 'bce', activation: 'sigmoid' }, 'adam', 5);
    const before = cloneModel(c.model);
    const result = train(c.model, c.data, c.optimizer, 6);
    expect(c.model).toEqual(before);
    expectClose(result.losses, referenceSteps(c, 5, 6).losses);
  });

  it('rejects empty data and a non-integer batch size', () => {
    const c = randomCase(2, [], { loss: 'mse', activation: 'linear' }, 'sgd', 2);
    expect(() => train(c.model, [], c.optimizer, 1)).toThrow(EngineError);
    expect(() => train(c.model, c.data, c.optimizer, 1, 1.5)).toThrow(EngineError);
  });
});
