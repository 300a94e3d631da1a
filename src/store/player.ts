/**
 * Play: the loop that trains while the store says `ui.playing`. Slow speeds take one sub-step or one
 * Step at a time so the graph animates; fast speeds run the engine's fast trainer for as many
 * mini-batches (seeded shuffled epochs) as fit in a slice of each animation frame, then commit the
 * frame as one undoable entry. A batch whose loss or gradient is not finite is not applied: Play
 * pauses and says which layer and value went non-finite.
 */
import {
  createFastTrainer,
  findNonFiniteInBatch,
  packSamples,
  type FastTrainer,
  type Model,
  type OptimizerConfig,
  type PackedSamples,
  type Sample,
} from '../engine';
import type { AppStore } from './createAppStore';
import { nextBatch } from './progress';
import type { LossPoint } from './types';

/** Milliseconds between sub-steps (speeds 1–3) or Steps (4–6); training milliseconds per frame (7–10). */
const SUBSTEP_INTERVAL: Record<number, number> = { 1: 700, 2: 350, 3: 150 };
const STEP_INTERVAL: Record<number, number> = { 4: 250, 5: 100, 6: 0 };
const FRAME_BUDGET: Record<number, number> = { 7: 2, 8: 4, 9: 8, 10: 12 };

export interface Clock {
  now(): number;
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
}

const browserClock: Clock = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
};

interface TrainerCache {
  trainer: FastTrainer;
  /** The store's model the trainer's parameters equal; anything else means an outside change. */
  model: Model;
  optimizer: OptimizerConfig;
  data: readonly Sample[];
  train: PackedSamples;
  testData: readonly Sample[];
  test: PackedSamples;
}

/** Mean loss and accuracy of `trainer` on all of `packed`; accuracy by threshold 0.5 or arg-max. */
export function measure(
  trainer: FastTrainer,
  packed: PackedSamples,
  outputs: number,
  inputs: number,
  out: Float64Array,
) {
  if (packed.count === 0) return { loss: NaN, accuracy: NaN };
  const all = { length: packed.count } as ArrayLike<number>;
  const indices = Array.from(all, (_, i) => i);
  const loss = trainer.evaluate(packed.xs, packed.ys, indices, 0, packed.count);
  let correct = 0;
  for (let s = 0; s < packed.count; s++) {
    trainer.forwardOutput(packed.xs.subarray(s * inputs, (s + 1) * inputs), out);
    const y = packed.ys.subarray(s * outputs, (s + 1) * outputs);
    if (outputs === 1) correct += out[0]! >= 0.5 === y[0]! >= 0.5 ? 1 : 0;
    else {
      let best = 0;
      let target = 0;
      for (let k = 1; k < outputs; k++) {
        if (out[k]! > out[best]!) best = k;
        if (y[k]! > y[target]!) target = k;
      }
      correct += best === target ? 1 : 0;
    }
  }
  return { loss, accuracy: correct / packed.count };
}

export interface Player {
  dispose(): void;
}

export function createPlayer(store: AppStore, clock: Clock = browserClock): Player {
  let handle: number | null = null;
  let lastAction = 0;
  let cache: TrainerCache | null = null;

  const trainerFor = (): TrainerCache => {
    const s = store.getState();
    const model = s.session.model;
    const inputs = model.layers[0]!.inSize;
    const outputs = model.layers[model.layers.length - 1]!.outSize;
    if (!cache || cache.model !== model) {
      const trainer = createFastTrainer(model, s.optimizer, s.session.optimizerState);
      cache = {
        trainer,
        model,
        optimizer: s.optimizer,
        data: s.data,
        train: packSamples(s.data, inputs, outputs),
        testData: s.testData,
        test: packSamples(s.testData, inputs, outputs),
      };
    }
    if (cache.optimizer !== s.optimizer) {
      cache.trainer.setOptimizer(s.optimizer);
      cache.optimizer = s.optimizer;
    }
    if (cache.data !== s.data)
      cache = { ...cache, data: s.data, train: packSamples(s.data, inputs, outputs) };
    if (cache.testData !== s.testData) {
      cache = { ...cache, testData: s.testData, test: packSamples(s.testData, inputs, outputs) };
    }
    return cache;
  };

  const trainFrame = (budget: number) => {
    const s = store.getState();
    const current = trainerFor();
    const { trainer, train } = current;
    const start = clock.now();
    let progress = s.progress;
    let updates = s.session.updates;
    let lossSum = 0;
    let batches = 0;
    let failed: { indices: readonly number[]; start: number; count: number } | null = null;
    do {
      const batch = nextBatch(progress, s.batchSize);
      const loss = trainer.trainBatch(train.xs, train.ys, batch.indices, batch.start, batch.count);
      if (trainer.lastError) {
        failed = batch;
        break;
      }
      lossSum += loss;
      batches += 1;
      updates += 1;
      progress = batch.next;
    } while (clock.now() - start < budget);

    if (batches > 0) {
      const model = s.session.model;
      const inputs = model.layers[0]!.inSize;
      const outputs = model.layers[model.layers.length - 1]!.outSize;
      const out = new Float64Array(outputs);
      const test = measure(trainer, current.test, outputs, inputs, out);
      const trained = measure(trainer, train, outputs, inputs, out);
      const point: LossPoint = {
        step: updates,
        loss: lossSum / batches,
        learningRate: s.optimizer.learningRate,
      };
      if (Number.isFinite(test.loss)) point.testLoss = test.loss;
      if (model.loss !== 'mse') {
        point.accuracy = trained.accuracy;
        if (Number.isFinite(test.accuracy)) point.testAccuracy = test.accuracy;
      }
      s.commitTraining({
        model: trainer.toModel(),
        optimizerState: trainer.readOptimizerState(),
        updates,
        progress,
        point,
      });
      current.model = store.getState().session.model;
    }
    if (failed) {
      const latest = store.getState();
      const batch = Array.from(
        { length: failed.count },
        (_, k) => latest.data[failed!.indices[failed!.start + k]!]!,
      );
      const found = findNonFiniteInBatch(latest.session.model, batch);
      const detail = found
        ? `layer ${found.layer}: ${found.quantity} became ${found.value}`
        : `the batch ${trainer.lastError === 'non-finite-loss' ? 'loss' : 'gradient'} overflowed`;
      latest.setPlaying(false);
      latest.reportError({
        code: 'diverged',
        message: detail,
        field: found ? `layer ${found.layer}` : 'loss',
      });
    }
  };

  const tick = () => {
    handle = null;
    const s = store.getState();
    if (!s.ui.playing) return;
    const speed = s.ui.speed;
    const now = clock.now();
    if (speed in FRAME_BUDGET) {
      trainFrame(FRAME_BUDGET[speed]!);
    } else {
      const interval = SUBSTEP_INTERVAL[speed] ?? STEP_INTERVAL[speed] ?? 0;
      if (now - lastAction >= interval) {
        lastAction = now;
        const result = speed in SUBSTEP_INTERVAL ? s.next() : s.step();
        if (!result.ok) s.setPlaying(false);
      }
    }
    if (store.getState().ui.playing) handle = clock.requestFrame(tick);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.ui.playing && !previous.ui.playing && handle === null) {
      lastAction = 0;
      handle = clock.requestFrame(tick);
    }
  });

  return {
    dispose() {
      unsubscribe();
      if (handle !== null) clock.cancelFrame(handle);
      handle = null;
    },
  };
}
