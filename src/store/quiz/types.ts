/**
 * Predict first (exercise mode): the quiz's plain data. A question names one value the last
 * sub-step computed; the step's values stay hidden until the prediction is judged or revealed.
 */
import type { StepSession } from '../../engine';

/** The DOM contract's value kinds: z, a, dL/dz, dL/da of a node; dL/dw of an edge; dL/db of a bias. */
export type QuizKind = 'z' | 'a' | 'dldz' | 'dlda' | 'dldw' | 'dldb';

/** One value: unit `index` of layer `layer` (0 = input layer); for dL/dw, W_layer[index][from]. */
export interface QuizTarget {
  kind: QuizKind;
  layer: number;
  index: number;
  /** The source unit of a weight; null for every other kind. */
  from: number | null;
}

/** What one sub-step computed, by 1-based layer: hidden on the graph while its question is open. */
export interface QuizSpan {
  /** Layers whose z and a the step computed. */
  forward: readonly number[];
  /** True when the step computed the loss. */
  loss: boolean;
  /** Layers whose dL/dz, dL/da, dL/dW and dL/db the step computed (layer 1 brings dL/dx too). */
  backward: readonly number[];
}

export interface QuizQuestion {
  target: QuizTarget;
  span: QuizSpan;
  /**
   * The session the question is about. Any other change of the session (an edit, Reset, Play)
   * makes the question stale, so it is ignored rather than asked about values that are gone.
   */
  session: StepSession;
}

export interface QuizVerdict {
  target: QuizTarget;
  guess: number;
  truth: number;
  correct: boolean;
  session: StepSession;
}

/** Part of the undoable snapshot, so Undo brings back the question (and the score) exactly. */
export interface QuizState {
  question: QuizQuestion | null;
  verdict: QuizVerdict | null;
  /** Questions asked so far: cycles the kinds and the units. */
  asked: number;
  /** Predictions judged, and how many of them were right. */
  judged: number;
  right: number;
}

export const initialQuiz: QuizState = { question: null, verdict: null, asked: 0, judged: 0, right: 0 };
