/**
 * Play: the loop that trains while the store says `ui.playing`. Slow speeds take one sub-step or one
 * Step at a time so the graph animates; fast speeds run the engine's fast trainer for as many
 * mini-batches (seeded shuffled epochs) as fit in a slice of each animation frame, then commit the
 * frame as one undoable entry. A batch whose loss or gradient is not finite is not applied: Play
 * pauses and says which layer and value went non-finite.
 *
 * The training slice adapts to what the rest of the frame costs (React, the graph, the loss chart,
 * the heatmap, style, layout and paint vary with the network, the panels and the machine): a frame
 * that starts late (a missed 60 Hz vsync) shrinks it, each frame on time grows it back a little,
 * never past the speed's budget. A fixed 12 ms slice plus 8–12 ms of rendering missed every other
 * vsync (~33 fps in headless Chromium); measuring the rest of the frame directly instead starved
 * training whenever the machine was busy, since wall time then counts other processes too.
 */
import {
  createFastTrainer,
  findNonFiniteInBatch,
  gradientHealth,
  recordableNorms,
  findNonFiniteParameter,
  packSamples,
  type FastTrainer,
  type Model,
  type OptimizerConfig,
  type PackedSamples,
  type Sample,
} from '../engine';
import type { AppStore } from './createAppStore';
import { batchOverflowError, divergedError } from './divergence';
import { findGoodPrefix } from './fastGuard';
import { nextBatch } from './progress';
import type { LossPoint } from '../engine';
import type { ActionError } from './types';

/** Milliseconds between sub-steps (speeds 1–3) or Steps (4–6); training milliseconds per frame (7–10). */
const SUBSTEP_INTERVAL: Record<number, number> = { 1: 700, 2: 350, 3: 150 };
const STEP_INTERVAL: Record<number, number> = { 4: 250, 5: 100, 6: 0 };
const FRAME_BUDGET: Record<number, number> = { 7: 2, 8: 4, 9: 8, 10: 12 };
/**
 * Whether Play is training at a fast speed (7–10): as many mini-batches per animation frame as fit,
 * each frame committed. The graph then follows the store at a gentler pace (usePlayPaced).
 */
export function selectFastPlay(state: { ui: { playing: boolean; speed: number } }): boolean {
  return state.ui.playing && state.ui.speed in FRAME_BUDGET;
}

/** A fast frame starting more than this after the previous one missed a 60 Hz vsync (16.7 ms). */
const LATE_FRAME_MS = 25;
/** After a late frame the slice shrinks to this share of itself... */
const BACK_OFF = 0.75;
/** ...and grows back by this much per frame on time: one deliberate miss per ~20 frames at most. */
const GROW_MS = 0.1;
const MIN_BUDGET_MS = 1;

export interface Clock {
  now(): number;
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
}

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

/**
 * ‖dL/dW_l‖ of the frame's trained model on the frame's last batch: one point of the gradient-norms
 * chart per frame, a few microseconds for a lesson's batch.
 */
function frameGradientNorms(
  model: Model,
  data: readonly Sample[],
  batch: { indices: readonly number[]; start: number; count: number },
): number[] {
  const samples = Array.from({ length: batch.count }, (_, k) => data[batch.indices[batch.start + k]!]!);
  return gradientHealth(model, samples).layers.map((layer) => layer.weightGradNorm);
}

export interface Player {
  dispose(): void;
}

/** The clock is the caller's: the browser's frames in the app (usePlayer), a fake one in tests. */
export function createPlayer(store: AppStore, clock: Clock): Player {
  let handle: number | null = null;
  let lastAction = 0;
  let cache: TrainerCache | null = null;
  /** The adaptive training slice (ms), and when the previous fast frame started (null: none yet). */
  let budget = Infinity;
  let lastFrame: number | null = null;
  let lastCap = 0;

  const adaptBudget = (now: number, cap: number): number => {
    // A new speed starts from its own budget rather than creeping up to it.
    if (cap !== lastCap) budget = cap;
    else if (lastFrame !== null)
      budget = now - lastFrame > LATE_FRAME_MS ? budget * BACK_OFF : budget + GROW_MS;
    lastCap = cap;
    budget = Math.min(cap, Math.max(MIN_BUDGET_MS, budget));
    lastFrame = now;
    return budget;
  };

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
    const { train } = current;
    let trainer = current.trainer;
    const start = clock.now();
    let progress = s.progress;
    let batches = 0;
    let failed: { indices: readonly number[]; start: number; count: number } | null = null;
    let lastBatch: { indices: readonly number[]; start: number; count: number } | null = null;
    do {
      const batch = nextBatch(progress, s.batchSize);
      lastBatch = batch;
      trainer.trainBatch(train.xs, train.ys, batch.indices, batch.start, batch.count);
      if (trainer.lastError) {
        failed = batch;
        break;
      }
      batches += 1;
      progress = batch.next;
    } while (clock.now() - start < budget);

    let trained = batches > 0 ? trainer.toModel() : null;
    let error: ActionError | null = null;
    if (trained && findNonFiniteParameter(trained)) {
      const model = s.session.model;
      const { optimizer, batchSize } = s;
      const startState = { model, optimizer, optimizerState: s.session.optimizerState, batchSize };
      const prefix = findGoodPrefix({ ...startState, progress: s.progress }, train, batches);
      // The cached trainer holds the overflowed parameters: the next Play starts from the store's.
      cache = null;
      if (prefix) {
        ({ trainer, batches, progress } = prefix);
        trained = batches > 0 ? trainer.toModel() : null;
        error = divergedError(prefix.overflow, model);
        failed = null;
      }
    }

    if (trained) {
      const test = trainer.score(current.test.xs, current.test.ys, current.test.count);
      const measured = trainer.score(train.xs, train.ys, train.count);
      // The training set's mean loss after the frame, as the test loss and the accuracies are (one
      // measure, already taken for the accuracy, so no extra work): the header shows it as such.
      const updates = s.session.updates + batches;
      const point: LossPoint = { step: updates, loss: measured.loss, learningRate: s.optimizer.learningRate };
      const norms = recordableNorms(frameGradientNorms(trained, s.data, lastBatch!));
      if (norms) point.gradientNorms = norms;
      if (Number.isFinite(test.loss)) point.testLoss = test.loss;
      if (trained.loss !== 'mse') {
        point.accuracy = measured.accuracy;
        if (Number.isFinite(test.accuracy)) point.testAccuracy = test.accuracy;
      }
      s.commitTraining({
        model: trained,
        optimizerState: trainer.readOptimizerState(),
        updates,
        progress,
        point,
      });
      if (cache) cache.model = store.getState().session.model;
    }
    if (failed) {
      const latest = store.getState();
      const batch = Array.from(
        { length: failed.count },
        (_, k) => latest.data[failed!.indices[failed!.start + k]!]!,
      );
      const found = findNonFiniteInBatch(latest.session.model, batch);
      error = found
        ? divergedError(found, latest.session.model)
        : batchOverflowError(trainer.lastError === 'non-finite-loss' ? 'loss' : 'gradient');
    }
    if (error) {
      store.getState().setPlaying(false);
      store.getState().reportError(error);
    }
  };

  const tick = () => {
    handle = null;
    const s = store.getState();
    if (!s.ui.playing) return;
    const speed = s.ui.speed;
    const now = clock.now();
    if (selectFastPlay(s)) {
      trainFrame(adaptBudget(now, FRAME_BUDGET[speed]!));
    } else {
      lastFrame = null;
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
      lastFrame = null;
      budget = Infinity;
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
