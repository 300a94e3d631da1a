/** The values table: the graph's numbers written per layer, for reading row by row. */
export const values = {
  /** The switch between the two views of the same numbers. */
  view: 'Show the values as',
  graph: 'Graph',
  table: 'Table',
  heading: 'Values of the network',
  /** Read out for a value the step cursor has not reached (the cell shows a dash). */
  pending: 'not computed yet',
  inputCaption: 'Input layer: x and dL/dx',
  layerCaption: 'Layer {layer} ({activation}): W {out}×{in}, b, z, a and their gradients',
  input: 'Input',
  dLdx: 'dL/dx',
  unit: 'Unit',
  target: 'y (target)',
  /** Column heads of a layer's weights, one per input of the layer: "w from x₁". */
  weightFrom: 'w from {from}',
  gradientFrom: 'dL/dw from {from}',
  /** After an update the weights and biases show old → new, as the graph does. */
  updatedNote: 'After the update: w and b read old → new.',
} as const;
