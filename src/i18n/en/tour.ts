/** The guided tour over the default lesson: one step per idea, each pointing at its part of the page. */
export const tour = {
  open: 'Guided tour…',
  openHint:
    'A short walk through one training step: forward, loss, backward, update, the loss falling, the shapes',
  title: 'Guided tour',
  progress: 'Step {step} of {count}',
  back: 'Back',
  next: 'Next',
  done: 'Done',
  close: 'Close the tour',
  steps: {
    forward: {
      title: 'Forward',
      text: 'Each click of Forward (or PageDown) computes one layer: the weighted sum z of the inputs, then the activation a. Watch the numbers appear on the units.',
    },
    loss: {
      title: 'The loss',
      text: 'After the last layer comes the loss: how far the output ŷ is from the target y. One number says how wrong the network is on this sample.',
    },
    backward: {
      title: 'Backward',
      text: 'Backward goes from the loss back to the input, layer by layer: how much each z, a, weight and bias moved the loss. These are the gradients.',
    },
    update: {
      title: 'Update',
      text: 'Update moves every weight and bias a step against its gradient, as far as the learning rate η says. Each edge then shows its old → new value.',
    },
    falls: {
      title: 'The loss falls',
      text: 'Run Forward again on the same sample: the loss is lower than before. Step does all three at once, Play repeats it; this chart shows the loss after each update.',
    },
    shapes: {
      title: 'Shapes',
      text: 'Above each layer: W has one row per unit and one column per input (out × in), and dL/dW has the same shape as W; b, z and a have one entry per unit.',
    },
  },
} as const;
