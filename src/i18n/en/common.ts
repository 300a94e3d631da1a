/** App-wide strings: controls, steps, errors. */
export const common = {
  appTitle: 'Backprop Lab',
  tagline: 'See a neural network learn, one step at a time.',
} as const;
