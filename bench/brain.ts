/**
 * The parts of brain.js 1.6.1's NeuralNetwork (node_modules/brain.js/dist/neural-network.js) the
 * benchmark touches. Its index.d.ts omits the training internals (`trainPatterns`, `trainOpts`,
 * `weights`, `biases`, `changes`) that let the benchmark run brain.js's per-sample loop directly.
 */
export interface BrainSample {
  input: Float32Array;
  output: Float32Array;
}

export interface BrainNetwork {
  train(
    data: BrainSample[],
    options: {
      iterations: number;
      errorThresh: number;
      log: boolean;
      learningRate: number;
      momentum: number;
    },
  ): unknown;
  /** One pass over the data, one trainPattern (forward, deltas, adjustWeights) per sample. */
  trainPatterns(data: BrainSample[]): void;
  run(input: number[]): Float32Array;
  trainOpts: { learningRate: number; momentum: number };
  /** weights[layer][node] holds the incoming weights of that node; layer 0 is the input. */
  weights: (Float32Array[] | undefined)[];
  biases: (Float32Array | undefined)[];
  changes: (Float32Array[] | undefined)[];
}
