/**
 * Which units never pass a gradient on the training data: a ReLU unit whose z ≤ 0 on every sample
 * (dead: relu′(z) = 0 there, as relu′(0) = 0), and a sigmoid or tanh unit whose |z| is so large on
 * every sample that f′(z) is a tiny fraction of its peak (saturated). A forward pass over the data
 * set, nothing more, so it is cheap enough to run after every update.
 */
import type { Model, Sample } from './model';
import { forwardLayer } from './layerOps';

/**
 * Saturated means f′(z) < SATURATION_SLOPE × f′'s peak (σ′ peaks at 1/4, tanh′ at 1) on every sample:
 * |z| > 8.29 for sigmoid, |z| > 4.15 for tanh. A unit there passes back less than 1/10 000 of what it
 * could, so its weights (and those feeding it) stop learning.
 */
export const SATURATION_SLOPE = 1e-3;

/** |z| above which σ′(z)/σ′(0) < SATURATION_SLOPE, and tanh′(z)/tanh′(0) < SATURATION_SLOPE. */
export const SATURATION_Z = {
  // σ′(z) = e^−|z|/(1+e^−|z|)² ≈ e^−|z| for large |z|: 4σ′(z) < s ⇔ |z| ≳ ln(4/s) (solved exactly below).
  sigmoid: solveForZ((z) => (4 * Math.exp(-z)) / (1 + Math.exp(-z)) ** 2),
  tanh: solveForZ((z) => 1 - Math.tanh(z) ** 2),
} as const;

/** The z > 0 where a decreasing relative slope crosses SATURATION_SLOPE (bisection). */
function solveForZ(relativeSlope: (z: number) => number): number {
  let low = 0;
  let high = 50;
  for (let k = 0; k < 60; k++) {
    const mid = (low + high) / 2;
    if (relativeSlope(mid) > SATURATION_SLOPE) low = mid;
    else high = mid;
  }
  return high;
}

export interface UnitActivity {
  /** dead[l][i]: unit i of layer l + 1 is ReLU and z ≤ 0 on every training sample. */
  dead: boolean[][];
  /** saturated[l][i]: unit i of layer l + 1 is sigmoid or tanh and |z| > SATURATION_Z on every sample. */
  saturated: boolean[][];
  /**
   * The largest |z| of each unit over the data (what the saturated diagnosis quotes); exact for the
   * units marked, as the pass stops early only once no unit can be marked.
   */
  maxAbsZ: number[][];
}

/** Forward every sample of `data` and mark the dead and the saturated units. Empty data marks none. */
export function unitActivity(model: Model, data: readonly Sample[]): UnitActivity {
  const L = model.layers.length;
  const z = model.layers.map((layer) => new Float64Array(layer.outSize));
  const a = model.layers.map((layer) => new Float64Array(layer.outSize));
  // Start from "true on every sample so far" and clear on the first sample that disagrees.
  const dead = model.layers.map((layer) =>
    new Array<boolean>(layer.outSize).fill(layer.activation === 'relu'),
  );
  const saturated = model.layers.map((layer) =>
    new Array<boolean>(layer.outSize).fill(layer.activation === 'sigmoid' || layer.activation === 'tanh'),
  );
  const maxAbsZ = model.layers.map((layer) => new Array<number>(layer.outSize).fill(0));
  const limits = model.layers.map((layer) =>
    layer.activation === 'tanh' ? SATURATION_Z.tanh : SATURATION_Z.sigmoid,
  );
  for (const sample of data) {
    // Once no unit can still be dead or saturated, the other samples cannot change the answer: a
    // healthy network is settled by its first sample (Play asks after every frame).
    let open = false;
    for (let l = 0; l < L; l++) {
      const layer = model.layers[l]!;
      forwardLayer(layer, l === 0 ? sample.x : a[l - 1]!, z[l]!, a[l]!);
      for (let i = 0; i < layer.outSize; i++) {
        const value = z[l]![i]!;
        if (value > 0) dead[l]![i] = false;
        const abs = Math.abs(value);
        // NaN never counts as saturated (nor as anything else): the non-finite check reports it.
        if (!(abs > limits[l]!)) saturated[l]![i] = false;
        if (abs > maxAbsZ[l]![i]!) maxAbsZ[l]![i] = abs;
        open ||= dead[l]![i]! || saturated[l]![i]!;
      }
    }
    if (!open) break;
  }
  if (data.length === 0) for (const units of [...dead, ...saturated]) units.fill(false);
  return { dead, saturated, maxAbsZ };
}
