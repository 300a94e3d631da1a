/**
 * What an exported script needs of the app's state, as plain numbers: the iteration the step cursor
 * is on (its batch, the weights and optimizer state it starts from) and its settings.
 *
 * The iteration is the one Forward, Backward and Update work on now; right after an Update, when
 * that iteration is finished, it is the next one (the next Forward starts it). Its weights are the
 * session's: a Forward or Backward changes no weight, and a weight typed in restarts the iteration.
 */
import {
  modelToSpec,
  resolveOptimizer,
  type FeatureName,
  type LayerSpec,
  type LossName,
  type ResolvedOptimizer,
  type Sample,
} from '../../engine';
import type { Snapshot } from '../types';

/** One parameter's optimizer memory: momentum's v or Adam's m (`m`), and Adam's v (`v`). */
export interface ParameterState<T> {
  m: T;
  v: T;
}

export interface LayerState {
  W: ParameterState<number[][]>;
  b: ParameterState<number[]>;
}

export interface CodeLesson {
  layers: LayerSpec[];
  loss: LossName;
  /** The samples of the batch, in order (inputs after the input features). */
  batch: Sample[];
  /** Where the batch starts in the training data, and the data's size. */
  batchStart: number;
  dataLength: number;
  features: readonly FeatureName[] | null;
  /** The optimizer with its defaults filled in, as the engine applies them. */
  optimizer: ResolvedOptimizer;
  /** Updates applied so far (Adam's t; momentum's buffer exists once it is ≥ 1). */
  step: number;
  /** Per layer, the optimizer's buffers (all zero for sgd). */
  state: LayerState[];
}

export type CodeLessonSource = Pick<Snapshot, 'session' | 'data' | 'optimizer' | 'batchSize' | 'features'>;

function rows(values: Float64Array, inSize: number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < values.length; k += inSize) out.push(Array.from(values.subarray(k, k + inSize)));
  return out;
}

export function codeLessonOf(source: CodeLessonSource): CodeLesson {
  const { session, data, optimizer, batchSize } = source;
  const { cursor, model, optimizerState } = session;
  const batchStart = cursor.updated ? (cursor.batchStart + batchSize) % data.length : cursor.batchStart;
  const spec = modelToSpec(model);
  return {
    layers: spec.layers,
    loss: spec.loss,
    batch: Array.from({ length: batchSize }, (_, k) => {
      const sample = data[(batchStart + k) % data.length]!;
      return { x: sample.x.slice(), y: sample.y.slice() };
    }),
    batchStart,
    dataLength: data.length,
    features: source.features,
    optimizer: resolveOptimizer(optimizer),
    step: optimizerState.t,
    state: model.layers.map((layer, l) => ({
      W: {
        m: rows(optimizerState.m[l]!.W, layer.inSize),
        v: rows(optimizerState.v[l]!.W, layer.inSize),
      },
      b: { m: Array.from(optimizerState.m[l]!.b), v: Array.from(optimizerState.v[l]!.b) },
    })),
  };
}
