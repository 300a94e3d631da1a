/**
 * The lessons the browser tests drive, written out as scenario files (DESIGN.md format) so the
 * expected numbers come from the test's own copy, not from the app's preset code.
 */
import { expect, type Page } from '@playwright/test';
import { cloneModel, parseModelSpec, type Model, type ModelSpec, type Sample } from '../../../src/engine';
import { TEXTBOOK_SAMPLE, TEXTBOOK_SGD, TEXTBOOK_SPEC } from '../../fixtures/textbook';

export interface ScenarioFile {
  format: 'backprop-lab.scenario';
  version: 1;
  model: ModelSpec;
  data: Sample[];
  optimizer: { kind: 'sgd' | 'momentum' | 'adam'; learningRate: number };
  batchSize: number;
  seed: number;
}

/** The labels of the Preset menu, in menu order. */
export const PRESET_LABELS = {
  reluBce: 'ReLU → sigmoid, binary cross-entropy',
  textbook: '2-2-2 sigmoid (textbook example)',
  xor: 'XOR with a tanh hidden layer',
  vanishing: 'Deep sigmoid: vanishing gradients',
} as const;

/** Matt Mazur's 2-2-2 sigmoid network ("A Step by Step Backpropagation Example"). */
export const TEXTBOOK = {
  model: parseModelSpec(TEXTBOOK_SPEC),
  sample: TEXTBOOK_SAMPLE,
  learningRate: TEXTBOOK_SGD.learningRate,
};

/** The default lesson: x → ReLU hidden layer → sigmoid output, binary cross-entropy. */
export const RELU_BCE = {
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
  sample: { x: [1, 0.5], y: [1] },
  learningRate: 0.5,
};

/** A copy of `model` with W_layer[to][from] set to `value` (what the weight editor does). */
export function withWeight(model: Model, layer: number, to: number, from: number, value: number): Model {
  const copy = cloneModel(model);
  const target = copy.layers[layer - 1]!;
  target.W[to * target.inSize + from] = value;
  return copy;
}

/**
 * The largest network the UI takes, 2-8-8-8-8-8-8-1 (tanh hidden, sigmoid output, bce), with fixed
 * weights of a plausible size (about 1/√fan-in) so the test does not depend on the app's initialiser.
 */
export function largestNetwork(): ScenarioFile {
  const sizes = [2, 8, 8, 8, 8, 8, 8, 1];
  const layers = sizes.slice(1).map((out, k) => {
    const fanIn = sizes[k]!;
    const weight = (i: number, j: number) =>
      Math.round((Math.sin(97 * k + 13 * i + 7 * j + 1) / Math.sqrt(fanIn)) * 1000) / 1000;
    return {
      W: Array.from({ length: out }, (_, i) => Array.from({ length: fanIn }, (_, j) => weight(i, j))),
      b: Array.from({ length: out }, (_, i) => Math.round(Math.cos(k + i) * 100) / 1000),
      activation: k === sizes.length - 2 ? ('sigmoid' as const) : ('tanh' as const),
    };
  });
  return {
    format: 'backprop-lab.scenario',
    version: 1,
    model: { layers, loss: 'bce' },
    data: [
      { x: [0.5, -1], y: [1] },
      { x: [-0.75, 0.25], y: [0] },
    ],
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batchSize: 1,
    seed: 11,
  };
}

/** Load a scenario through the Import control, as a teacher loads a prepared lesson. */
export async function importScenario(
  page: Page,
  scenario: ScenarioFile,
  name = 'lesson.json',
): Promise<void> {
  await page.locator('input[type=file][aria-label="Import scenario"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('');
}
