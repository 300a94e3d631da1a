/**
 * Axis-aligned boxes: the unit in which the graph's labels are laid out and checked. A label is
 * legible when its box overlaps no other label box and lies inside the viewport.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelBox extends Box {
  /** Who owns the label, e.g. "node:1:0", "edge:2:0:1"; used to report overlaps. */
  id: string;
}

/** Open-interval overlap: boxes that only touch along an edge do not overlap. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Every pair of overlapping boxes, as [id, id] with the left-most box first. A sweep over x keeps
 * this O(n log n + k) for k overlaps, so it runs on the largest network at every layout.
 */
export function findOverlaps(boxes: readonly LabelBox[]): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x || a.y - b.y);
  const overlaps: [string, string][] = [];
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k]!;
    const right = a.x + a.width;
    for (let m = k + 1; m < sorted.length && sorted[m]!.x < right; m++) {
      const b = sorted[m]!;
      if (boxesOverlap(a, b)) overlaps.push([a.id, b.id]);
    }
  }
  return overlaps;
}

/** True when the box lies wholly inside [0, width] × [0, height]. */
export function insideViewport(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

/** Boxes that stick out of [0, width] × [0, height]. */
export function outsideViewport(boxes: readonly LabelBox[], width: number, height: number): string[] {
  return boxes.filter((box) => !insideViewport(box, width, height)).map((box) => box.id);
}

/** The box moved by the least amount that puts it inside the viewport (when it fits at all). */
export function clampIntoViewport<T extends Box>(box: T, width: number, height: number): T {
  const x = Math.min(Math.max(box.x, 0), Math.max(0, width - box.width));
  const y = Math.min(Math.max(box.y, 0), Math.max(0, height - box.height));
  return { ...box, x, y };
}
