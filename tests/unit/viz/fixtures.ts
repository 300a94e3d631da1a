/** Networks for the graph tests, built with the engine exactly as the app builds them. */
import {
  createSession,
  parseModelSpec,
  stepBackward,
  stepForward,
  stepUpdate,
  type OptimizerConfig,
  type Sample,
  type StepSession,
} from '../../../src/engine';
import { graphValuesFromSession, type GraphValues } from '../../../src/viz/graphValues';
import { TEXTBOOK_SAMPLE, TEXTBOOK_SGD, TEXTBOOK_SPEC } from '../../fixtures/textbook';

/** DESIGN.md's scenario, Matt Mazur's 2-2-2 sigmoid network, under the names the graph tests use. */
export {
  TEXTBOOK_SAMPLE as MAZUR_SAMPLE,
  TEXTBOOK_SGD as SGD,
  TEXTBOOK_SPEC as MAZUR_SPEC,
} from '../../fixtures/textbook';

/** x → ReLU hidden (2 units) → sigmoid output with binary cross-entropy (the default preset's shape). */
export const RELU_BCE_SPEC = {
  layers: [
    { W: [[0.8], [-0.5]], b: [0.1, 0.2], activation: 'relu' },
    { W: [[1.2, -0.7]], b: [-0.3], activation: 'sigmoid' },
  ],
  loss: 'bce',
};
export const RELU_BCE_SAMPLE: Sample = { x: [1.5], y: [1] };

export function mazurSession(): StepSession {
  return createSession(parseModelSpec(TEXTBOOK_SPEC));
}

/** The largest network the UI takes, 2-8-8-8-8-8-8-1, with weights (i − j)/10. */
export const LARGEST_SPEC = {
  loss: 'mse',
  layers: [8, 8, 8, 8, 8, 8, 1].map((out, l) => ({
    W: Array.from({ length: out }, (_, i) => Array.from({ length: l === 0 ? 2 : 8 }, (_, j) => (i - j) / 10)),
    b: Array.from({ length: out }, () => 0.1),
    activation: 'sigmoid',
  })),
};
export const LARGEST_SAMPLE: Sample = { x: [0.5, -0.5], y: [1] };

export type Stage = 'idle' | 'forward1' | 'forward' | 'loss' | 'backward1' | 'backward' | 'update';

/** A session advanced to a stage of the first iteration (one layer per click, batch of one). */
export function sessionAt(
  spec: unknown,
  sample: Sample,
  stage: Stage,
  optimizer: OptimizerConfig = TEXTBOOK_SGD,
): StepSession {
  const session = createSession(parseModelSpec(spec));
  const data = [sample];
  const L = session.model.layers.length;
  const forward = (n: number) => {
    for (let k = 0; k < n; k++) stepForward(session, data, 1, 'layer');
  };
  const backward = (n: number) => {
    for (let k = 0; k < n; k++) stepBackward(session, data, 1, 'layer');
  };
  if (stage === 'idle') return session;
  if (stage === 'forward1') return (forward(1), session);
  forward(L);
  if (stage === 'forward') return session;
  forward(1);
  if (stage === 'loss') return session;
  if (stage === 'backward1') return (backward(1), session);
  backward(L);
  if (stage === 'backward') return session;
  stepUpdate(session, 1, optimizer);
  return session;
}

/** The graph's values for the textbook network at a stage (batch of one, η 0.5). */
export function textbookValues(stage: Stage): GraphValues {
  return graphValuesFromSession(sessionAt(TEXTBOOK_SPEC, TEXTBOOK_SAMPLE, stage), TEXTBOOK_SAMPLE, 1, 0.5);
}
