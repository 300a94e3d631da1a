/** Strings of the network graph and its details panel. Maths symbols stay as they are in print. */
export const graph = {
  label: 'Network graph',
  prefix: {
    x: 'x',
    y: 'y',
    z: 'z',
    a: 'a',
    dLdz: 'dL/dz',
    /** dL/dz where space is short, as in most textbooks. */
    delta: 'δ',
    dLda: 'dL/da',
    /** dL/da and dL/dx where space is short. */
    dLdaShort: '∂a',
    dLdxShort: '∂x',
    w: 'w',
    dLdw: 'dL/dw',
    b: 'b',
    dLdb: 'dL/db',
    next: '→',
    change: 'Δ',
  },
  header: {
    input: 'Input',
    layer: 'Layer {layer}',
    inputShape: 'x {units}',
    shapes: 'W {out}×{in}, a {out}',
    gradShape: 'dL/dW {out}×{in}',
    shapesTitle: 'W and dL/dW: {out}×{in} (out × in); b, z, a: {out}',
  },
  activation: {
    linear: 'linear',
    relu: 'relu',
    leakyRelu: 'leakyRelu',
    sigmoid: 'sigmoid',
    tanh: 'tanh',
    softmax: 'softmax',
  },
  /**
   * Names of the network's parts, numbered from 1 (see viz/names.ts): x₁, unit 1 of layer 1,
   * W1[1][2] (layer 1, to unit 1 from unit 2), b1[1].
   */
  names: {
    input: 'x',
    target: 'y',
    unit: 'unit {unit} of layer {layer}',
    weight: 'W{layer}[{to}][{from}]',
    bias: 'b{layer}[{index}]',
  },
  element: {
    inputNode: 'Input {name}',
    edge: 'Weight {name}',
    bias: 'Bias {name}',
    value: '{name} = {value}',
    oldNew: '{name}: {old} → {new}',
  },
  /** The table layout's table of units: one row per unit, grouped by layer (a short layer label). */
  units: {
    input: 'x',
    layer: 'L{layer}',
  },
  /** The per-layer weight matrices (W | b), used when the weights do not fit on the edges. */
  matrix: {
    title: 'W{layer} {out}×{in} | b{layer}:',
    legend: 'w / dL/dw',
    legendUpdated: 'old / new / Δ',
    input: 'x{unit}',
    unit: 'a{unit}',
    bias: 'b',
    label: 'Weights and bias of layer {layer}',
  },
  compactHint: 'Select or hover over an edge to see its values.',
  /** The graph is one tab stop; its own keys (see the shortcut list). */
  keyboard: {
    /** The selection's arithmetic read out: heading and lines joined as sentences. */
    line: '{label}: {formula}',
    join: '. ',
    hint: 'Arrow keys move between the units, weights and biases and select them; Shift with an arrow jumps a layer or a row of weights; Home and End go to the ends of a column. Press ? for every key.',
  },
  details: {
    close: 'Close details',
    inputNode: 'Input {name}',
    edge: 'Weight {name}: from {from} to {to}',
    bias: 'Bias {name} of {unit}',
    pending: 'Not computed yet',
    /** The batch-mean gradient, inside a formula: "g = mean of dL/dw over 4 samples". */
    meanOver: 'mean of {grad} over {count} samples',
    line: {
      input: 'Input',
      weightedSum: 'Weighted sum',
      activation: 'Activation',
      target: 'Target',
      loss: 'Loss of this sample',
      outputGradient: 'Gradient of the loss',
      backpropagated: 'Gradient from the next layer',
      slope: 'Slope of the activation',
      gradientAtZ: 'Gradient at z',
      contribution: 'Contribution to z',
      value: 'Value',
      weightGradient: 'Gradient',
      batchMean: 'Batch mean gradient',
      update: 'Update ({optimizer})',
      change: 'Change',
    },
  },
} as const;
