/** Pictures for slides: the graph, the loss curve and the decision boundary as PNG or SVG. */
export const exports = {
  imageMenu: 'Export image…',
  imageMenuHint: 'Save the graph as a picture for slides',
  graphPng: 'Graph as PNG (2×)',
  graphSvg: 'Graph as SVG (values as text)',
  lossPng: 'Loss curve as PNG (2×)',
  lossSvg: 'Loss curve as SVG',
  boundaryPng: 'Decision boundary as PNG (2×)',
  boundarySvg: 'Decision boundary as SVG',
  nothingToExport: 'There is no {what} on the page to export.',
  failed: 'The picture could not be made: {message}',
  graph: 'graph',
  lossChart: 'loss curve',
  boundary: 'decision boundary plot',
} as const;
