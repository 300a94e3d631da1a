import { describe, expect, it } from 'vitest';
import { explain, targetExists } from '../../../src/viz/explain';
import { graphValuesFromSession } from '../../../src/viz/graphValues';
import type { GraphTarget } from '../../../src/viz/target';
import { MAZUR_SAMPLE, MAZUR_SPEC, RELU_BCE_SAMPLE, RELU_BCE_SPEC, sessionAt, type Stage } from './fixtures';

const mazur = (stage: Stage) =>
  graphValuesFromSession(sessionAt(MAZUR_SPEC, MAZUR_SAMPLE, stage), MAZUR_SAMPLE, 1, 0.5);
const formulas = (stage: Stage, target: GraphTarget) =>
  explain(mazur(stage), target)!.lines.map((l) => l.formula);

/** Matt Mazur's worked example, to 4 significant digits. */
describe('explain on the 2-2-2 textbook example', () => {
  it('writes z and a of unit 1 of layer 1 (node 1:0) with the real numbers', () => {
    const lines = formulas('forward1', { kind: 'node', layer: 1, index: 0 });
    expect(lines).toContain('z = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775');
    expect(lines).toContain('a = σ(0.3775) = 0.5933');
  });

  it('names the node in the heading, numbered from 1, and lists what is not computed yet', () => {
    const explanation = explain(mazur('forward1'), { kind: 'node', layer: 1, index: 0 })!;
    expect(explanation.heading).toBe('Unit 1 of layer 1');
    expect(explain(mazur('idle'), { kind: 'node', layer: 2, index: 1 })!.heading).toBe('Unit 2 of layer 2');
    expect(explain(mazur('idle'), { kind: 'node', layer: 0, index: 1 })!.heading).toBe('Input x₂');
    expect(explanation.lines.at(-1)).toEqual({ label: 'Not computed yet', formula: 'dL/da, dL/dz' });
  });

  it('writes the output gradients of mse: dL/da = 2(ŷ − y)/n and dL/dz = dL/da · σ′(z)', () => {
    const lines = formulas('backward1', { kind: 'node', layer: 2, index: 0 });
    expect(lines).toContain('L = mean (ŷ − y)² = ((0.7514 − 0.01)² + (0.7729 − 0.99)²) / 2 = 0.2984');
    expect(lines).toContain('dL/da = 2(ŷ − y)/n = 2·(0.7514 − 0.01)/2 = 0.7414');
    expect(lines).toContain('σ′(z) = a(1 − a) = 0.7514·(1 − 0.7514) = 0.1868');
    expect(lines).toContain('dL/dz = dL/da · σ′(z) = 0.7414·0.1868 = 0.1385');
  });

  it('back-propagates into a hidden node (Mazur: ∂E/∂out_h1 = 0.03635, δ_h1 = 0.008771)', () => {
    const lines = formulas('backward', { kind: 'node', layer: 1, index: 0 });
    expect(lines).toContain('dL/da = Σ w·dL/dz = 0.4·0.1385 + 0.5·(−0.0381) = 0.03635');
    expect(lines).toContain('dL/dz = dL/da · σ′(z) = 0.03635·0.2413 = 0.008771');
  });

  it('writes dL/dw = dL/dz · a_prev for an edge, then the sgd update', () => {
    expect(formulas('backward', { kind: 'edge', layer: 2, to: 0, from: 0 })).toContain(
      'dL/dw = dL/dz · a_prev = 0.1385·0.5933 = 0.08217',
    );
    const after = formulas('update', { kind: 'edge', layer: 2, to: 0, from: 0 });
    expect(after).toContain('w ← w − η·dL/dw = 0.4 − 0.5·0.08217 = 0.3589');
    expect(after).toContain('Δ = −η·dL/dw = −0.04108');
  });

  it('uses the weights the forward pass used (the old ones) after an update', () => {
    expect(formulas('update', { kind: 'node', layer: 1, index: 0 })).toContain(
      'z = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775',
    );
  });

  it('writes dL/db = dL/dz for a bias', () => {
    expect(formulas('backward', { kind: 'bias', layer: 1, index: 0 })).toContain('dL/db = dL/dz = 0.008771');
    expect(explain(mazur('idle'), { kind: 'bias', layer: 1, index: 0 })!.heading).toBe(
      'Bias b1[1] of unit 1 of layer 1',
    );
  });

  it('names a weight W_layer[to][from] from 1, with the units it joins', () => {
    const heading = (layer: number, to: number, from: number) =>
      explain(mazur('idle'), { kind: 'edge', layer, to, from })!.heading;
    expect(heading(1, 0, 1)).toBe('Weight W1[1][2]: from x₂ to unit 1 of layer 1');
    expect(heading(2, 1, 0)).toBe('Weight W2[2][1]: from unit 1 of layer 1 to unit 2 of layer 2');
  });

  it('explains an input node: a = x₂, and dL/dx after the last backward step', () => {
    expect(formulas('idle', { kind: 'node', layer: 0, index: 1 })).toEqual(['a = x₂ = 0.1', 'dL/da']);
    expect(formulas('backward', { kind: 'node', layer: 0, index: 0 })[1]).toMatch(
      /^dL\/da = Σ w·dL\/dz = 0\.15·/,
    );
  });
});

describe('explain with relu, bce and adam', () => {
  const values = graphValuesFromSession(
    sessionAt(RELU_BCE_SPEC, RELU_BCE_SAMPLE, 'update', { kind: 'adam', learningRate: 0.1 }),
    RELU_BCE_SAMPLE,
    1,
    0.1,
    'adam',
  );
  const lines = (target: GraphTarget) => explain(values, target)!.lines.map((l) => l.formula);

  it('uses the fused gradient dL/dz = (ŷ − y)/n on a sigmoid output with bce', () => {
    expect(lines({ kind: 'node', layer: 2, index: 0 })).toContain(
      'dL/dz = (ŷ − y)/n = (0.779 − 1)/1 = −0.221',
    );
  });

  it("writes relu's slope as 0 for z ≤ 0", () => {
    const hidden = lines({ kind: 'node', layer: 1, index: 1 });
    expect(hidden).toContain('a = max(0, −0.55) = 0');
    expect(hidden).toContain('relu′(z) = 0 (z ≤ 0)');
  });

  it('shows old → new and Δ for adam, whose step is not η·g', () => {
    const edge = lines({ kind: 'edge', layer: 1, to: 0, from: 0 });
    expect(edge).toContain('w: 0.8 → 0.9');
    expect(edge).toContain('Δ = 0.1');
  });
});

describe('targetExists', () => {
  it('rejects targets outside the network, and biases or edges on the input layer', () => {
    const values = mazur('idle');
    expect(targetExists(values, { kind: 'node', layer: 2, index: 1 })).toBe(true);
    expect(targetExists(values, { kind: 'node', layer: 3, index: 0 })).toBe(false);
    expect(targetExists(values, { kind: 'bias', layer: 0, index: 0 })).toBe(false);
    expect(targetExists(values, { kind: 'edge', layer: 1, to: 0, from: 2 })).toBe(false);
    expect(explain(values, { kind: 'edge', layer: 1, to: 5, from: 0 })).toBeNull();
  });
});
