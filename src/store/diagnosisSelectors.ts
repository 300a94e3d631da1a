/**
 * Gradient health and diagnoses, derived from the state (never stored, so they cannot disagree with
 * it). Each remembers its last answer: a click that changes neither the model nor the data does not
 * run the data set through the network again, and one that changes nothing relevant costs nothing.
 */
import {
  diagnose,
  gradientCheck,
  gradientHealth,
  unitActivity,
  type Diagnosis,
  type GradientCheckResult,
  type GradientHealth,
  type Model,
  type Sample,
  type StepSession,
  type UnitActivity,
} from '../engine';
import { lossPoints } from './lossCurve';
import type { State } from './types';

/** A one-entry cache keyed by the identity of the arguments. */
function remember<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result) {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args: Args): Result => {
    if (!lastArgs || args.some((arg, k) => arg !== lastArgs![k])) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}

/** The samples of the current batch, in order. */
export function batchSamples(data: readonly Sample[], start: number, batchSize: number): Sample[] {
  const size = Math.min(batchSize, data.length);
  return Array.from({ length: size }, (_, k) => data[(start + k) % data.length]!);
}

/** The model the last backward pass used: before the update, once Update has replaced it. */
function gradientModel(
  session: Pick<StepSession, 'model' | 'previous'> & { cursor: { updated: boolean } },
): Model {
  const { model, previous, cursor } = session;
  if (!cursor.updated || !previous) return model;
  return { ...model, layers: model.layers.map((layer, l) => ({ ...layer, ...previous[l]! })) };
}

const activityOf = remember((model: Model, data: readonly Sample[]): UnitActivity =>
  unitActivity(model, data),
);

/** Dead and saturated units of the current model over the whole training set. */
export function selectUnitActivity(state: State): UnitActivity {
  return activityOf(state.session.model, state.data);
}

const diagnosesOf = remember(
  (model: Model, health: GradientHealth | null, activity: UnitActivity, history: State['lossHistory']) =>
    diagnose({ model, health, activity, history: lossPoints(history) }),
);

/** Every diagnosis that applies now (see engine/diagnose.ts for the thresholds). */
export function selectDiagnoses(state: State): Diagnosis[] {
  return diagnosesOf(
    state.session.model,
    selectGradientHealth(state),
    selectUnitActivity(state),
    state.lossHistory,
  );
}

/** What a gradient check runs on: the model of the last (or coming) backward pass and the current batch. */
export interface GradientCheckInputs {
  model: Model;
  batch: Sample[];
}

const checkInputsOf = remember(
  (
    model: Model,
    previous: StepSession['previous'],
    updated: boolean,
    batchStart: number,
    data: readonly Sample[],
    batchSize: number,
  ): GradientCheckInputs => ({
    model: gradientModel({ model, previous, cursor: { updated } }),
    batch: batchSamples(data, batchStart, batchSize),
  }),
);

/** The same object while nothing the check depends on changes, so a shown result can tell it is stale. */
export function selectGradientCheckInputs(state: State): GradientCheckInputs {
  const { model, previous, cursor } = state.session;
  return checkInputsOf(model, previous, cursor.updated, cursor.batchStart, state.data, state.batchSize);
}

/**
 * The same samples in the same order, through the same parameters: every layer's W and b arrays by
 * identity (the engine replaces them, never changes them in place), activation and loss. After
 * Update the gradient model is rebuilt from `previous`, which holds the very arrays the backward
 * pass used, so the health computed before the update is the answer after it too.
 */
function sameGradientInputs(a: GradientCheckInputs, b: GradientCheckInputs): boolean {
  if (a === b) return true;
  if (a.model.loss !== b.model.loss || a.batch.length !== b.batch.length) return false;
  if (a.model.layers.length !== b.model.layers.length) return false;
  return (
    a.batch.every((sample, k) => sample === b.batch[k]) &&
    a.model.layers.every((layer, l) => {
      const other = b.model.layers[l]!;
      return layer.W === other.W && layer.b === other.b && layer.activation === other.activation;
    })
  );
}

let lastHealth: { inputs: GradientCheckInputs; health: GradientHealth } | null = null;

function healthOf(inputs: GradientCheckInputs): GradientHealth | null {
  if (inputs.batch.length === 0) return null;
  if (!lastHealth || !sameGradientInputs(lastHealth.inputs, inputs))
    lastHealth = { inputs, health: gradientHealth(inputs.model, inputs.batch) };
  return lastHealth.health;
}

/**
 * Each layer's ‖dL/dW‖ and mean |dL/dz| after the last backward pass on the current batch (the
 * batch-mean gradient Update applies), or null before the first one. Keyed by what it depends on
 * (the parameters and the batch), not by the session: the Forward, Backward and Update clicks of
 * one batch return the same object, so nothing downstream recomputes or re-renders.
 */
export function selectGradientHealth(state: State): GradientHealth | null {
  const { cursor, updates } = state.session;
  // Before the first backward pass there is no gradient to show; once the network has been
  // trained (Step, Play) the bars show the gradient of the current batch.
  const judged = cursor.samplesDone >= state.batchSize || updates > 0;
  return judged ? healthOf(selectGradientCheckInputs(state)) : null;
}

/** Central differences against backprop for every parameter, on the current batch. */
export function runGradientCheck(inputs: GradientCheckInputs): GradientCheckResult {
  return gradientCheck(inputs.model, inputs.batch);
}
