// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  EngineError,
  backwardRefusal,
  batchGradients,
  cloneSession,
  createSession,
  currentSampleIndex,
  forwardRefusal,
  meanBatchLoss,
  meanGradients,
  nextSubStep,
  parseModelSpec,
  restartBatch,
  stepBackward,
  stepForward,
  stepIteration,
  stepNext,
  stepUpdate,
  train,
  updateRefusal,
  type Granularity,
  type Model,
  type OptimizerConfig,
  type Sample,
  type StepRefusal,
  type StepSession,
  type SubStep,
} from '../../../src/engine';

// Three layers, so "forward 1..L" and "backward L..1" have a middle.
const model = parseModelSpec({
  layers: [
    {
      W: [
        [0.5, -0.4],
        [0.3, 0.8],
        [-0.6, 0.2],
      ],
      b: [0.1, -0.1, 0.05],
      activation: 'tanh',
    },
    {
      W: [
        [0.7, -0.5, 0.4],
        [-0.3, 0.6, 0.9],
      ],
      b: [0, 0.2],
      activation: 'sigmoid',
    },
    { W: [[1.1, -0.9]], b: [0.3], activation: 'linear' },
  ],
  loss: 'mse',
});
const data: Sample[] = [
  { x: [0.5, -1], y: [0.2] },
  { x: [1.5, 0.3], y: [-0.4] },
  { x: [-0.7, 0.9], y: [0.8] },
  { x: [0.1, 0.4], y: [0.1] },
  { x: [-1.2, -0.6], y: [-0.9] },
];
const sgd: OptimizerConfig = { kind: 'sgd', learningRate: 0.1 };
const OPTIMIZERS: OptimizerConfig[] = [
  sgd,
  { kind: 'momentum', learningRate: 0.1 },
  { kind: 'adam', learningRate: 0.05 },
];

const forward = (layer: number): SubStep => ({ kind: 'forward', layer });
const backward = (layer: number): SubStep => ({ kind: 'backward', layer });
const LOSS: SubStep = { kind: 'loss' };
const UPDATE: SubStep = { kind: 'update' };
const ONE_SAMPLE_BY_LAYER = [forward(1), forward(2), forward(3), LOSS, backward(3), backward(2), backward(1)];

/** Take `count` clicks of "next", returning what nextSubStep announced before each and what stepNext did. */
function clickNext(session: StepSession, count: number, batchSize: number, granularity: Granularity) {
  const announced: SubStep[] = [];
  const taken: SubStep[] = [];
  for (let k = 0; k < count; k++) {
    announced.push(nextSubStep(session, batchSize));
    taken.push(stepNext(session, data, batchSize, granularity, sgd));
  }
  expect(taken).toEqual(announced);
  return taken;
}

function params(m: Model): number[] {
  return m.layers.flatMap((layer) => [...layer.W, ...layer.b]);
}

function expectBitIdentical(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual.length).toBe(expected.length);
  const differing = actual.flatMap((v, k) =>
    Object.is(v, expected[k]) ? [] : [`${k}: ${v} vs ${expected[k]}`],
  );
  expect(differing, what).toEqual([]);
}

describe('the order of sub-steps', () => {
  it('with granularity "layer": forward 1..L, loss, backward L..1, update, then forward 1 of the next batch', () => {
    const session = createSession(model);
    expect(clickNext(session, 9, 1, 'layer')).toEqual([...ONE_SAMPLE_BY_LAYER, UPDATE, forward(1)]);
    expect(session.cursor.batchStart).toBe(1);
    expect(currentSampleIndex(session, data.length)).toBe(1);
  });

  it('with a batch of 2, traces both samples before the one update', () => {
    const session = createSession(model);
    const taken = clickNext(session, 16, 2, 'layer');
    expect(taken).toEqual([...ONE_SAMPLE_BY_LAYER, ...ONE_SAMPLE_BY_LAYER, UPDATE, forward(1)]);
    expect(session.cursor.batchStart).toBe(2);
  });

  it('with granularity "pass": a whole forward pass with the loss, a whole backward pass, then update', () => {
    const session = createSession(model);
    expect(stepNext(session, data, 1, 'pass', sgd)).toEqual(forward(1));
    expect(session.cursor.forwardDone).toBe(3);
    expect(session.cursor.lossDone).toBe(true);
    expect(session.loss).not.toBeNull();
    expect(stepNext(session, data, 1, 'pass', sgd)).toEqual(backward(3));
    expect(session.cursor.backwardDone).toBe(3);
    expect(stepNext(session, data, 1, 'pass', sgd)).toEqual(UPDATE);
    expect(session.cursor.updated).toBe(true);
    const batchOfTwo = createSession(model);
    expect(clickNext(batchOfTwo, 5, 2, 'pass')).toEqual([
      forward(1),
      backward(3),
      forward(1),
      backward(3),
      UPDATE,
    ]);
  });
});

describe('refused steps', () => {
  type Attempt = 'forward' | 'backward' | 'update';
  const attempt: Record<Attempt, (session: StepSession, batchSize: number) => void> = {
    forward: (s, b) => stepForward(s, data, b, 'layer'),
    backward: (s, b) => stepBackward(s, data, b, 'layer'),
    update: (s, b) => stepUpdate(s, b, sgd),
  };
  const refusal: Record<Attempt, (session: StepSession, batchSize: number) => StepRefusal | null> = {
    forward: forwardRefusal,
    backward: (s) => backwardRefusal(s),
    update: updateRefusal,
  };

  /** A session after `clicks` clicks of "next" by layer. */
  function after(clicks: number, batchSize: number): StepSession {
    const session = createSession(model);
    for (let k = 0; k < clicks; k++) stepNext(session, data, batchSize, 'layer', sgd);
    return session;
  }

  it.each<[string, number, number, Attempt, StepRefusal]>([
    ['a fresh session', 0, 1, 'backward', 'backward-needs-loss'],
    ['a fresh session', 0, 1, 'update', 'update-needs-backward'],
    ['forward layer 1', 1, 1, 'backward', 'backward-needs-loss'],
    ['forward layer 1', 1, 1, 'update', 'update-needs-backward'],
    ['the loss', 4, 1, 'forward', 'forward-during-backward'],
    ['the loss', 4, 1, 'update', 'update-needs-backward'],
    ['backward layer 3', 5, 1, 'forward', 'forward-during-backward'],
    ['backward layer 3', 5, 1, 'update', 'update-needs-backward'],
    ['the whole backward pass (B = 1)', 7, 1, 'forward', 'forward-after-batch'],
    ['the whole backward pass (B = 1)', 7, 1, 'backward', 'backward-complete'],
    ['the first sample of a batch of 2', 7, 2, 'backward', 'backward-complete'],
    ['the first sample of a batch of 2', 7, 2, 'update', 'update-needs-backward'],
    ['the update', 8, 1, 'update', 'update-done'],
    ['the update', 8, 1, 'backward', 'backward-needs-loss'],
  ])(
    'after %s (%i clicks, B = %i), %s is refused with %s and changes nothing',
    (_when, clicks, batchSize, step, code) => {
      const session = after(clicks, batchSize);
      expect(refusal[step](session, batchSize)).toBe(code);
      const before = cloneSession(session);
      let thrown: unknown = null;
      try {
        attempt[step](session, batchSize);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(EngineError);
      expect((thrown as EngineError).field).toBe('step');
      expect((thrown as EngineError).message.endsWith(code)).toBe(true);
      expect(session).toStrictEqual(before);
    },
  );

  it('allows exactly what nextSubStep announces at every point of an iteration', () => {
    const session = createSession(model);
    for (let click = 0; click < 16; click++) {
      const next = nextSubStep(session, 2);
      const kind = next.kind === 'loss' ? 'forward' : next.kind;
      expect(refusal[kind](session, 2), `click ${click}: ${kind}`).toBeNull();
      stepNext(session, data, 2, 'layer', sgd);
    }
  });
});

describe('a batch of 3 over 5 samples', () => {
  const B = 3;

  /** Run the cursor by layer until the update is next. */
  function traceBatch(session: StepSession): void {
    while (nextSubStep(session, B).kind !== 'update') stepNext(session, data, B, 'layer', sgd);
  }

  it('accumulates mean gradients equal to batchGradients on the same 3 samples', () => {
    const session = createSession(model);
    traceBatch(session);
    const expected = batchGradients(model, data.slice(0, 3));
    const mean = meanGradients(session, B);
    expect(mean.W.map((w) => Array.from(w))).toEqual(expected.dLdW.map((rows) => rows.flat()));
    expect(mean.b.map((b) => Array.from(b))).toEqual(expected.dLdb);
    expect(session.batchLoss).toBe(expected.loss);
  });

  it.each(OPTIMIZERS)(
    'updates exactly as train() does, batch after batch, wrapping cyclically ($kind)',
    (optimizer) => {
      const session = createSession(model);
      const batchStarts: number[] = [];
      const samplesTraced: number[] = [];
      for (let iteration = 1; iteration <= 3; iteration++) {
        while (nextSubStep(session, B).kind !== 'update') {
          if (nextSubStep(session, B).kind === 'loss')
            samplesTraced.push(currentSampleIndex(session, data.length));
          stepNext(session, data, B, 'layer', optimizer);
        }
        batchStarts.push(session.cursor.batchStart);
        stepUpdate(session, B, optimizer);
        const reference = train(model, data, optimizer, iteration, B);
        expectBitIdentical(
          params(session.model),
          params(reference.model),
          `parameters after ${iteration} updates`,
        );
        expect(session.batchLoss).toBe(reference.losses[iteration - 1]);
      }
      expect(batchStarts).toEqual([0, 3, 1]);
      expect(samplesTraced).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3]);
      expect(session.updates).toBe(3);
    },
  );
});

describe('old → new after an update', () => {
  it('`previous` holds the parameters before the update and is cleared by the next forward', () => {
    const session = createSession(model);
    expect(session.previous).toBeNull();
    stepIteration(session, data, 1, sgd);
    const before = createSession(model).model;
    expect(session.previous).not.toBeNull();
    session.previous!.forEach(({ W, b }, l) => {
      expectBitIdentical([...W], [...before.layers[l]!.W], `previous W of layer ${l + 1}`);
      expectBitIdentical([...b], [...before.layers[l]!.b], `previous b of layer ${l + 1}`);
    });
    expect(params(session.model)).not.toEqual(params(before));
    stepForward(session, data, 1, 'layer');
    expect(session.previous).toBeNull();
  });

  it('leaves the model createSession was given untouched', () => {
    const original = params(model);
    const session = createSession(model);
    stepIteration(session, data, 2, { kind: 'adam', learningRate: 0.1 });
    expectBitIdentical(params(model), original, 'the caller’s model');
  });
});

describe('stepIteration', () => {
  it('from a fresh session equals clicking through forward, backward and update', () => {
    const stepped = createSession(model);
    stepIteration(stepped, data, 2, sgd);
    const clicked = createSession(model);
    clickNext(clicked, 15, 2, 'layer');
    expect(stepped).toStrictEqual(clicked);
  });

  it('finishes an iteration that is under way', () => {
    const midway = createSession(model);
    clickNext(midway, 5, 2, 'layer');
    stepIteration(midway, data, 2, sgd);
    const whole = createSession(model);
    stepIteration(whole, data, 2, sgd);
    expect(midway.cursor.updated).toBe(true);
    expectBitIdentical(params(midway.model), params(whole.model), 'parameters');
  });

  it('after an update runs a whole new iteration, as train() does', () => {
    const session = createSession(model);
    for (let k = 0; k < 4; k++) stepIteration(session, data, 2, sgd);
    const reference = train(model, data, sgd, 4, 2);
    expectBitIdentical(params(session.model), params(reference.model), 'parameters after 4 iterations');
    expect(session.updates).toBe(4);
  });
});

describe('restartBatch', () => {
  it('drops the partial values and starts the same batch again from its first sample', () => {
    const session = createSession(model);
    stepIteration(session, data, 2, sgd);
    clickNext(session, 10, 2, 'layer');
    const batchStart = session.cursor.batchStart;
    restartBatch(session);
    expect(session.cursor.batchStart).toBe(batchStart);
    expect(nextSubStep(session, 2)).toEqual(forward(1));
    expect(session.loss).toBeNull();
    expect(session.batchLossSum).toBe(0);
    expect(session.batchLoss).toBeNull();
    expect(session.lastUpdate).toBeNull();
    expect(session.gradSum.W.every((w) => w.every((v) => v === 0))).toBe(true);
    expect(currentSampleIndex(session, data.length)).toBe(batchStart);
  });
});

describe('the loss before and after an update', () => {
  it('stepUpdate records which batch the update was computed on, until an edit restarts the batch', () => {
    const session = createSession(model);
    expect(session.lastUpdate).toBeNull();
    stepIteration(session, data, 3, sgd);
    expect(session.lastUpdate).toEqual({ updates: 1, batchStart: 0, batchSize: 3 });
    stepForward(session, data, 3, 'pass');
    expect(session.lastUpdate).toEqual({ updates: 1, batchStart: 0, batchSize: 3 });
    expect(session.cursor.batchStart).toBe(3);
    while (!session.cursor.updated) stepNext(session, data, 3, 'pass', sgd);
    expect(session.lastUpdate).toEqual({ updates: 2, batchStart: 3, batchSize: 3 });
    restartBatch(session);
    expect(session.lastUpdate).toBeNull();
  });

  it.each([
    [1, 0],
    [3, 0],
    [3, 3], // wraps: samples 3, 4, 0
    [5, 2],
    [7, 1], // longer than the data: samples 1 … 4, 0, 1, 2
  ])(
    'meanBatchLoss of a batch of %i from sample %i equals, bit for bit, the loss of stepping through it',
    (batchSize, start) => {
      const session = createSession(model);
      session.cursor.batchStart = start;
      const expected = meanBatchLoss(session.model, data, start, batchSize);
      while (session.cursor.samplesDone < batchSize) stepNext(session, data, batchSize, 'pass', sgd);
      expect(Object.is(session.batchLoss, expected)).toBe(true);
      // and after the update, the same batch through the updated network, as the next forward shows it
      stepUpdate(session, batchSize, sgd);
      const after = meanBatchLoss(session.model, data, start, batchSize);
      const again = createSession(session.model);
      again.cursor.batchStart = start;
      while (again.cursor.samplesDone < batchSize) stepNext(again, data, batchSize, 'pass', sgd);
      expect(Object.is(again.batchLoss, after)).toBe(true);
    },
  );
});
