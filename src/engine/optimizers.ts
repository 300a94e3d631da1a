/**
 * Parameter updates exactly as torch.optim (no weight decay, no dampening):
 * - sgd:       p ← p − η·g
 * - momentum:  v ← μ·v + g;  p ← p − η·v            (torch SGD with momentum μ; v starts at g)
 * - adam:      m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;
 *              p ← p − (η / (1 − β1^t)) · m / (√v / √(1 − β2^t) + ε)
 */
import { EngineError } from './errors';
import type { Model } from './model';
import { describeValue, expectRecord } from './validate';

export type OptimizerKind = 'sgd' | 'momentum' | 'adam';
export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['sgd', 'momentum', 'adam'];

export interface OptimizerConfig {
  kind: OptimizerKind;
  learningRate: number;
  /** μ for momentum; default 0.9. */
  momentum?: number;
  /** Adam's β1, β2, ε; defaults 0.9, 0.999, 1e-8. */
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/** Per-parameter optimizer memory; plain typed arrays so it snapshots like the model. */
export interface OptimizerState {
  /** Number of updates applied (Adam's t). */
  t: number;
  /** momentum: v; adam: first moment m. One W- and one b-buffer per layer. */
  m: { W: Float64Array; b: Float64Array }[];
  /** adam: second moment v. */
  v: { W: Float64Array; b: Float64Array }[];
}

export const MIN_LEARNING_RATE = 1e-6;
export const MAX_LEARNING_RATE = 100;

export function validateLearningRate(value: unknown, field = 'optimizer.learningRate'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new EngineError(field, `must be a number (got ${describeValue(value)})`, 'not-a-number', {
      value: describeValue(value),
    });
  }
  if (value < MIN_LEARNING_RATE || value > MAX_LEARNING_RATE) {
    throw new EngineError(
      field,
      `must be between ${MIN_LEARNING_RATE} and ${MAX_LEARNING_RATE} (got ${value})`,
      'out-of-range',
      { min: MIN_LEARNING_RATE, max: MAX_LEARNING_RATE, value },
    );
  }
  return value;
}

export function parseOptimizerConfig(value: unknown, field = 'optimizer'): OptimizerConfig {
  const record = expectRecord(value, field);
  const kind = record.kind;
  if (typeof kind !== 'string' || !(OPTIMIZER_KINDS as readonly string[]).includes(kind)) {
    throw new EngineError(
      `${field}.kind`,
      `unknown optimizer ${describeValue(kind)} (one of ${OPTIMIZER_KINDS.join(', ')})`,
      'unknown-optimizer',
      { value: describeValue(kind), choices: OPTIMIZER_KINDS.join(', ') },
    );
  }
  const config: OptimizerConfig = {
    kind: kind as OptimizerKind,
    learningRate: validateLearningRate(record.learningRate, `${field}.learningRate`),
  };
  const fraction = (name: 'momentum' | 'beta1' | 'beta2') => {
    const v = record[name];
    if (v === undefined) return;
    if (typeof v !== 'number' || !(v >= 0 && v < 1))
      throw new EngineError(`${field}.${name}`, 'must be in [0, 1)', 'fraction', { value: describeValue(v) });
    config[name] = v;
  };
  fraction('momentum');
  fraction('beta1');
  fraction('beta2');
  if (record.epsilon !== undefined) {
    if (typeof record.epsilon !== 'number' || !(record.epsilon > 0 && record.epsilon < 1)) {
      throw new EngineError(`${field}.epsilon`, 'must be in (0, 1)', 'open-fraction', {
        value: describeValue(record.epsilon),
      });
    }
    config.epsilon = record.epsilon;
  }
  return config;
}

export function createOptimizerState(model: Model): OptimizerState {
  const zeros = () =>
    model.layers.map((layer) => ({
      W: new Float64Array(layer.W.length),
      b: new Float64Array(layer.b.length),
    }));
  return { t: 0, m: zeros(), v: zeros() };
}

export function cloneOptimizerState(state: OptimizerState): OptimizerState {
  const copy = (buffers: OptimizerState['m']) => buffers.map(({ W, b }) => ({ W: W.slice(), b: b.slice() }));
  return { t: state.t, m: copy(state.m), v: copy(state.v) };
}

/** An OptimizerConfig with its defaults filled in (μ 0.9, β1 0.9, β2 0.999, ε 1e-8). */
export interface ResolvedOptimizer {
  kind: OptimizerKind;
  learningRate: number;
  momentum: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

export function resolveOptimizer(config: OptimizerConfig): ResolvedOptimizer {
  return {
    kind: config.kind,
    learningRate: config.learningRate,
    momentum: config.momentum ?? 0.9,
    beta1: config.beta1 ?? 0.9,
    beta2: config.beta2 ?? 0.999,
    epsilon: config.epsilon ?? 1e-8,
  };
}

/** p − η·g: plain sgd for one parameter (also the fast trainer's one-sample update). */
export const sgdStep = (p: number, g: number, learningRate: number): number => p - learningRate * g;

/**
 * The update t (t = 1 for the first) of the parameters params[from … to) with gradients grads[from …],
 * momentum/first-moment buffer m and second-moment buffer v at the same offsets. The one definition
 * of each optimizer: applyUpdate calls it per W and b buffer, the fast trainer on its packed buffer.
 */
export function updateParams(
  opt: ResolvedOptimizer,
  t: number,
  params: Float64Array,
  grads: ArrayLike<number>,
  m: Float64Array,
  v: Float64Array,
  from = 0,
  to = params.length,
): void {
  const lr = opt.learningRate;
  switch (opt.kind) {
    case 'sgd':
      for (let k = from; k < to; k++) params[k] = sgdStep(params[k]!, grads[k]!, lr);
      return;
    case 'momentum': {
      const mu = opt.momentum;
      for (let k = from; k < to; k++) {
        // torch initialises the buffer with the first gradient: v_1 = g_1 (= μ·0 + g_1).
        const velocity = t === 1 ? grads[k]! : mu * m[k]! + grads[k]!;
        m[k] = velocity;
        params[k] = params[k]! - lr * velocity;
      }
      return;
    }
    case 'adam': {
      const { beta1, beta2, epsilon } = opt;
      const biasCorrection1 = 1 - beta1 ** t;
      const biasCorrection2Sqrt = Math.sqrt(1 - beta2 ** t);
      const stepSize = lr / biasCorrection1;
      for (let k = from; k < to; k++) {
        const g = grads[k]!;
        const mk = m[k]! * beta1 + (1 - beta1) * g;
        const vk = v[k]! * beta2 + (1 - beta2) * g * g;
        m[k] = mk;
        v[k] = vk;
        params[k] = params[k]! - stepSize * (mk / (Math.sqrt(vk) / biasCorrection2Sqrt + epsilon));
      }
      return;
    }
  }
}

/** Apply one update with the batch-mean gradients (index l is layer l + 1). Mutates model and state. */
export function applyUpdate(
  model: Model,
  dLdW: readonly ArrayLike<number>[],
  dLdb: readonly ArrayLike<number>[],
  config: OptimizerConfig,
  state: OptimizerState,
): void {
  state.t += 1;
  const opt = resolveOptimizer(config);
  model.layers.forEach((layer, l) => {
    updateParams(opt, state.t, layer.W, dLdW[l]!, state.m[l]!.W, state.v[l]!.W);
    updateParams(opt, state.t, layer.b, dLdb[l]!, state.m[l]!.b, state.v[l]!.b);
  });
}
