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
  FeatureName,
  ResolvedDatasetOptions,
  DatasetOptions,
  OptimizerState,
  ErrorCode,
  ErrorParams,
  LossPoint,
} from '../engine';
import type { QuizState } from './quiz/types';
import type { Lesson } from './lesson';
import type { LossCurve } from './lossCurve';

/** Where Play is in its seeded, shuffled pass over the training data. */
export interface Progress {
  samplesSeen: number;
  epoch: number;
  /** This epoch's order of the training samples, and how far Play has got in it. */
  order: readonly number[];
  position: number;
  /** The shuffling generator's state, so the next epoch's order reproduces exactly. */
  rngState: number;
}

/** What an action reports back. Refused actions change nothing and carry the reason. */
export type ActionResult = { ok: true } | { ok: false; error: ActionError };

export interface ActionError {
  /** A step refusal the UI turns into a sentence, or 'invalid' with a message. */
  code: StepRefusal | 'invalid' | 'diverged' | 'nothing-to-undo' | 'nothing-to-redo';
  message: string;
  /** The offending field, for invalid input. */
  field?: string;
  /** What is wrong as a code the UI words (with the values it names), when the engine gave one. */
  reason?: { code: ErrorCode; params: ErrorParams };
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
  /** Chunked and shared between undo entries, thinned when long (lossCurve.ts). */
  lossHistory: LossCurve;
  /** Id of the preset this came from, or null for an imported/edited scenario. */
  presetId: string | null;
  /** The points as drawn on the data plot, before input features. `data` is these with features applied. */
  rawTrain: readonly Sample[];
  rawTest: readonly Sample[];
  /** Test samples, features applied. */
  testData: readonly Sample[];
  /** Input features computed from the raw inputs; null = the raw inputs go in as they are. */
  features: readonly FeatureName[] | null;
  /** How the raw data was generated; null for hand-made data. */
  dataset: ResolvedDatasetOptions | null;
  progress: Progress;
  /** Predict first: the open question, the last verdict and the score. */
  quiz: QuizState;
}

export type Selection =
  | { kind: 'node'; layer: number; index: number }
  | { kind: 'edge'; layer: number; to: number; from: number }
  | { kind: 'bias'; layer: number; index: number }
  | null;

export type ValuesView = 'graph' | 'table';

export interface UiState {
  granularity: Granularity;
  presentation: boolean;
  selection: Selection;
  logScale: boolean;
  /** The last refused action's message, shown in role="alert"; cleared by the next successful action. */
  error: ActionError | null;
  playing: boolean;
  /** In presentation mode the side panels are folded away; this shows them over the graph. */
  panelsOpen: boolean;
  /** 1 (one sub-step at a time, slowly) … 10 (as many batches per frame as the frame allows). */
  speed: number;
  /** A hidden unit whose output the decision boundary shows instead of the network's. */
  hoveredUnit: { layer: number; index: number } | null;
  /** Predict first (exercise mode): each sub-step asks for one of its values before showing them. */
  predictFirst: boolean;
  /** The network's values drawn as the graph, or written in a table per layer (same numbers). */
  valuesView: ValuesView;
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
  /** Open an already validated lesson (a link pasted into the address), undoably. */
  openLesson(lesson: Lesson): ActionResult;
  exportScenario(): string;
}

export interface DataActions {
  /** Generate a seeded data set (kind, count, noise, test fraction, seed); adapts the input layer. */
  generateData(options: DatasetOptions): ActionResult;
  setFeatures(features: readonly FeatureName[]): ActionResult;
  /** x1 and x2 as numbers, or as typed ("0.5", "1/3"): refused with the field named. */
  addPoint(x1: number | string, x2: number | string, label: 0 | 1): ActionResult;
  removePoint(set: 'train' | 'test', index: number): ActionResult;
  /** Edit one raw value of a training sample (the sample table). */
  setDataValue(index: number, kind: 'x' | 'y', entry: number, value: number | string): ActionResult;
  /** Replace the data with a CSV file's rows (x1…xn, y1…ym, optional split); the network keeps its weights. */
  importDataCsv(text: string): ActionResult;
  /** The raw training and test samples as CSV. */
  exportDataCsv(): string;
}

export interface EditActions {
  /** W_layer[to][from] (1-based layer), typed as a decimal or a fraction; effective from the next forward. */
  setWeight(layer: number, to: number, from: number, value: number | string): ActionResult;
  setBias(layer: number, index: number, value: number | string): ActionResult;
  /** Insert a hidden layer before the output layer; re-initialises from the seed. */
  addLayer(): ActionResult;
  /** Remove hidden layer `layer` (1-based); re-initialises from the seed. */
  removeLayer(layer: number): ActionResult;
  /** Units of hidden layer `layer`; re-initialises from the seed. */
  setUnits(layer: number, units: number): ActionResult;
}

/** What one Play frame trained, committed as one undoable entry. */
export interface TrainingFrame {
  model: Model;
  optimizerState: OptimizerState;
  updates: number;
  progress: Progress;
  point: LossPoint;
}

export interface PlayActions {
  setPlaying(on: boolean): void;
  setSpeed(speed: number): void;
  setHoveredUnit(unit: { layer: number; index: number } | null): void;
  commitTraining(frame: TrainingFrame): void;
}

export interface HistoryActions {
  undo(): ActionResult;
  redo(): ActionResult;
}

export interface UiActions {
  setGranularity(granularity: Granularity): void;
  setPresentation(on: boolean): void;
  setPanelsOpen(open: boolean): void;
  select(selection: Selection): void;
  setLogScale(on: boolean): void;
  setValuesView(view: ValuesView): void;
  dismissError(): void;
  /** Show an error found outside the store (a file too large to read, say). */
  reportError(error: ActionError): void;
}

export interface QuizActions {
  /** Turning it off shows what an open question hid. */
  setPredictFirst(on: boolean): void;
  /** Judge a typed prediction ("0.3775", "1/3") of the open question's value. */
  answerQuiz(text: string): ActionResult;
  /** Ask about another value of the same step instead (or reveal, if the step has no other). */
  skipQuiz(): ActionResult;
  /** Show every value of the step without judging. */
  revealQuiz(): ActionResult;
  /** Ask about a value of this graph element instead, when the open question's step computed one. */
  askAbout(selection: Selection): void;
}

export type Actions = StepActions &
  QuizActions &
  SettingsActions &
  ScenarioActions &
  HistoryActions &
  UiActions &
  DataActions &
  EditActions &
  PlayActions;
export type AppState = State & Actions;
