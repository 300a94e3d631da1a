// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createSession,
  parseModelSpec,
  stepBackward,
  stepForward,
  stepUpdate,
  traceSample,
  type Diagnosis,
} from '../../../src/engine';
import { describeDiagnosis } from '../../../src/viz/describeDiagnosis';
import { graphValuesFromSession } from '../../../src/viz/graphValues';
import { healthBars, logDomain, MAX_CHART_POINTS, normsChart, thin } from '../../../src/viz/gradientHealth';
import { layerMatrices } from '../../../src/viz/matrixForm';

describe('logDomain', () => {
  it('spans whole decades around the values, at least three of them', () => {
    expect(logDomain([3e-6, 0.2])).toEqual([1e-6, 1]);
    expect(logDomain([0.05, 0.2])).toEqual([1e-3, 1]);
    expect(logDomain([0, NaN, Infinity])).toEqual([1e-4, 1]);
  });
});

describe('healthBars', () => {
  it('draws bar lengths proportional to log10 of the value, and no bar for 0', () => {
    const health = {
      loss: 1,
      layers: [
        { weightGradNorm: 1e-5, meanAbsDz: 0 },
        { weightGradNorm: 1e-3, meanAbsDz: 1e-1 },
      ],
    };
    const layout = healthBars(health, 400, 13);
    const [first, second] = layout.rows;
    const [a, zero] = first!.bars;
    const [b, c] = second!.bars;
    expect(zero!.width).toBe(0);
    // 1e−5 → 1e−3 is two decades, 1e−3 → 1e−1 two more: equal steps on a log scale.
    expect(b!.width - a!.width).toBeCloseTo(c!.width - b!.width, 6);
    expect(layout.rows.map((r) => r.layer)).toEqual([1, 2]);
    expect(layout.ticks.map((t) => t.label)).toContain('0.001');
  });
});

describe('normsChart', () => {
  it('has one line per layer, skips points without norms, and is null without any', () => {
    expect(normsChart([{ step: 1 }], 300, 150, 13)).toBeNull();
    const points = [
      { step: 1, gradientNorms: [0.1, 0.01] },
      { step: 2 },
      { step: 3, gradientNorms: [0.05, 0.02] },
    ];
    const chart = normsChart(points, 300, 150, 13)!;
    expect(chart.series.map((s) => s.layer)).toEqual([1, 2]);
    expect(chart.series[0]!.path.match(/[ML]/g)).toEqual(['M', 'L']);
    expect(chart.series[1]!.last).toBe(0.02);
  });

  it('thins a long history to at most MAX_CHART_POINTS, keeping the last', () => {
    const many = Array.from({ length: 1001 }, (_, k) => k);
    const kept = thin(many);
    expect(kept.length).toBeLessThanOrEqual(MAX_CHART_POINTS + 1);
    expect(kept[kept.length - 1]).toBe(1000);
  });
});

describe('describeDiagnosis', () => {
  const cases: Diagnosis[] = [
    { kind: 'vanishing', layer: 1, ratio: 2.6e-5, first: 7.1e-6, last: 0.27, lastLayer: 6 },
    { kind: 'exploding', layer: 1, cause: 'layers', ratio: 2592, first: 2.6, last: 0.001, lastLayer: 5 },
    { kind: 'exploding', layer: 2, cause: 'steps', growth: 14, steps: 2, from: 0.06, to: 0.82 },
    { kind: 'dead', layer: 1, unit: 1 },
    { kind: 'saturated', layer: 2, unit: 0, activation: 'tanh', maxAbsZ: 6.03, limit: 4.1468 },
  ];
  it.each(cases)('says what, where, why and what to try: $kind', (d) => {
    const text = describeDiagnosis(d);
    for (const part of [text.title, text.what, text.why, text.fix]) expect(part.length).toBeGreaterThan(10);
    expect(text.where).toBe('unit' in d ? `Unit ${d.unit + 1} of layer ${d.layer}` : `Layer ${d.layer}`);
    expect(`${text.what} ${text.why} ${text.fix}`).not.toMatch(/\{\w+\}/);
  });

  it('quotes the numbers', () => {
    expect(describeDiagnosis(cases[0]!).what).toContain('2.6e−5');
    expect(describeDiagnosis(cases[4]!).what).toContain('4.147');
  });
});

describe('layerMatrices', () => {
  const spec = {
    loss: 'mse' as const,
    layers: [
      {
        W: [
          [0.15, 0.2],
          [0.25, 0.3],
          [0.1, -0.4],
        ],
        b: [0.35, 0.35, 0.1],
        activation: 'sigmoid' as const,
      },
      { W: [[0.4, 0.45, 0.2]], b: [0.6], activation: 'sigmoid' as const },
    ],
  };
  const sample = { x: [0.05, 0.1], y: [0.5] };

  it('holds z = W·a + b, dL/dW = dL/dz·aᵀ and dL/da_prev = Wᵀ·dL/dz with the traced numbers', () => {
    const session = createSession(parseModelSpec(spec));
    stepForward(session, [sample], 1, 'pass');
    stepBackward(session, [sample], 1, 'pass');
    const m = layerMatrices(graphValuesFromSession(session, sample, 1, 0.5), 2)!;
    const trace = traceSample(parseModelSpec(spec), sample);
    expect([m.out, m.in]).toEqual([1, 3]);
    expect(m.aPrev).toEqual(trace.layers[0]!.a);
    expect(m.z[0]).toBeCloseTo(
      m.W[0]!.reduce((s, w, j) => s + w * m.aPrev[j]!, m.b[0]!),
      15,
    );
    m.dLdW.forEach((row, i) => row.forEach((g, j) => expect(g).toBeCloseTo(m.dLdz[i]! * m.aPrev[j]!, 15)));
    m.dLdaPrev.forEach((g, j) => expect(g).toBeCloseTo(m.W[0]![j]! * m.dLdz[0]!, 15));
    expect(layerMatrices(graphValuesFromSession(session, sample, 1, 0.5), 0)).toBeNull();
  });

  it('after Update keeps the weights z was computed with', () => {
    const session = createSession(parseModelSpec(spec));
    stepForward(session, [sample], 1, 'pass');
    stepBackward(session, [sample], 1, 'pass');
    stepUpdate(session, 1, { kind: 'sgd', learningRate: 0.5 });
    const m = layerMatrices(graphValuesFromSession(session, sample, 1, 0.5), 2)!;
    expect(m.W).toEqual(spec.layers[1]!.W);
    expect(m.b).toEqual(spec.layers[1]!.b);
  });
});
