/** Pictures for slides: the graph (and the loss curve) as PNG or SVG. */
export const exports = {
  imageMenu: 'Export image…',
  imageMenuHint: 'Save the graph as a picture for slides',
  graphPng: 'Graph as PNG (2×)',
  graphSvg: 'Graph as SVG (values as text)',
  lossPng: 'Loss curve as PNG (2×)',
  lossSvg: 'Loss curve as SVG',
  nothingToExport: 'There is no {what} on the page to export.',
  failed: 'The picture could not be made: {message}',
  graph: 'graph',
  lossChart: 'loss curve',
} as const;
