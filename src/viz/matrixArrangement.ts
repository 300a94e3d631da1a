/**
 * Where the graph and its W | b matrices share the area, when the weights are written in matrices:
 * the graph above the matrices (packed into rows of the whole width), beside them (a column on the
 * right, one or two matrices wide), or in the top-left corner with the matrices filling an L around
 * it (first the column on its right, then the strip below it). The first arrangement whose graph
 * lays out and whose matrices all fit, with no label overlapping another, is taken.
 */
import { findOverlaps, outsideViewport, type Box, type LabelBox } from './boxes';
import type { LayoutOptions, NetworkLayout } from './layoutTypes';
import { matricesArea, packedHeight, packMatrices, stackedSize } from './matrices';
import { textMetrics, type TextMetrics } from './textMetrics';

/** What the arrangement needs from the graph's layout (layout.ts), passed in to keep one direction. */
export interface GraphLayouter {
  /** The graph alone in an area, or null when it does not fit. */
  layoutGraph: (options: LayoutOptions) => NetworkLayout | null;
  /** Whether the graph's columns fit an area: the cheap test the size searches run many times. */
  columnsFit: (options: LayoutOptions) => boolean;
  labelBoxes: (layout: NetworkLayout) => LabelBox[];
}

interface Arrangement {
  graph: LayoutOptions;
  /** Filled in order: matrices go to the next region when the current one is full. */
  regions: Box[];
}

/** Graph sizes tried in the L arrangement: its narrowest width, then wider ones. */
const L_WIDTH_STEPS = [0, 0.1, 0.2, 0.35] as const;
/** Halvings in the searches for the graph's smallest width and height (to under 1 % of the area). */
const SEARCH_STEPS = 7;

/** The smallest value in [low, high] for which `fits` holds (assumed monotone), or null. */
function smallest(low: number, high: number, fits: (value: number) => boolean): number | null {
  if (!fits(high)) return null;
  for (let step = 0; step < SEARCH_STEPS; step++) {
    const mid = (low + high) / 2;
    if (fits(mid)) high = mid;
    else low = mid;
  }
  return Math.ceil(high);
}

function* arrangements(
  sizes: readonly number[],
  options: LayoutOptions,
  m: TextMetrics,
  graphFits: (width: number, height: number) => boolean,
): Generator<Arrangement> {
  const margin = m.padding;
  const gap = m.fontSize;
  const { width, height } = options;
  const inner = width - 2 * margin;
  const below = packedHeight(sizes, m, inner);
  if (Number.isFinite(below)) {
    const graphHeight = height - below - gap - margin;
    yield {
      graph: { ...options, height: graphHeight },
      regions: [{ x: margin, y: graphHeight + gap, width: inner, height: below }],
    };
  }
  const stacked = stackedSize(sizes, m);
  for (const columnWidth of [stacked.width, 2 * stacked.width + gap]) {
    yield {
      graph: { ...options, width: width - columnWidth - gap - margin },
      regions: [
        { x: width - columnWidth - margin, y: margin, width: columnWidth, height: height - 2 * margin },
      ],
    };
  }
  const narrowest = smallest(0, width, (w) => graphFits(w, height));
  // A graph that fits an area fits a wider one of the same height: one height serves every width.
  const graphHeight = narrowest === null ? null : smallest(0, height, (h) => graphFits(narrowest, h));
  if (narrowest === null || graphHeight === null) return;
  for (const step of L_WIDTH_STEPS) {
    const graphWidth = Math.round(narrowest + step * (width - narrowest));
    // The matrices cannot fit the L around the graph: no packing or layout is tried.
    if (matricesArea(sizes, m) > width * height - graphWidth * graphHeight) continue;
    yield {
      graph: { ...options, width: graphWidth, height: graphHeight },
      regions: [
        {
          x: graphWidth + gap,
          y: margin,
          width: width - graphWidth - gap - margin,
          height: height - 2 * margin,
        },
        {
          x: margin,
          y: graphHeight + gap,
          width: graphWidth - margin,
          height: height - graphHeight - gap - margin,
        },
      ],
    };
  }
}

/** The graph and every layer's matrix in one of the arrangements above, or null when none fits. */
export function layoutWithMatrices(
  sizes: readonly number[],
  options: LayoutOptions,
  { layoutGraph, columnsFit, labelBoxes }: GraphLayouter,
): NetworkLayout | null {
  const m = textMetrics(options.presentation, options.valueChars);
  // Far too many weights for the area (the larger networks): no packing is tried.
  if (matricesArea(sizes, m) > options.width * options.height) return null;
  const graphFits = (width: number, height: number) =>
    width > 0 && height > 0 && columnsFit({ ...options, width, height });
  for (const { graph, regions } of arrangements(sizes, options, m, graphFits)) {
    if (graph.width <= 0 || graph.height <= 0) continue;
    const matrices = packMatrices(sizes, m, regions);
    if (!matrices) continue;
    const layout = layoutGraph(graph);
    if (!layout) continue;
    const full: NetworkLayout = { ...layout, width: options.width, height: options.height, matrices };
    const boxes = labelBoxes(full);
    if (
      findOverlaps(boxes).length === 0 &&
      outsideViewport(boxes, options.width, options.height).length === 0
    )
      return full;
  }
  return null;
}
