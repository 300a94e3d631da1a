// @vitest-environment node
/**
 * Matt Mazur, "A Step by Step Backpropagation Example" (2015): the 2-2-2 sigmoid network of the
 * DESIGN.md scenario. His E = Σ ½(target − out)² equals the engine's mse, the mean over the two
 * outputs of (ŷ − y)². He leaves the biases alone, so only weights are compared after the update
 * (the biases are checked against PyTorch instead).
 */
import { describe, expect, it } from 'vitest';
import {
  createSession,
  parseModelSpec,
  stepBackward,
  stepForward,
  stepUpdate,
  traceSample,
  train,
} from '../../../src/engine';
import { TEXTBOOK_SAMPLE, TEXTBOOK_SGD } from '../../fixtures/textbook';
import { describeWorst, worstDeviation } from './support/numeric';
import { paramsOf, torchCase } from './support/torchFixture';

const reference = torchCase('mazur-sigmoid-mse');
const model = parseModelSpec(reference.model);
const sample = TEXTBOOK_SAMPLE;
const sgd = TEXTBOOK_SGD;

/**
 * A number as printed in the article; it is matched to its last printed decimal (at most 1e-9), so
 * a published 0.75136507 needs |x − 0.75136507| ≤ 1e-8.
 */
function expectPublished(actual: number, printed: string, what: string): void {
  const decimals = printed.split('.')[1]!.length;
  const tolerance = Math.max(10 ** -decimals, 1e-9);
  expect(
    Math.abs(actual - Number(printed)),
    `${what}: ${actual} vs published ${printed}`,
  ).toBeLessThanOrEqual(tolerance);
}

/** W1 = [[w1, w2], [w3, w4]], W2 = [[w5, w6], [w7, w8]]: w_k → [layer index, flat index]. */
const WEIGHT: Record<string, [number, number]> = {
  w1: [0, 0],
  w2: [0, 1],
  w3: [0, 2],
  w4: [0, 3],
  w5: [1, 0],
  w6: [1, 1],
  w7: [1, 2],
  w8: [1, 3],
};
const UPDATED: Record<string, string> = {
  w1: '0.149780716',
  w2: '0.19956143',
  w3: '0.24975114',
  w4: '0.29950229',
  w5: '0.35891648',
  w6: '0.408666186',
  w7: '0.511301270',
  w8: '0.561370121',
};

function expectUpdatedWeights(W: readonly Float64Array[], route: string): void {
  for (const [name, printed] of Object.entries(UPDATED)) {
    const [l, k] = WEIGHT[name]!;
    expectPublished(W[l]![k]!, printed, `${route}: ${name} after one update`);
  }
}

function expectTorch(actual: unknown, expected: unknown, what: string): void {
  const worst = worstDeviation(actual, expected);
  expect(worst.deviation, `${what}: ${describeWorst(worst)}`).toBeLessThanOrEqual(1e-12);
}

describe('Mazur worked example through traceSample', () => {
  const trace = traceSample(model, sample);
  const [hidden, output] = trace.layers;

  it('reproduces the forward pass: out_h1, out_h2, out_o1, out_o2 and the total error', () => {
    expectPublished(hidden!.a[0]!, '0.593269992', 'out_h1');
    expectPublished(hidden!.a[1]!, '0.596884378', 'out_h2');
    expectPublished(output!.a[0]!, '0.75136507', 'out_o1');
    expectPublished(output!.a[1]!, '0.772928465', 'out_o2');
    expectPublished(trace.loss, '0.298371109', 'E_total');
  });

  it('reproduces the backward pass: ∂E/∂out_o1, δ_o1, ∂E/∂w5, ∂E/∂out_h1 and ∂E/∂w1', () => {
    expectPublished(output!.dLda[0]!, '0.74136507', '∂E/∂out_o1');
    expectPublished(output!.dLdz[0]!, '0.138498562', '∂E/∂net_o1');
    expectPublished(output!.dLdW[0]![0]!, '0.082167041', '∂E/∂w5');
    expectPublished(hidden!.dLda[0]!, '0.036350306', '∂E/∂out_h1');
    expectPublished(hidden!.dLdW[0]![0]!, '0.000438568', '∂E/∂w1');
  });

  it('matches float64 PyTorch to 1e-12', () => {
    expectTorch(trace, reference.samples[0], 'traceSample');
  });
});

describe('Mazur worked example through train', () => {
  const result = train(model, [sample], sgd, 1);

  it('reports the total error before the step and the published weights after it (η = 0.5)', () => {
    expectPublished(result.losses[0]!, '0.298371109', 'losses[0]');
    expectUpdatedWeights(
      result.model.layers.map((layer) => layer.W),
      'train',
    );
  });

  it('matches float64 PyTorch to 1e-12, biases included', () => {
    expectTorch(paramsOf(result.model), reference.after[0], 'parameters after one step');
    expectTorch(result.losses, reference.losses.slice(0, 1), 'losses');
  });
});

describe('Mazur worked example through the step cursor', () => {
  const session = createSession(model);
  const data = [sample];

  it('shows the published numbers one sub-step at a time', () => {
    stepForward(session, data, 1, 'layer');
    expectPublished(session.trace.a[0]![0]!, '0.593269992', 'out_h1 after forward layer 1');
    expectPublished(session.trace.a[0]![1]!, '0.596884378', 'out_h2 after forward layer 1');
    stepForward(session, data, 1, 'layer');
    expectPublished(session.trace.a[1]![0]!, '0.75136507', 'out_o1 after forward layer 2');
    expectPublished(session.trace.a[1]![1]!, '0.772928465', 'out_o2 after forward layer 2');
    expect(session.loss).toBeNull();
    stepForward(session, data, 1, 'layer');
    expectPublished(session.loss!, '0.298371109', 'E_total after the loss step');
    stepBackward(session, data, 1, 'layer');
    expectPublished(session.trace.dLdW[1]![0]!, '0.082167041', '∂E/∂w5 after backward layer 2');
    stepBackward(session, data, 1, 'layer');
    expectPublished(session.trace.dLdW[0]![0]!, '0.000438568', '∂E/∂w1 after backward layer 1');
    stepUpdate(session, 1, sgd);
    expectUpdatedWeights(
      session.model.layers.map((layer) => layer.W),
      'cursor',
    );
    expectTorch(paramsOf(session.model), reference.after[0], 'cursor parameters after update');
  });
});
