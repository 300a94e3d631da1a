/**
 * The store's shape: State (plain data) and Actions (verbs), typed apart as the zustand docs advise.
 */
import type {
  Granularity,
  Model,
  OptimizerConfig,
  OptimizerKind,
  ActivationName,
  LossName,
  Sample,
  StepRefusal,
  StepSession,
  Architecture,
} from '../engine';

/** One point of the loss curve: the batch loss before update `step`, with the η in force. */
export interface LossPoint {
  step: number;
  loss: number;
  learningRate: number;
}

/** What an action reports back. Refused actions change nothing and carry the reason. */
export type ActionResult = { ok: true } | { ok: false; error: ActionError };

export interface ActionError {
  /** A step refusal the UI turns into a sentence, or 'invalid' with a message. */
  code: StepRefusal | 'invalid' | 'diverged' | 'nothing-to-undo' | 'nothing-to-redo';
  message: string;
  /** The offending field, for invalid input. */
  field?: string;
}

/** The part of the state that Undo and Redo restore exactly. Treated as immutable: replaced, never mutated. */
export interface Snapshot {
  session: StepSession;
  data: readonly Sample[];
  optimizer: OptimizerConfig;
  batchSize: number;
  seed: number;
  /** The weights Reset returns to: the scenario's own, or the seeded initialisation. */
  initialModel: Model;
  lossHistory: readonly LossPoint[];
  /** Id of the preset this came from, or null for an imported/edited scenario. */
  presetId: string | null;
}

export type Selection =
  | { kind: 'node'; layer: number; index: number }
  | { kind: 'edge'; layer: number; to: number; from: number }
  | { kind: 'bias'; layer: number; index: number }
  | null;

export interface UiState {
  granularity: Granularity;
  presentation: boolean;
  selection: Selection;
  logScale: boolean;
  /** The last refused action's message, shown in role="alert"; cleared by the next successful action. */
  error: ActionError | null;
}

export interface HistoryState {
  past: Snapshot[];
  future: Snapshot[];
}

export interface State extends Snapshot {
  ui: UiState;
  history: HistoryState;
}

export interface StepActions {
  forward(): ActionResult;
  backward(): ActionResult;
  update(): ActionResult;
  /** The next sub-step, whichever it is (presenter remote "next"). */
  next(): ActionResult;
  /** Forward + backward + update in one go. */
  step(): ActionResult;
}

export interface SettingsActions {
  /** Accepts a number or text such as "0.1" or "1e-3". */
  setLearningRate(value: number | string): ActionResult;
  setOptimizer(kind: OptimizerKind): ActionResult;
  setLoss(loss: LossName): ActionResult;
  setActivation(layer: number, activation: ActivationName): ActionResult;
  setBatchSize(value: number | string): ActionResult;
  setSeed(value: number | string): ActionResult;
  /** Edit one input (x) or target (y) of the current sample; restarts the current iteration. */
  setSampleValue(kind: 'x' | 'y', index: number, value: number | string): ActionResult;
  /** New shape: re-initialises the weights from the seed. */
  setArchitecture(architecture: Architecture): ActionResult;
}

export interface ScenarioActions {
  reset(): ActionResult;
  loadPreset(id: string): ActionResult;
  importScenario(text: string): ActionResult;
  exportScenario(): string;
}

export interface HistoryActions {
  undo(): ActionResult;
  redo(): ActionResult;
}

export interface UiActions {
  setGranularity(granularity: Granularity): void;
  setPresentation(on: boolean): void;
  select(selection: Selection): void;
  setLogScale(on: boolean): void;
  dismissError(): void;
  /** Show an error found outside the store (a file too large to read, say). */
  reportError(error: ActionError): void;
}

export type Actions = StepActions & SettingsActions & ScenarioActions & HistoryActions & UiActions;
export type AppState = State & Actions;
