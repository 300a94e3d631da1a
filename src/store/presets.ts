/**
 * The built-in lessons. Each builds a complete Scenario; the UI names them from the message catalog
 * by id. Weights are written out where a worked example needs exact numbers, seeded otherwise.
 */
import { createRng, initModel, parseModelSpec, type Architecture } from '../engine';
import type { Scenario } from './scenario';

export type PresetId = 'relu-bce' | 'textbook' | 'xor' | 'vanishing';
export const PRESET_IDS: readonly PresetId[] = ['relu-bce', 'textbook', 'xor', 'vanishing'];
export const DEFAULT_PRESET: PresetId = 'relu-bce';

function seeded(architecture: Architecture, seed: number) {
  return initModel(architecture, createRng(seed));
}

const builders: Record<PresetId, () => Scenario> = {
  /** x → ReLU hidden layer → sigmoid output, binary cross-entropy, one sample: the first lesson. */
  'relu-bce': () => ({
    model: parseModelSpec({
      loss: 'bce',
      layers: [
        {
          W: [
            [0.5, -0.2],
            [0.3, 0.8],
          ],
          b: [0.1, -0.1],
          activation: 'relu',
        },
        { W: [[0.6, -0.4]], b: [0.05], activation: 'sigmoid' },
      ],
    }),
    data: [{ x: [1, 0.5], y: [1] }],
    optimizer: { kind: 'sgd', learningRate: 0.5 },
    batchSize: 1,
    seed: 42,
  }),

  /** The 2-2-2 sigmoid network of Matt Mazur's "A Step by Step Backpropagation Example". */
  textbook: () => ({
    model: parseModelSpec({
      loss: 'mse',
      layers: [
        {
          W: [
            [0.15, 0.2],
            [0.25, 0.3],
          ],
          b: [0.35, 0.35],
          activation: 'sigmoid',
        },
        {
          W: [
            [0.4, 0.45],
            [0.5, 0.55],
          ],
          b: [0.6, 0.6],
          activation: 'sigmoid',
        },
      ],
    }),
    data: [{ x: [0.05, 0.1], y: [0.01, 0.99] }],
    optimizer: { kind: 'sgd', learningRate: 0.5 },
    batchSize: 1,
    seed: 42,
  }),

  /** XOR: not linearly separable, so it needs the tanh hidden layer. All four samples per batch. */
  xor: () => ({
    model: seeded(
      {
        inputs: 2,
        layers: [
          { units: 3, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
        loss: 'bce',
      },
      7,
    ),
    data: [
      { x: [0, 0], y: [0] },
      { x: [0, 1], y: [1] },
      { x: [1, 0], y: [1] },
      { x: [1, 1], y: [0] },
    ],
    optimizer: { kind: 'sgd', learningRate: 1 },
    batchSize: 4,
    seed: 7,
  }),

  /** Five sigmoid hidden layers: each σ′ ≤ 0.25 shrinks dL/dz on the way back, so the gradient vanishes. */
  vanishing: () => ({
    model: seeded(
      {
        inputs: 2,
        layers: [
          ...Array.from({ length: 5 }, () => ({ units: 2, activation: 'sigmoid' as const })),
          { units: 1, activation: 'sigmoid' },
        ],
        loss: 'mse',
      },
      3,
    ),
    data: [{ x: [1, -1], y: [1] }],
    optimizer: { kind: 'sgd', learningRate: 0.5 },
    batchSize: 1,
    seed: 3,
  }),
};

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

export function buildPreset(id: PresetId): Scenario {
  return builders[id]();
}
