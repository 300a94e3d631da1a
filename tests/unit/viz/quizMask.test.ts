import { describe, expect, it } from 'vitest';
import { parseModelSpec, traceSample } from '../../../src/engine';
import { graphValuesFromSession } from '../../../src/viz/graphValues';
import { maskGraphValues } from '../../../src/viz/quizMask';
import { explainQuizValue } from '../../../src/viz/quizExplain';
import { exerciseSheet } from '../../../src/viz/sheet';
import { MAZUR_SAMPLE, MAZUR_SPEC, sessionAt, type Stage } from './fixtures';

const at = (stage: Stage) =>
  graphValuesFromSession(sessionAt(MAZUR_SPEC, MAZUR_SAMPLE, stage), MAZUR_SAMPLE, 1, 0.5);

describe('maskGraphValues', () => {
  it('returns the values themselves when nothing is hidden', () => {
    const values = at('forward1');
    expect(maskGraphValues(values, null)).toBe(values);
  });

  it('takes out z and a of the forward layers and the loss, and nothing else', () => {
    const values = at('loss');
    const masked = maskGraphValues(values, { forward: [2], loss: true, backward: [] });
    expect(masked.nodes[2]!.every((n) => n.z === undefined && n.a === undefined)).toBe(true);
    expect(masked.nodes[1]).toEqual(values.nodes[1]);
    expect(masked.sampleLoss).toBeUndefined();
    expect(masked.edges).toEqual(values.edges);
  });

  it('takes out every gradient of a backward layer, and dL/dx with layer 1', () => {
    const values = at('backward');
    const masked = maskGraphValues(values, { forward: [], loss: false, backward: [1] });
    expect(
      masked.nodes[1]!.every((n) => n.dLdz === undefined && n.dLda === undefined && n.z !== undefined),
    ).toBe(true);
    expect(masked.nodes[0]!.every((n) => n.dLda === undefined && n.a !== undefined)).toBe(true);
    expect(masked.edges[1]!.flat().every((p) => p.grad === undefined && p.value !== undefined)).toBe(true);
    expect(masked.biases[1]!.every((p) => p.grad === undefined)).toBe(true);
    expect(masked.edges[2]).toBe(values.edges[2]);
    expect(masked.nodes[2]).toEqual(values.nodes[2]);
  });
});

describe('explainQuizValue', () => {
  it('keeps the lines that compute the asked value', () => {
    const values = at('backward');
    expect(explainQuizValue(values, 'z', 1, 0, null).map((l) => l.formula)).toEqual([
      'z = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775',
    ]);
    expect(explainQuizValue(values, 'dldw', 2, 0, 0)[0]!.formula).toMatch(/^dL\/dw = dL\/dz · a_prev = /);
    const dLdz = explainQuizValue(values, 'dldz', 1, 0, null).map((l) => l.formula);
    expect(dLdz).toHaveLength(2);
    expect(dLdz[0]).toMatch(/^σ′\(z\)/);
  });
});

describe('exerciseSheet', () => {
  it('asks for every value of traceSample, with the engine’s answers', () => {
    const model = parseModelSpec(MAZUR_SPEC);
    const sheet = exerciseSheet(model, MAZUR_SAMPLE);
    const trace = traceSample(model, MAZUR_SAMPLE);
    expect(sheet.sizes).toEqual([2, 2, 2]);
    expect(sheet.layers[0]!.W).toEqual([
      [0.15, 0.2],
      [0.25, 0.3],
    ]);
    expect(sheet.lossAnswer.value).toBe(trace.loss);
    expect(sheet.layers[1]!.units[0]!.dLdz).toEqual({ id: 'dldz:2:0', value: trace.layers[1]!.dLdz[0] });
    expect(sheet.layers[0]!.dLdW[1]![0]).toEqual({ id: 'dldw:1:1:0', value: trace.layers[0]!.dLdW[1]![0] });
    expect(sheet.dLdx.map((g) => g.id)).toEqual(['dlda:0:0', 'dlda:0:1']);
  });
});
