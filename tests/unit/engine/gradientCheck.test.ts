// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  batchGradients,
  createRng,
  gradientCheck,
  initModel,
  parameterCount,
  parseModelSpec,
  relativeError,
  RELATIVE_FLOOR,
  modelToSpec,
  type ActivationName,
  type LossName,
  type Sample,
} from '../../../src/engine';

function randomCase(seed: number, hidden: ActivationName, loss: LossName) {
  const rng = createRng(seed);
  const sizes = [3, 4, 3, loss === 'crossEntropy' ? 3 : 2];
  const output: ActivationName = loss === 'crossEntropy' ? 'softmax' : loss === 'bce' ? 'sigmoid' : 'linear';
  const model = initModel(
    {
      inputs: sizes[0]!,
      layers: sizes
        .slice(1)
        .map((units, l) => ({ units, activation: l === sizes.length - 2 ? output : hidden })),
      loss,
    },
    rng,
  );
  const target = (k: number) =>
    loss === 'crossEntropy' ? [0, 1, 2].map((c) => (c === k % 3 ? 1 : 0)) : [rng.next(), rng.next()];
  const batch: Sample[] = Array.from({ length: 3 }, (_, k) => ({
    x: [rng.normal(), rng.normal(), rng.normal()],
    y: target(k),
  }));
  return { model, batch };
}

describe('gradientCheck', () => {
  it.each([
    ['sigmoid', 'mse', 1],
    ['tanh', 'bce', 2],
    ['linear', 'crossEntropy', 3],
    ['leakyRelu', 'mse', 4],
    ['tanh', 'crossEntropy', 5],
    ['sigmoid', 'bce', 6],
  ] as const)(
    'agrees with backprop to 1e-6 on a random %s network with %s loss (seed %i)',
    (hidden, loss, seed) => {
      const { model, batch } = randomCase(seed, hidden, loss);
      const result = gradientCheck(model, batch);
      expect(result.rows).toHaveLength(parameterCount(model));
      expect(result.maxRelativeError).toBeLessThanOrEqual(1e-6);
      expect(result.maxRelativeError).toBe(Math.max(...result.rows.map((r) => r.relativeError)));
    },
  );

  it("lists backprop's batch-mean gradients, W row by row then b, layer by layer", () => {
    const { model, batch } = randomCase(9, 'tanh', 'mse');
    const expected = batchGradients(model, batch);
    const { rows } = gradientCheck(model, batch);
    const layer1 = rows.filter((r) => r.layer === 1);
    expect(layer1.slice(0, 4).map((r) => [r.kind, r.i, r.j])).toEqual([
      ['W', 0, 0],
      ['W', 0, 1],
      ['W', 0, 2],
      ['b', 0, -1],
    ]);
    for (const row of rows) {
      const want =
        row.kind === 'W'
          ? expected.dLdW[row.layer - 1]![row.i]![row.j]!
          : expected.dLdb[row.layer - 1]![row.i]!;
      expect(row.backprop).toBe(want);
    }
  });

  it('estimates dL/dw by central differences: (w·x + b − y)² on one linear unit', () => {
    const model = parseModelSpec({ loss: 'mse', layers: [{ W: [[0.7]], b: [-0.2], activation: 'linear' }] });
    const sample = { x: [1.5], y: [2] };
    const { rows } = gradientCheck(model, [sample]);
    const residual = 0.7 * 1.5 - 0.2 - 2;
    expect(rows[0]!.numeric).toBeCloseTo(2 * residual * 1.5, 9);
    expect(rows[1]!.numeric).toBeCloseTo(2 * residual, 9);
  });

  it('leaves the model as it was', () => {
    const { model, batch } = randomCase(4, 'sigmoid', 'mse');
    const before = JSON.stringify(modelToSpec(model));
    gradientCheck(model, batch);
    expect(JSON.stringify(modelToSpec(model))).toBe(before);
  });

  it('points at the worst parameter', () => {
    // A ReLU unit sitting exactly on its kink (z = 0): backprop takes relu′(0) = 0, the central
    // difference sees half the slope, so that unit's parameters are the worst by far.
    const model = parseModelSpec({
      loss: 'mse',
      layers: [
        { W: [[1], [0.5]], b: [-1, 0.2], activation: 'relu' },
        { W: [[1, 1]], b: [0], activation: 'linear' },
      ],
    });
    const result = gradientCheck(model, [{ x: [1], y: [3] }]);
    const worst = result.rows[result.worst]!;
    expect([worst.layer, worst.i]).toEqual([1, 0]);
    expect(worst.relativeError).toBeGreaterThan(0.5);
  });

  it('compares gradients near 0 absolutely and finds nothing for an empty batch', () => {
    expect(relativeError(0, 1e-13)).toBeCloseTo(1e-13 / RELATIVE_FLOOR, 12);
    expect(relativeError(2, 1)).toBe(0.5);
    const { model } = randomCase(1, 'tanh', 'mse');
    expect(gradientCheck(model, [])).toEqual({ rows: [], maxRelativeError: 0, worst: -1 });
  });
});
