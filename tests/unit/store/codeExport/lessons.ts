/**
 * The lessons the exported scripts are run on: every preset as it opens and after two Adam steps,
 * and seeded random networks with sgd, momentum and adam, batch sizes 1 and 3, mid-training (so
 * the optimizer state is not zero) and with the cursor both after an Update and mid-iteration.
 */
import {
  createRng,
  createSession,
  initModel,
  stepForward,
  stepIteration,
  type ActivationName,
  type Architecture,
  type ElementwiseActivationName,
  type LossName,
  type OptimizerKind,
  type Rng,
  type Sample,
} from '../../../../src/engine';
import { createAppStore, PRESET_IDS } from '../../../../src/store';
import type { CodeLessonSource } from '../../../../src/store/codeExport';

export interface TestLesson {
  name: string;
  source: CodeLessonSource;
}

function presetLessons(): TestLesson[] {
  return PRESET_IDS.flatMap((id) => {
    const fresh = createAppStore({ preset: id });
    const trained = createAppStore({ preset: id });
    trained.getState().setOptimizer('adam');
    trained.getState().step();
    trained.getState().step();
    return [
      { name: `preset ${id}`, source: fresh.getState() },
      { name: `preset ${id} after two Adam steps`, source: trained.getState() },
    ];
  });
}

const HIDDEN: readonly ElementwiseActivationName[] = ['linear', 'relu', 'leakyRelu', 'sigmoid', 'tanh'];
const OUTPUTS: readonly { activation: ActivationName; loss: LossName }[] = [
  { activation: 'sigmoid', loss: 'bce' },
  { activation: 'softmax', loss: 'crossEntropy' },
  { activation: 'linear', loss: 'mse' },
  { activation: 'softmax', loss: 'mse' },
  { activation: 'tanh', loss: 'mse' },
];

function randomTarget(rng: Rng, loss: LossName, outputs: number): number[] {
  if (loss === 'bce') return Array.from({ length: outputs }, () => rng.int(2));
  if (loss === 'crossEntropy') {
    const hot = rng.int(outputs);
    return Array.from({ length: outputs }, (_, k) => (k === hot ? 1 : 0));
  }
  return Array.from({ length: outputs }, () => 2 * rng.next() - 1);
}

/** A random network (1–3 hidden layers of 1–4 units) with 5 random samples, trained `steps` steps. */
function randomLesson(
  seed: number,
  kind: OptimizerKind,
  batchSize: number,
  steps: number,
  midIteration: boolean,
) {
  const rng = createRng(seed);
  const output = OUTPUTS[rng.int(OUTPUTS.length)]!;
  const outputs = output.loss === 'bce' ? 1 + rng.int(2) : 2 + rng.int(2);
  const architecture: Architecture = {
    inputs: 1 + rng.int(4),
    layers: [
      ...Array.from({ length: 1 + rng.int(3) }, () => ({
        units: 1 + rng.int(4),
        activation: HIDDEN[rng.int(HIDDEN.length)]!,
      })),
      { units: outputs, activation: output.activation },
    ],
    loss: output.loss,
  };
  const data: Sample[] = Array.from({ length: 5 }, () => ({
    x: Array.from({ length: architecture.inputs }, () => 4 * rng.next() - 2),
    y: randomTarget(rng, output.loss, outputs),
  }));
  const optimizer = { kind, learningRate: 0.05 + rng.next() };
  const session = createSession(initModel(architecture, rng));
  for (let k = 0; k < steps; k++) stepIteration(session, data, batchSize, optimizer);
  if (midIteration) stepForward(session, data, batchSize, 'pass');
  const source: CodeLessonSource = { session, data, optimizer, batchSize, features: null };
  const shape = [architecture.inputs, ...architecture.layers.map((l) => `${l.units} ${l.activation}`)];
  return {
    name: `random ${shape.join('-')} ${output.loss}, ${kind}, batch ${batchSize}, ${steps} steps${midIteration ? ', mid-iteration' : ''}`,
    source,
  };
}

function randomLessons(): TestLesson[] {
  const kinds: OptimizerKind[] = ['sgd', 'momentum', 'adam'];
  return kinds.flatMap((kind, k) => [
    randomLesson(100 + k, kind, 1, 3, false),
    randomLesson(200 + k, kind, 3, 4, k === 2),
  ]);
}

export function testLessons(): TestLesson[] {
  return [...presetLessons(), ...randomLessons()];
}
