// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  batchGradients,
  frobeniusNorm,
  gradientHealth,
  parseModelSpec,
  recordableNorms,
  SATURATION_SLOPE,
  SATURATION_Z,
  sigmoid,
  traceSample,
  unitActivity,
} from '../../../src/engine';
import { TEXTBOOK_SAMPLE, TEXTBOOK_SPEC } from '../../fixtures/textbook';

const model = parseModelSpec(TEXTBOOK_SPEC);
const batch = [TEXTBOOK_SAMPLE, { x: [1, -1], y: [1, 0] }];

describe('gradientHealth', () => {
  it("is ‖dL/dW‖ of backprop's batch-mean gradient and the batch mean of |dL/dz|", () => {
    const health = gradientHealth(model, batch);
    const grads = batchGradients(model, batch);
    const traces = batch.map((sample) => traceSample(model, sample));
    expect(health.loss).toBeCloseTo(grads.loss, 15);
    health.layers.forEach((layer, l) => {
      expect(layer.weightGradNorm).toBeCloseTo(frobeniusNorm(grads.dLdW[l]!.flat()), 15);
      const dz = traces.flatMap((t) => t.layers[l]!.dLdz.map(Math.abs));
      expect(layer.meanAbsDz).toBeCloseTo(dz.reduce((s, v) => s + v, 0) / dz.length, 15);
    });
  });

  it('records norms only while they are finite', () => {
    expect(recordableNorms([1, 2])).toEqual([1, 2]);
    expect(recordableNorms([1, frobeniusNorm([1e150])])).toEqual([1, 1e150]);
    expect(recordableNorms([1, frobeniusNorm([1e200])])).toBeUndefined();
  });

  it('frobeniusNorm is √Σ g²', () => {
    expect(frobeniusNorm([3, -4])).toBe(5);
    expect(frobeniusNorm([])).toBe(0);
  });
});

describe('unitActivity', () => {
  const relu = parseModelSpec({
    loss: 'mse',
    layers: [
      { W: [[1], [1], [-1]], b: [-5, 0, 0], activation: 'relu' },
      { W: [[1, 1, 1]], b: [0], activation: 'linear' },
    ],
  });

  it('marks a ReLU unit dead only when z ≤ 0 on every training sample', () => {
    // Unit 0: z = x − 5 < 0 for all; unit 1: z = x > 0 for x = 1; unit 2: z = −x > 0 for x = −1.
    const data = [
      { x: [1], y: [0] },
      { x: [-1], y: [0] },
    ];
    expect(unitActivity(relu, data).dead).toEqual([[true, false, false], [false]]);
    expect(unitActivity(relu, [{ x: [1], y: [0] }]).dead).toEqual([[true, false, true], [false]]);
    expect(unitActivity(relu, []).dead).toEqual([[false, false, false], [false]]);
  });

  it('marks sigmoid and tanh units saturated where f′(z) < 1/1000 of its peak on every sample', () => {
    const sigmoidSlope = (z: number) => sigmoid(z) * (1 - sigmoid(z));
    expect(sigmoidSlope(SATURATION_Z.sigmoid) / 0.25).toBeCloseTo(SATURATION_SLOPE, 8);
    expect(1 - Math.tanh(SATURATION_Z.tanh) ** 2).toBeCloseTo(SATURATION_SLOPE, 8);
    const net = parseModelSpec({
      loss: 'mse',
      layers: [
        { W: [[20], [20]], b: [0, 0], activation: 'sigmoid' },
        { W: [[1, 1]], b: [0], activation: 'tanh' },
      ],
    });
    const far = [
      { x: [1], y: [0] },
      { x: [-1], y: [0] },
    ];
    expect(unitActivity(net, far).saturated).toEqual([[true, true], [false]]);
    // One sample near z = 0 is enough for the unit to learn from.
    expect(unitActivity(net, [...far, { x: [0.1], y: [0] }]).saturated).toEqual([[false, false], [false]]);
  });

  it("quotes a saturated unit's largest |z| over every sample, and marks nothing on no data", () => {
    const net = parseModelSpec({
      loss: 'mse',
      layers: [{ W: [[20], [0.1]], b: [0, 0], activation: 'sigmoid' }],
    });
    // Unit 1 is ruled out by the first sample; unit 0 stays saturated to the last, where |z| peaks.
    const data = [1, -1, 3].map((x) => ({ x: [x], y: [0] }));
    const activity = unitActivity(net, data);
    expect(activity.saturated).toEqual([[true, false]]);
    expect(activity.maxAbsZ[0]![0]).toBe(60);
    expect(unitActivity(net, []).saturated).toEqual([[false, false]]);
  });
});
