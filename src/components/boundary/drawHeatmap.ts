import { PLANE_EXTENT, type Extent } from '../../viz/boundary';
import { GRID_SIZE, colourDomain, paintHeatmap, sampleGrid } from '../../viz/heatmap';

/** The sampled outputs and the image they are painted into, kept between redraws. */
export interface HeatmapBuffers {
  values: Float64Array;
  image: ImageData;
}

/**
 * Samples evaluate on the GRID_SIZE² cell centres of the input plane and puts the coloured cells
 * into the canvas (one pixel per cell). Reuses `buffers` when given, so a redraw allocates nothing;
 * returns the buffers to pass next time, or null when the canvas has no 2-D context (jsdom).
 */
export function drawHeatmap(
  canvas: HTMLCanvasElement,
  evaluate: (x1: number, x2: number) => number,
  range: Extent | 'auto',
  buffers: HeatmapBuffers | null,
): HeatmapBuffers | null {
  const context = canvas.getContext('2d');
  if (!context) return null;
  const count = GRID_SIZE * GRID_SIZE;
  const values = buffers?.values ?? new Float64Array(count);
  const image = buffers?.image ?? context.createImageData(GRID_SIZE, GRID_SIZE);
  sampleGrid(evaluate, GRID_SIZE, PLANE_EXTENT, PLANE_EXTENT, values);
  paintHeatmap(values, count, colourDomain(values, count, range), image.data);
  context.putImageData(image, 0, 0);
  return { values, image };
}
