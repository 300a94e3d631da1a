// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  applyUpdate,
  batchGradients,
  cloneModel,
  createOptimizerState,
  diagnose,
  EXPLODING_RATIO,
  gradientHealth,
  parseModelSpec,
  unitActivity,
  VANISHING_RATIO,
  type HealthPoint,
  type Model,
  type Sample,
} from '../../../src/engine';
import { buildPreset, PRESET_IDS } from '../../../src/store/presets';

/** The diagnoses as "kind layer[:unit]" strings, easy to compare. */
function diagnosesOf(model: Model, data: readonly Sample[], history: readonly HealthPoint[] = []) {
  const found = diagnose({
    model,
    health: gradientHealth(model, data),
    activity: unitActivity(model, data),
    history,
  });
  return found.map((d) => `${d.kind} ${d.layer}${'unit' in d ? `:${d.unit}` : ''}`);
}

/** `steps` SGD updates on the whole batch, recording the loss and gradient norms as the store does. */
function trainRecording(model: Model, data: readonly Sample[], learningRate: number, steps: number) {
  const trained = cloneModel(model);
  const state = createOptimizerState(trained);
  const history: HealthPoint[] = [];
  for (let k = 0; k < steps; k++) {
    const g = batchGradients(trained, data);
    history.push({
      loss: g.loss,
      gradientNorms: gradientHealth(trained, data).layers.map((l) => l.weightGradNorm),
    });
    const flat = (rows: number[][]) => Float64Array.from(rows.flat());
    applyUpdate(
      trained,
      g.dLdW.map(flat),
      g.dLdb.map((b) => Float64Array.from(b)),
      { kind: 'sgd', learningRate },
      state,
    );
  }
  return { model: trained, history };
}

const XOR: Sample[] = [
  { x: [0, 0], y: [0] },
  { x: [0, 1], y: [1] },
  { x: [1, 0], y: [1] },
  { x: [1, 1], y: [0] },
];

describe('diagnose: no false alarm', () => {
  it.each(PRESET_IDS.filter((id) => id !== 'vanishing'))(
    'finds nothing on the %s preset, before and while it learns',
    (id) => {
      const preset = buildPreset(id);
      expect(diagnosesOf(preset.model, preset.data)).toEqual([]);
      const { model, history } = trainRecording(
        preset.model,
        preset.data,
        preset.optimizer.learningRate,
        300,
      );
      expect(diagnosesOf(model, preset.data, history)).toEqual([]);
    },
  );

  it('finds nothing on the deep sigmoid preset once its hidden layers are tanh', () => {
    const model = cloneModel(buildPreset('vanishing').model);
    model.layers.slice(0, -1).forEach((layer) => (layer.activation = 'tanh'));
    expect(diagnosesOf(model, buildPreset('vanishing').data)).toEqual([]);
  });
});

describe('diagnose: vanishing', () => {
  it('names layer 1 of the deep sigmoid preset, with the first-to-last ratio', () => {
    const { model, data } = buildPreset('vanishing');
    const [found, ...rest] = diagnose({
      model,
      health: gradientHealth(model, data),
      activity: unitActivity(model, data),
      history: [],
    });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ kind: 'vanishing', layer: 1, lastLayer: 6 });
    if (found?.kind !== 'vanishing') throw new Error('not vanishing');
    expect(found.ratio).toBeLessThan(VANISHING_RATIO);
    expect(found.ratio).toBeCloseTo(found.first / found.last, 15);
  });

  it('says nothing before a backward pass (no gradients yet)', () => {
    const { model, data } = buildPreset('vanishing');
    expect(diagnose({ model, health: null, activity: unitActivity(model, data), history: [] })).toEqual([]);
  });
});

describe('diagnose: exploding', () => {
  it('layer by layer: dL/dz multiplied by 8 × 1.5 = 12 per linear layer on the way back (×2592 by layer 1)', () => {
    const wide = (inSize: number) => Array.from({ length: 8 }, () => Array<number>(inSize).fill(1.5));
    const model = parseModelSpec({
      loss: 'mse',
      layers: [
        { W: wide(1), b: Array<number>(8).fill(0), activation: 'linear' },
        { W: wide(8), b: Array<number>(8).fill(0), activation: 'linear' },
        { W: wide(8), b: Array<number>(8).fill(0), activation: 'linear' },
        { W: wide(8), b: Array<number>(8).fill(0), activation: 'linear' },
        { W: [Array<number>(8).fill(1.5)], b: [0], activation: 'linear' },
      ],
    });
    const data = [{ x: [0.001], y: [1] }];
    const found = diagnose({
      model,
      health: gradientHealth(model, data),
      activity: unitActivity(model, data),
      history: [],
    });
    expect(found).toEqual([expect.objectContaining({ kind: 'exploding', cause: 'layers', layer: 1 })]);
    if (found[0]?.kind !== 'exploding' || found[0].cause !== 'layers') throw new Error('not by layers');
    expect(found[0].ratio).toBeGreaterThan(EXPLODING_RATIO);
  });

  it('step by step: XOR at η = 50, and not at η = 1', () => {
    const { model } = buildPreset('xor');
    const wild = trainRecording(model, XOR, 50, 3);
    expect(diagnosesOf(wild.model, XOR, wild.history).filter((d) => d.startsWith('exploding'))).toHaveLength(
      1,
    );
    const calm = trainRecording(model, XOR, 1, 3);
    expect(diagnosesOf(calm.model, XOR, calm.history)).toEqual([]);
  });

  it('needs the loss to rise too: a gradient growing while the loss falls is learning', () => {
    const { model } = buildPreset('textbook');
    const data = buildPreset('textbook').data;
    const history = [
      { loss: 0.5, gradientNorms: [0.01, 0.01] },
      { loss: 0.4, gradientNorms: [0.5, 0.5] },
    ];
    expect(diagnosesOf(model, data, history)).toEqual([]);
    expect(diagnosesOf(model, data, [history[0]!, { ...history[1]!, loss: 0.9 }])).toEqual(['exploding 1']);
  });
});

describe('diagnose: dead and saturated units', () => {
  it('dead: the ReLU unit with z < 0 on every sample, by layer and unit', () => {
    const model = cloneModel(buildPreset('relu-bce').model);
    model.layers[0]!.b[1] = -5;
    expect(diagnosesOf(model, buildPreset('relu-bce').data)).toEqual(['dead 1:1']);
    model.layers[0]!.activation = 'leakyRelu';
    expect(diagnosesOf(model, buildPreset('relu-bce').data)).toEqual([]);
  });

  it('dead: XOR with ReLU units at η = 50 loses them all', () => {
    const model = cloneModel(buildPreset('xor').model);
    model.layers[0]!.activation = 'relu';
    const { model: trained, history } = trainRecording(model, XOR, 50, 4);
    expect(diagnosesOf(trained, XOR, history)).toEqual(['dead 1:0', 'dead 1:1', 'dead 1:2']);
  });

  it('saturated: a hidden sigmoid unit far out on every sample, until its bias comes back', () => {
    const model = cloneModel(buildPreset('textbook').model);
    model.layers[0]!.b[0] = 20;
    const data = buildPreset('textbook').data;
    expect(diagnosesOf(model, data)).toEqual(['saturated 1:0']);
    model.layers[0]!.b[0] = 0.35;
    expect(diagnosesOf(model, data)).toEqual([]);
  });

  it('saturated: a tanh unit at z ≈ 6 (tanh′ < 1e−3 beyond 4.15); fixed by relu', () => {
    const model = cloneModel(buildPreset('textbook').model);
    model.layers[0]!.activation = 'tanh';
    model.layers[0]!.b[0] = 6;
    const data = buildPreset('textbook').data;
    expect(diagnosesOf(model, data)).toEqual(['saturated 1:0']);
    model.layers[0]!.activation = 'relu';
    expect(diagnosesOf(model, data)).toEqual([]);
  });

  it('saturated output: only under mse, since bce is computed from the logits', () => {
    const model = cloneModel(buildPreset('textbook').model);
    model.layers[1]!.b[1] = 30;
    const data = buildPreset('textbook').data;
    expect(diagnosesOf(model, data)).toEqual(['saturated 2:1']);
    const bce = parseModelSpec({ loss: 'bce', layers: [{ W: [[1]], b: [30], activation: 'sigmoid' }] });
    expect(diagnosesOf(bce, [{ x: [1], y: [1] }])).toEqual([]);
  });
});
