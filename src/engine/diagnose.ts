/**
 * Why training fails, in codes and numbers (the message catalog turns them into words):
 *
 * - vanishing: mean |dL/dz| of layer 1 is below VANISHING_RATIO × that of the output layer, in a
 *   network of at least MIN_DEPTH layers (each sigmoid layer multiplies dL/dz by σ′ ≤ 1/4 on the way
 *   back, so depth is what makes it vanish).
 * - exploding: layer 1's mean |dL/dz| is above EXPLODING_RATIO × the output layer's (it grows layer
 *   by layer on the way back), or the total gradient norm grew EXPLODING_GROWTH-fold within the last
 *   EXPLODING_WINDOW updates while the loss rose (it grows step by step: η too large).
 * - dead: a ReLU unit whose z ≤ 0 on every training sample (see unitActivity).
 * - saturated: a sigmoid or tanh unit whose |z| is beyond SATURATION_Z on every training sample, so
 *   f′(z) < 1/1000 of its peak. An output unit only counts under mse: bce on a sigmoid output (and
 *   cross-entropy on softmax) is computed from the logits, dL/dz = ŷ − y, and never saturates.
 *
 * A healthy network gets no diagnosis at all; every threshold is an order of magnitude away from
 * what the built-in lessons show while they learn.
 */
import type { GradientHealth } from './gradientHealth';
import type { Model } from './model';
import { SATURATION_Z, type UnitActivity } from './unitActivity';

export const VANISHING_RATIO = 1e-3;
export const EXPLODING_RATIO = 1e3;
export const MIN_DEPTH = 3;
export const EXPLODING_GROWTH = 10;
export const EXPLODING_WINDOW = 10;
/** Below this the output layer has (almost) nothing to pass back: no ratio is meaningful. */
export const MIN_OUTPUT_GRADIENT = 1e-12;

export type DiagnosisKind = 'vanishing' | 'exploding' | 'dead' | 'saturated';

export type Diagnosis =
  | { kind: 'vanishing'; layer: number; ratio: number; first: number; last: number; lastLayer: number }
  | {
      kind: 'exploding';
      layer: number;
      cause: 'layers';
      ratio: number;
      first: number;
      last: number;
      lastLayer: number;
    }
  | {
      kind: 'exploding';
      layer: number;
      cause: 'steps';
      growth: number;
      steps: number;
      from: number;
      to: number;
    }
  | { kind: 'dead'; layer: number; unit: number }
  | {
      kind: 'saturated';
      layer: number;
      unit: number;
      activation: 'sigmoid' | 'tanh';
      maxAbsZ: number;
      limit: number;
    };

/** One point of the training history: the batch loss and ‖dL/dW_l‖ of every layer, if recorded. */
export interface HealthPoint {
  loss: number;
  gradientNorms?: readonly number[];
}

export interface DiagnosisInput {
  model: Model;
  /** The last backward pass's gradients, or null before any. */
  health: GradientHealth | null;
  activity: UnitActivity;
  history: readonly HealthPoint[];
}

/** √Σ_l ‖dL/dW_l‖²: the norm of all the weight gradients together. */
export function totalNorm(norms: readonly number[]): number {
  return Math.sqrt(norms.reduce((sum, n) => sum + n * n, 0));
}

function layerRatio(model: Model, health: GradientHealth | null): Diagnosis | null {
  const L = model.layers.length;
  if (!health || L < MIN_DEPTH) return null;
  const first = health.layers[0]!.meanAbsDz;
  const last = health.layers[L - 1]!.meanAbsDz;
  if (!(last > MIN_OUTPUT_GRADIENT) || !Number.isFinite(first)) return null;
  const ratio = first / last;
  if (ratio < VANISHING_RATIO) return { kind: 'vanishing', layer: 1, ratio, first, last, lastLayer: L };
  if (ratio > EXPLODING_RATIO)
    return { kind: 'exploding', layer: 1, cause: 'layers', ratio, first, last, lastLayer: L };
  return null;
}

function stepGrowth(history: readonly HealthPoint[]): Diagnosis | null {
  const recent = history.slice(-EXPLODING_WINDOW - 1).filter((p) => p.gradientNorms);
  const latest = recent[recent.length - 1];
  if (!latest || recent.length < 2) return null;
  const to = totalNorm(latest.gradientNorms!);
  let smallest = -1;
  recent.slice(0, -1).forEach((point, k) => {
    const norm = totalNorm(point.gradientNorms!);
    if (smallest < 0 || norm < totalNorm(recent[smallest]!.gradientNorms!)) smallest = k;
  });
  const start = recent[smallest]!;
  const from = totalNorm(start.gradientNorms!);
  const growth = to / from;
  if (!(from > 0) || !(growth >= EXPLODING_GROWTH) || !(latest.loss > start.loss)) return null;
  // Where: the layer whose own ‖dL/dW‖ grew the most over the same updates.
  const before = start.gradientNorms!;
  const grew = (norm: number, l: number) => (before[l]! > 0 ? norm / before[l]! : norm > 0 ? Infinity : 0);
  let layer = 0;
  latest.gradientNorms!.forEach((norm, l) => {
    if (grew(norm, l) > grew(latest.gradientNorms![layer]!, layer)) layer = l;
  });
  return {
    kind: 'exploding',
    layer: layer + 1,
    cause: 'steps',
    growth,
    steps: recent.length - 1 - smallest,
    from,
    to,
  };
}

function unitDiagnoses(model: Model, activity: UnitActivity): Diagnosis[] {
  const found: Diagnosis[] = [];
  const L = model.layers.length;
  model.layers.forEach((layer, l) => {
    const outputFromLogits = l === L - 1 && model.loss !== 'mse';
    for (let i = 0; i < layer.outSize; i++) {
      if (activity.dead[l]![i]) found.push({ kind: 'dead', layer: l + 1, unit: i });
      const activation = layer.activation;
      if (
        activity.saturated[l]![i] &&
        !outputFromLogits &&
        (activation === 'sigmoid' || activation === 'tanh')
      ) {
        found.push({
          kind: 'saturated',
          layer: l + 1,
          unit: i,
          activation,
          maxAbsZ: activity.maxAbsZ[l]![i]!,
          limit: SATURATION_Z[activation],
        });
      }
    }
  });
  return found;
}

/** Every diagnosis that applies, network-wide ones first, then unit by unit from layer 1. */
export function diagnose({ model, health, activity, history }: DiagnosisInput): Diagnosis[] {
  const found: Diagnosis[] = [];
  // A layer of dead units stops every gradient below it: "dead" says why, "vanishing" would mislead.
  const wholeLayerDead = activity.dead.some((units) => units.length > 0 && units.every(Boolean));
  const ratio = layerRatio(model, health);
  if (ratio && !(ratio.kind === 'vanishing' && wholeLayerDead)) found.push(ratio);
  const growth = ratio?.kind === 'exploding' ? null : stepGrowth(history);
  if (growth) found.push(growth);
  return [...found, ...unitDiagnoses(model, activity)];
}
