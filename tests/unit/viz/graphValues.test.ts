import { describe, expect, it } from 'vitest';
import {
  batchGradients,
  createSession,
  parseModelSpec,
  stepBackward,
  stepForward,
  stepUpdate,
  traceSample,
} from '../../../src/engine';
import { formatValue } from '../../../src/viz/format';
import { graphValuesFromSession, MIN_VALUE_CHARS, valueChars } from '../../../src/viz/graphValues';
import {
  MAZUR_SAMPLE,
  MAZUR_SPEC,
  RELU_BCE_SAMPLE,
  RELU_BCE_SPEC,
  SGD,
  sessionAt,
  type Stage,
} from './fixtures';

const reference = traceSample(parseModelSpec(MAZUR_SPEC), MAZUR_SAMPLE);
const at = (stage: Stage) =>
  graphValuesFromSession(sessionAt(MAZUR_SPEC, MAZUR_SAMPLE, stage), MAZUR_SAMPLE, 1, 0.5);

describe('graphValuesFromSession', () => {
  it('describes the shape: sizes, activations and loss', () => {
    const values = at('idle');
    expect(values.sizes).toEqual([2, 2, 2]);
    expect(values.activations).toEqual([null, 'sigmoid', 'sigmoid']);
    expect(values.loss).toBe('mse');
    expect(values.y).toEqual([0.01, 0.99]);
  });

  it('before any step shows only inputs, weights and biases', () => {
    const values = at('idle');
    expect(values.phase).toBe('idle');
    expect(values.activeLayer).toBeNull();
    expect(values.nodes[0]!.map((n) => n.a)).toEqual([0.05, 0.1]);
    expect(values.nodes[0]![0]!.dLda).toBeUndefined();
    expect(values.nodes[1]![0]).toEqual({ z: undefined, a: undefined, dLdz: undefined, dLda: undefined });
    expect(values.edges[1]![0]![1]).toEqual({
      value: 0.2,
      grad: undefined,
      old: undefined,
      applied: undefined,
    });
    expect(values.biases[2]![1]!.value).toBe(0.6);
    expect(values.sampleLoss).toBeUndefined();
    expect(values.next).toEqual({ kind: 'forward', layer: 1 });
  });

  it('after forward of layer 1 has z, a of layer 1 only', () => {
    const values = at('forward1');
    expect(values.phase).toBe('forward');
    expect(values.activeLayer).toBe(1);
    expect(values.nodes[1]![0]!.z).toBe(reference.layers[0]!.z[0]);
    expect(values.nodes[1]![0]!.a).toBe(reference.layers[0]!.a[0]);
    expect(values.nodes[2]![0]!.z).toBeUndefined();
    expect(values.nodes[1]![0]!.dLdz).toBeUndefined();
  });

  it('after the loss has every forward value and the sample loss, no gradient', () => {
    const values = at('loss');
    expect(values.phase).toBe('loss');
    expect(values.activeLayer).toBe(2);
    expect(values.nodes[2]!.map((n) => n.a)).toEqual(reference.output);
    expect(values.sampleLoss).toBe(reference.loss);
    expect(values.nodes[2]![0]!.dLda).toBeUndefined();
    expect(values.edges[2]![0]![0]!.grad).toBeUndefined();
  });

  it('after backward of the output layer has its gradients, not those of layer 1 or the input', () => {
    const values = at('backward1');
    expect(values.phase).toBe('backward');
    expect(values.activeLayer).toBe(2);
    const out = reference.layers[1]!;
    expect(values.nodes[2]!.map((n) => n.dLda)).toEqual(out.dLda);
    expect(values.nodes[2]!.map((n) => n.dLdz)).toEqual(out.dLdz);
    expect(values.edges[2]![1]![0]!.grad).toBe(out.dLdW[1]![0]);
    expect(values.biases[2]![0]!.grad).toBe(out.dLdb[0]);
    expect(values.nodes[1]![0]!.dLda).toBeUndefined();
    expect(values.nodes[1]![0]!.dLdz).toBeUndefined();
    expect(values.edges[1]![0]![0]!.grad).toBeUndefined();
    expect(values.nodes[0]![0]!.dLda).toBeUndefined();
  });

  it('after the whole backward pass matches traceSample everywhere, dL/dx included', () => {
    const values = at('backward');
    expect(values.activeLayer).toBe(1);
    reference.layers.forEach((layer, k) => {
      const l = k + 1;
      expect(values.nodes[l]!.map((n) => n.z)).toEqual(layer.z);
      expect(values.nodes[l]!.map((n) => n.dLdz)).toEqual(layer.dLdz);
      expect(values.nodes[l]!.map((n) => n.dLda)).toEqual(layer.dLda);
      expect(values.edges[l]!.map((row) => row.map((e) => e.grad))).toEqual(layer.dLdW);
      expect(values.biases[l]!.map((b) => b.grad)).toEqual(layer.dLdb);
    });
    expect(values.nodes[0]!.map((n) => n.dLda)).toEqual(reference.dLdx);
    expect(values.next).toEqual({ kind: 'update', layer: null });
    expect(values.updated).toBe(false);
    expect(values.edges[1]![0]![0]!.old).toBeUndefined();
  });

  it('after Update shows old → new with the gradient applied (Δ = −η·g for sgd)', () => {
    const values = at('update');
    expect(values.phase).toBe('update');
    expect(values.activeLayer).toBeNull();
    expect(values.updated).toBe(true);
    const w5 = values.edges[2]![0]![0]!;
    expect(w5.old).toBe(0.4);
    expect(w5.value).toBeCloseTo(0.35891648, 8);
    expect(w5.applied).toBe(reference.layers[1]!.dLdW[0]![0]);
    expect(w5.value - w5.old!).toBeCloseTo(-0.5 * w5.applied!, 15);
    const b1 = values.biases[1]![0]!;
    expect(b1.old).toBe(0.35);
    expect(b1.value).toBeCloseTo(0.35 - 0.5 * reference.layers[0]!.dLdb[0]!, 15);
    expect(values.batch).toMatchObject({ size: 1, samplesDone: 1, loss: reference.loss });
    expect(values.next).toEqual({ kind: 'forward', layer: 1 });
  });

  it('keeps the values of the traced sample with a softmax-free bce network', () => {
    const session = sessionAt(RELU_BCE_SPEC, RELU_BCE_SAMPLE, 'backward');
    const values = graphValuesFromSession(session, RELU_BCE_SAMPLE, 1, 0.1, 'adam');
    const ref = traceSample(parseModelSpec(RELU_BCE_SPEC), RELU_BCE_SAMPLE);
    expect(values.sizes).toEqual([1, 2, 1]);
    expect(values.activations).toEqual([null, 'relu', 'sigmoid']);
    expect(values.nodes[2]![0]!.dLdz).toBe(ref.layers[1]!.dLdz[0]);
    expect(values.nodes[0]![0]!.dLda).toBe(ref.dLdx[0]);
    expect(values.optimizer).toBe('adam');
    expect(values.learningRate).toBe(0.1);
  });

  it('with a batch of two shows the second sample and the batch-mean gradient applied', () => {
    const data = [MAZUR_SAMPLE, { x: [0.3, -0.2], y: [0.5, 0.2] }];
    const session = createSession(parseModelSpec(MAZUR_SPEC));
    for (let s = 0; s < 2; s++) {
      stepForward(session, data, 2, 'pass');
      stepBackward(session, data, 2, 'pass');
    }
    const before = graphValuesFromSession(session, data[1]!, 2, 0.5);
    expect(before.batch).toMatchObject({ size: 2, sampleInBatch: 1, samplesDone: 2 });
    expect(before.nodes[0]!.map((n) => n.a)).toEqual([0.3, -0.2]);
    stepUpdate(session, 2, SGD);
    const after = graphValuesFromSession(session, data[1]!, 2, 0.5);
    const mean = batchGradients(parseModelSpec(MAZUR_SPEC), data);
    expect(after.edges[1]![1]![0]!.applied).toBeCloseTo(mean.dLdW[0]![1]![0]!, 15);
    expect(after.edges[1]![1]![0]!.grad).toBe(
      traceSample(parseModelSpec(MAZUR_SPEC), data[1]!).layers[0]!.dLdW[1]![0],
    );
    expect(after.batch.loss).toBeCloseTo(mean.loss, 15);
  });
});

describe('valueChars', () => {
  it('reserves the widest value written on the graph, at least MIN_VALUE_CHARS', () => {
    for (const stage of ['idle', 'forward', 'backward', 'update'] as const) {
      const values = at(stage);
      const texts = [
        ...values.nodes.flat().flatMap((n) => [n.z, n.a, n.dLdz, n.dLda]),
        ...[...values.edges.flat(2), ...values.biases.flat()].flatMap((p) => [p.value, p.grad, p.old]),
      ]
        .filter((x): x is number => x !== undefined)
        .map(formatValue);
      const chars = valueChars(values);
      expect(chars, stage).toBeGreaterThanOrEqual(Math.max(MIN_VALUE_CHARS, ...texts.map((t) => t.length)));
    }
    // Mazur's first-layer gradients (≈ 4.4e−4) still fit the 8 characters most lessons need.
    expect(valueChars(at('backward'))).toBe(MIN_VALUE_CHARS);
  });

  it('counts Δ = new − old, which a matrix cell writes after an update and may be the widest', () => {
    const values = at('update');
    const edge = values.edges[1]![0]![0]!;
    // A step of −3.872e−10 ("−3.872e−10", 10 characters) between two short values.
    edge.old = 0.5;
    edge.value = 0.5 - 3.872e-10;
    edge.grad = 0.25;
    expect(formatValue(edge.value - edge.old).length).toBe(10);
    expect(valueChars(values)).toBe(10);
  });
});
