/**
 * Typed access to tests/fixtures/torch-reference.json, written by tests/reference/torch_reference.py
 * (float64 PyTorch with the DESIGN.md conventions). Regenerate with
 * `/usr/bin/python3 tests/reference/torch_reference.py`.
 */
import raw from '../../../fixtures/torch-reference.json';
import type { Model, ModelSpec, OptimizerConfig, Sample, SampleTraceResult } from '../../../../src/engine';

export interface ParamsSnapshot {
  W: number[][];
  b: number[];
}

export interface TorchCase {
  name: string;
  model: ModelSpec;
  data: Sample[];
  optimizer: OptimizerConfig;
  batchSize: number;
  steps: number;
  /** traceSample of every data sample on the initial model. */
  samples: SampleTraceResult[];
  /** batchGradients of the first batch on the initial model. */
  firstBatch: { loss: number; dLdW: number[][][]; dLdb: number[][] };
  /** The batch loss before each training step. */
  losses: number[];
  /** Every layer's parameters after each training step. */
  after: ParamsSnapshot[][];
}

export interface TorchOptimizerRun {
  optimizer: OptimizerConfig;
  /** W (1 × 4) and b (1) after each step. */
  after: ParamsSnapshot[];
}

export interface TorchFixture {
  torch: string;
  cases: TorchCase[];
  optimizers: { start: ParamsSnapshot; grads: ParamsSnapshot[]; runs: TorchOptimizerRun[] };
}

export const torchFixture = raw as unknown as TorchFixture;

export function torchCase(name: string): TorchCase {
  const found = torchFixture.cases.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name} in torch-reference.json`);
  return found;
}

/** Every layer's W (as rows) and b, in the fixture's shape. */
export function paramsOf(model: Model): ParamsSnapshot[] {
  return model.layers.map((layer) => ({
    W: Array.from({ length: layer.outSize }, (_, i) =>
      Array.from(layer.W.subarray(i * layer.inSize, (i + 1) * layer.inSize)),
    ),
    b: Array.from(layer.b),
  }));
}
