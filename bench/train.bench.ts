/**
 * `npm run bench`: per-sample SGD (batch size 1) on a 2-8-8-1 network over 500 two-dimensional
 * samples, the engine's fast trainer against brain.js 1.6.1 in the same process, in two settings:
 * tanh on every layer (brain.js `activation: 'tanh'`) and sigmoid on every layer (brain.js's default),
 * mse in both (brain.js's only loss).
 * Each round runs the four trainers one after another, so that no one gets a warmer CPU or a quieter
 * machine. Prints samples/s (of CPU time) per round, the medians and the median of the per-round
 * ratios, with the wall-clock ratio beside it.
 */
import os from 'node:os';
import { createRequire } from 'node:module';
import {
  createFastTrainer,
  createRng,
  initModel,
  packSamples,
  type ActivationName,
  type Model,
  type Sample,
} from '../src/engine';
import type { BrainNetwork, BrainSample } from './brain';

const SAMPLES = 500;
const EPOCHS_PER_RUN = 200;
const WARMUP_RUNS = 3;
const ROUNDS = 11;
const LEARNING_RATE = 0.03;

/** Two Gaussian blobs, N((±1, ±1), 0.6²), labelled 0 and 1, interleaved. */
function twoBlobs(count: number, seed: number): Sample[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, s) => {
    const label = s % 2;
    const centre = label ? 1 : -1;
    return { x: [centre + 0.6 * rng.normal(), centre + 0.6 * rng.normal()], y: [label] };
  });
}

const data = twoBlobs(SAMPLES, 7);

/** One comparison: the engine's network and the brain.js activation it is measured against. */
interface Setting {
  name: string;
  /** The activation of every layer, on both sides. */
  activation: ActivationName & ('tanh' | 'sigmoid');
}

const SETTINGS: Setting[] = [
  { name: 'tanh', activation: 'tanh' },
  { name: 'sigmoid (brain.js default)', activation: 'sigmoid' },
];

/** 2-8-8-1 with `activation` on every layer, from the same seed every time. */
function benchModel(activation: ActivationName): Model {
  return initModel(
    {
      inputs: 2,
      layers: [
        { units: 8, activation },
        { units: 8, activation },
        { units: 1, activation },
      ],
      loss: 'mse',
    },
    createRng(1),
  );
}

// brain.js is CommonJS; createRequire loads it the same way under tsx and plain node.
const require = createRequire(import.meta.url);
const brain = require('brain.js') as { NeuralNetwork: new (options: object) => BrainNetwork };

function createFast(model: Model) {
  const trainer = createFastTrainer(model, { kind: 'sgd', learningRate: LEARNING_RATE });
  const { xs, ys } = packSamples(data, 2, 1);
  const order = Int32Array.from(data, (_, s) => s);
  return {
    run(epochs: number): void {
      for (let epoch = 0; epoch < epochs; epoch++) {
        for (let s = 0; s < SAMPLES; s++) trainer.trainBatch(xs, ys, order, s, 1);
      }
    },
    predict(x: number[]): number {
      const out = new Float64Array(1);
      trainer.forwardOutput(x, out);
      return out[0]!;
    },
  };
}

/**
 * brain.js at its fastest: data already in its own Float32Array format, and each epoch is
 * `trainPatterns`, the per-sample loop its `train` runs when it is not measuring the error. `train`
 * itself would add an error pass over the data every epoch (errorCheckInterval 1) and refuses
 * momentum 0, so it is called once to set the network up and then the options are set directly.
 */
function createBrain(model: Model, activation: Setting['activation']) {
  const net = new brain.NeuralNetwork({ hiddenLayers: [8, 8], activation });
  const samples: BrainSample[] = data.map((s) => ({
    input: Float32Array.from(s.x),
    output: Float32Array.from(s.y),
  }));
  net.train(samples, {
    iterations: 1,
    errorThresh: 0.001,
    log: false,
    learningRate: LEARNING_RATE,
    momentum: 0.5,
  });
  copyWeightsInto(net, model);
  net.trainOpts.learningRate = LEARNING_RATE;
  net.trainOpts.momentum = 0;
  for (const layer of net.changes) for (const node of layer ?? []) node.fill(0);
  return {
    run(epochs: number): void {
      for (let epoch = 0; epoch < epochs; epoch++) net.trainPatterns(samples);
    },
    predict: (x: number[]): number => net.run(x)[0]!,
  };
}

/** Both networks start from the same weights (brain.js rounds them to float32). */
function copyWeightsInto(net: BrainNetwork, source: Model): void {
  source.layers.forEach((layer, l) => {
    for (let i = 0; i < layer.outSize; i++) {
      net.weights[l + 1]![i]!.set(layer.W.subarray(i * layer.inSize, (i + 1) * layer.inSize));
      net.biases[l + 1]![i] = layer.b[i]!;
    }
  });
}

/** The last samplesPerSecond run's rate by the wall clock, printed beside the CPU-time figure. */
let lastWallRate = 0;

/**
 * Samples per second of this process's CPU time (user + system), not of the wall clock: on a shared
 * machine the wall clock also counts the time other processes held the CPU, which neither trainer
 * spent and which lands on one of them by chance. The wall-clock rate is kept in lastWallRate.
 */
function samplesPerSecond(run: (epochs: number) => void): number {
  const wallStart = performance.now();
  const start = process.cpuUsage();
  run(EPOCHS_PER_RUN);
  const used = process.cpuUsage(start);
  const samples = EPOCHS_PER_RUN * SAMPLES;
  lastWallRate = samples / ((performance.now() - wallStart) / 1000);
  return samples / ((used.user + used.system) / 1e6);
}

function median(values: number[]): number {
  const sorted = [...values].sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function accuracy(predict: (x: number[]) => number): number {
  return data.filter((s) => predict(s.x) > 0.5 === s.y[0]! > 0.5).length / data.length;
}

const format = (value: number) => `${(value / 1e6).toFixed(3)} M`;

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.arch()}, ${cpu}`);
console.log(
  `per-sample SGD, 2-8-8-1 (tanh or sigmoid on every layer, on both sides), mse, η ${LEARNING_RATE}, ` +
    `${SAMPLES} samples, ${EPOCHS_PER_RUN} epochs per run, ${ROUNDS} rounds after ${WARMUP_RUNS} ` +
    `warm-up runs each; samples per second of CPU time`,
);

const trainers = SETTINGS.map((setting) => {
  const model = benchModel(setting.activation);
  return { setting, fast: createFast(model), reference: createBrain(model, setting.activation) };
});
for (let w = 0; w < WARMUP_RUNS; w++) {
  for (const { fast, reference } of trainers) {
    samplesPerSecond(fast.run);
    samplesPerSecond(reference.run);
  }
}

const rates = trainers.map(() => ({
  fast: [] as number[],
  brain: [] as number[],
  ratio: [] as number[],
  wallRatio: [] as number[],
}));
for (let round = 1; round <= ROUNDS; round++) {
  const line = trainers.map(({ setting, fast, reference }, k) => {
    const fastRate = samplesPerSecond(fast.run);
    const fastWall = lastWallRate;
    const brainRate = samplesPerSecond(reference.run);
    rates[k]!.wallRatio.push(fastWall / lastWallRate);
    rates[k]!.fast.push(fastRate);
    rates[k]!.brain.push(brainRate);
    rates[k]!.ratio.push(fastRate / brainRate);
    return `${setting.activation}: ${format(fastRate)} vs ${format(brainRate)} (${(fastRate / brainRate).toFixed(2)}×)`;
  });
  console.log(`round ${round}: samples/s fast vs brain.js, ${line.join('; ')}`);
}

trainers.forEach(({ setting, fast, reference }, k) => {
  const { fast: fastRates, brain: brainRates, ratio, wallRatio } = rates[k]!;
  console.log(`\n${setting.name}:`);
  console.log(`  median fast:     ${format(median(fastRates))} samples/s`);
  console.log(`  median brain.js: ${format(median(brainRates))} samples/s`);
  console.log(`  median ratio:    ${median(ratio).toFixed(2)}× (goal ≥ 2×)`);
  console.log(`  (by the wall clock, noisier on a shared machine: ${median(wallRatio).toFixed(2)}×)`);
  console.log(
    `  training accuracy after the bench: fast ${(accuracy(fast.predict) * 100).toFixed(1)} %, ` +
      `brain.js ${(accuracy(reference.predict) * 100).toFixed(1)} %`,
  );
});

const medianRatios = trainers.map(
  ({ setting }, k) => `${setting.activation} ${median(rates[k]!.ratio).toFixed(2)}×`,
);
const met = rates.every(({ ratio }) => median(ratio) >= 2);
console.log(`\ngoal ≥ 2× brain.js in both settings: ${met ? 'met' : 'NOT met'} (${medianRatios.join(', ')})`);
