/**
 * Deterministic placement of edge labels. Each label sits centred on its edge at one of a fixed
 * list of fractions (the middle first, then outwards), overlapping no obstacle, no other label and
 * not leaving the viewport. Labels are placed gap by gap (the edges between two columns), most
 * constrained edge first, with a bounded backtracking search: crossing edges meet in the middle, so
 * the first free place of one label can block every place of another.
 * When no placement is found within the budget the caller falls back to a compact mode instead of
 * drawing an overlap.
 */
import { boxesOverlap, insideViewport, type Box } from './boxes';
import type { Segment } from './layoutTypes';

/** Where along an edge a label may sit, tried in order: the middle first, then outwards. */
export const LABEL_FRACTIONS = [
  0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85,
] as const;

/** Clear space kept around each label (px), so neighbouring labels read as separate. */
const LABEL_GAP = 3;

/** Search steps allowed per gap; beyond this a gap counts as too crowded (keeps layout fast). */
const SEARCH_BUDGET = 20_000;

/** The box of size (width, height) centred on the point at fraction t of the segment. */
export function boxAt(segment: Segment, t: number, width: number, height: number): Box {
  const cx = segment.x1 + (segment.x2 - segment.x1) * t;
  const cy = segment.y1 + (segment.y2 - segment.y1) * t;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/**
 * Vertical shifts of a label from centred on its edge, as fractions of its height: the edge still
 * crosses the label (so it reads as that edge's), near its top or bottom.
 */
const SHIFTS = [0, -0.3, 0.3] as const;

/** Candidate boxes of one edge that clear the fixed obstacles and the viewport. */
function inflate(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function freeCandidates(
  segment: Segment,
  size: { width: number; height: number },
  label: { width: number; height: number },
  obstacles: readonly Box[],
): Box[] {
  const boxes = SHIFTS.flatMap((shift) =>
    LABEL_FRACTIONS.map((t) => {
      const box = boxAt(segment, t, label.width, label.height);
      return { ...box, y: box.y + shift * label.height };
    }),
  );
  return boxes.filter((box) => {
    const clearance = inflate(box, LABEL_GAP);
    return insideViewport(box, size.width, size.height) && !obstacles.some((o) => boxesOverlap(clearance, o));
  });
}

/** One choice per edge, no two overlapping; null when none is found within the budget. */
function search(candidates: Box[][]): Box[] | null {
  // Most constrained first; the index breaks ties so the order is deterministic.
  const order = candidates
    .map((c, k) => k)
    .sort((a, b) => candidates[a]!.length - candidates[b]!.length || a - b);
  const chosen: (Box | null)[] = candidates.map(() => null);
  let steps = 0;
  const place = (depth: number): boolean => {
    if (depth === order.length) return true;
    const edge = order[depth]!;
    for (const box of candidates[edge]!) {
      if (++steps > SEARCH_BUDGET) return false;
      let free = true;
      const clearance = inflate(box, LABEL_GAP);
      for (let d = 0; d < depth && free; d++) free = !boxesOverlap(clearance, chosen[order[d]!]!);
      if (!free) continue;
      chosen[edge] = box;
      if (place(depth + 1)) return true;
    }
    chosen[edge] = null;
    return false;
  };
  return place(0) ? (chosen as Box[]) : null;
}

/**
 * Label boxes for the edges, grouped by gap (edges of the same gap share a group key), avoiding
 * the obstacles and each other; null when some gap has no placement. `obstacles` is not modified.
 */
export function placeEdgeLabels(
  groups: readonly (readonly Segment[])[],
  size: { width: number; height: number },
  label: { width: number; height: number },
  obstacles: readonly Box[],
): Box[][] | null {
  const taken = [...obstacles];
  const result: Box[][] = [];
  for (const segments of groups) {
    const candidates = segments.map((segment) => freeCandidates(segment, size, label, taken));
    if (candidates.some((c) => c.length === 0)) return null;
    const placed = search(candidates);
    if (!placed) return null;
    result.push(placed);
    taken.push(...placed);
  }
  return result;
}
