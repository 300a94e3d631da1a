/**
 * Strings of the "Why training fails" panel: gradient health, diagnoses, the gradient check, and
 * the matrix form of a layer. Each diagnosis says what is wrong, where, why and what to try.
 */
export const diagnosis = {
  heading: 'Gradient health',
  barsLabel: 'Gradient size per layer, log scale',
  barsHint: 'Run a backward pass to see how large each layer’s gradient is.',
  weightNorm: '‖dL/dW‖',
  meanDz: 'mean |dL/dz|',
  layer: 'Layer {layer}',
  layerShort: 'L{layer}',
  barTitle: 'Layer {layer}: ‖dL/dW‖ = {norm}, mean |dL/dz| = {dz}',
  chartLabel: '‖dL/dW‖ per layer over the updates, log scale',
  chartHint: 'Step or Play to chart each layer’s ‖dL/dW‖ over time.',
  chartAxis: 'update',
  healthy: 'No problem found: gradients reach every layer and no unit is dead or saturated.',
  where: {
    layer: 'Layer {layer}',
  },
  show: 'Show {unit} in the graph',
  kinds: {
    vanishing: {
      title: 'Vanishing gradient',
      what: 'Layer 1’s gradient is {ratio} of layer {last}’s (mean |dL/dz| {first} against {lastValue}).',
      why: 'On the way back each sigmoid layer multiplies dL/dz by σ′(z) ≤ 0.25, layer after layer, so the first layers hardly learn.',
      fix: 'Try ReLU or tanh in the hidden layers, another initialisation (a new seed), or fewer layers.',
    },
    explodingLayers: {
      title: 'Exploding gradient',
      what: 'Layer 1’s gradient is {ratio} times layer {last}’s (mean |dL/dz| {first} against {lastValue}): it grows layer by layer on the way back.',
      why: 'Large weights multiply dL/dz by more than 1 at every layer.',
      fix: 'Use smaller weights (a new seed), fewer layers, or a smaller learning rate.',
    },
    explodingSteps: {
      title: 'Exploding gradient',
      what: 'The whole gradient grew {growth}-fold in {steps} updates (‖dL/dW‖ of all layers {from} → {to}), most of all here, while the loss rose.',
      why: 'The learning rate is so large that each update overshoots the minimum and lands where the slope is steeper.',
      fix: 'Lower the learning rate (Undo goes back to before it diverged) or use smaller weights.',
    },
    dead: {
      title: 'Dead ReLU unit',
      what: 'z ≤ 0 on every training sample, so the unit always outputs 0.',
      why: 'relu′(z) = 0 for z ≤ 0: it passes no gradient back and its weights never change again.',
      fix: 'Try leakyRelu, a smaller learning rate, or a new seed; Undo back to before it died.',
    },
    saturated: {
      title: 'Saturated unit',
      what: '|z| > {limit} on every training sample (up to {maxAbsZ}), where {activation}′(z) is less than 1/1000 of its peak.',
      why: 'Learning stops at this unit even while the loss may look fine: almost no gradient passes through it.',
      fix: 'Try ReLU, smaller weights or inputs (a new seed, scaled features), or a smaller learning rate.',
    },
  },
  check: {
    button: 'Gradient check',
    buttonHint:
      'Compare every backprop gradient with central differences (L(θ+h) − L(θ−h)) / 2h on the current batch',
    summary: 'Largest relative error {error} (parameter {worst}), {count} parameters, h = {step}.',
    verdictGood: 'Backprop agrees with the finite differences.',
    verdictBad: 'Some gradients disagree: look at the highlighted row.',
    caption: 'Backprop against central differences',
    parameter: 'Parameter',
    backprop: 'Backprop',
    numeric: 'Numeric',
    error: 'Rel. error',
    stale: 'The network changed since this check: run it again.',
    noData: 'No training samples to check the gradient on.',
  },
  matrix: {
    toggle: 'Matrix form of layer {layer}',
    heading: 'Layer {layer} as matrices',
    forward: 'z = W·a + b',
    gradW: 'dL/dW = dL/dz·aᵀ',
    gradA: 'dL/da_prev = Wᵀ·dL/dz',
    gradInput: 'dL/dx = Wᵀ·dL/dz',
    shape: '{rows}×{cols}',
    pending: 'Run the backward pass of this layer to see its gradients.',
    pendingForward: 'Run the forward pass of this layer to see z.',
  },
} as const;
