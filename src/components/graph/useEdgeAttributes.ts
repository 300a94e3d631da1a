/**
 * The numbers every edge carries, written straight to its DOM element after each commit: its
 * DOM-contract attributes (data-w, data-dldw) and its accessible name. A whole-pass step or a frame
 * of Play changes every edge of the largest network; rendering and diffing 344 React elements for
 * that cost more than the attribute writes themselves, so React draws the edges' structure
 * (EdgeView) and this hook their per-step values (and EdgeCanvas their lines). It runs as a layout
 * effect, in the same task as the commit and before the paint: the DOM never shows a step's nodes
 * with the last step's edges. An edge whose numbers did not change is not touched.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { attributeValue } from '../../viz/format';
import type { GraphValues, ParameterValues } from '../../viz/graphValues';
import type { EdgeLayout, NetworkLayout } from '../../viz/layoutTypes';
import { parameterChars } from '../../viz/nodeLines';
import { parameterLabel, parameterShown } from './describe';

/** An edge's element and the inputs its attributes were last written from. */
interface EdgeElement {
  edge: Element;
  written: { value: number; grad: number | undefined; old: number | undefined } | null;
  /** Its accessible name as written (null: none yet). */
  label: string | null;
}

/** The edges drawn for one layout, and the names due after the paint (the latest of each edge). */
interface Drawn {
  layout: NetworkLayout;
  edges: Map<string, EdgeElement>;
  due: Map<EdgeElement, () => string>;
}

function setOrRemove(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** The edges drawn in `svg`, by id. */
function edgeElements(svg: SVGSVGElement): Map<string, EdgeElement> {
  const found = new Map<string, EdgeElement>();
  for (const edge of svg.querySelectorAll('[data-edge]'))
    found.set(edge.getAttribute('data-edge')!, { edge, written: null, label: null });
  return found;
}

function writeName(elements: EdgeElement, name: () => string) {
  const label = name();
  if (label !== elements.label) elements.edge.setAttribute('aria-label', label);
  elements.label = label;
}

/**
 * Writes an edge's data-w and data-dldw now, and its name too when it is the element's first, the
 * element has the focus, or the element draws its numbers (a label or a matrix cell: its name
 * begins with that text, and must match it in every frame); else leaves the name in `due`, for
 * after the paint.
 */
function writeNumbers(
  elements: EdgeElement,
  edge: EdgeLayout,
  p: ParameterValues,
  layout: NetworkLayout,
  due: Drawn['due'],
) {
  const w = elements.written;
  if (w && Object.is(w.value, p.value) && Object.is(w.grad, p.grad) && Object.is(w.old, p.old)) return;
  const target = elements.edge;
  if (!w || !Object.is(w.value, p.value)) target.setAttribute('data-w', attributeValue(p.value)!);
  if (!w || !Object.is(w.grad, p.grad)) setOrRemove(target, 'data-dldw', attributeValue(p.grad));
  elements.written = { value: p.value, grad: p.grad, old: p.old };
  const cell = layout.matrices[edge.layer - 1]?.cells[edge.i]?.[edge.j] ?? null;
  const shown = parameterShown(edge.label, edge.lines, cell, parameterChars(layout.metrics));
  // The name rounds: during Play it often stays the same while the full-precision attributes change.
  const name = () => parameterLabel('edge', edge.id, p.value, p.grad, p.old, shown);
  const drawsNumbers = shown.label || shown.cell;
  if (elements.label === null || drawsNumbers || target === target.ownerDocument.activeElement) {
    writeName(elements, name);
    due.delete(elements);
  } else due.set(elements, name);
}

/**
 * Names written after each paint: about a millisecond's worth. The largest network's 344 take six
 * frames, a tenth of a second; the textbook network's eight, one.
 */
export const NAMES_PER_FRAME = 64;

/** Runs `task` once the frame being prepared has been painted (in a test without frames, soon). */
function afterPaint(task: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Writes every edge's per-step attributes into `svg` whenever the values or the layout change: the
 * DOM-contract attributes in the commit; the rounded names of edges that draw no numbers (all 344
 * on the largest network, each a string built from its numbers) after the paint, NAMES_PER_FRAME
 * at a time, so no frame waits for them all. Such a name is at most a few frames behind; the
 * focused edge's is never behind (a screen reader reads the name of the element that has the
 * focus), nor is that of an edge that shows its numbers as text (its name begins with that text:
 * WCAG 2.5.3, label in name).
 */
export function useEdgeAttributes(
  svgRef: RefObject<SVGSVGElement | null>,
  layout: NetworkLayout,
  values: GraphValues,
): void {
  const drawn = useRef<Drawn | null>(null);
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // A new layout is new elements (see NetworkGraph: every element is keyed within the layout).
    if (drawn.current?.layout !== layout)
      drawn.current = { layout, edges: edgeElements(svg), due: new Map() };
    const { edges, due } = drawn.current;
    for (const layer of layout.edges)
      for (const row of layer)
        for (const edge of row) {
          const elements = edges.get(edge.id);
          const p = values.edges[edge.layer]?.[edge.i]?.[edge.j];
          if (elements && p) writeNumbers(elements, edge, p, layout, due);
        }
    // `due` also holds the names of a commit whose flush this one cancelled.
    if (due.size === 0) return;
    // A few names per frame, so no frame waits for all 344 (Play's graph frames come every sixth
    // frame). The next commit cancels this flush and starts its own, which writes every name due.
    let cancel = afterPaint(function flush() {
      let written = 0;
      for (const [elements, name] of due) {
        writeName(elements, name);
        due.delete(elements);
        if (++written === NAMES_PER_FRAME) break;
      }
      if (due.size > 0) cancel = afterPaint(flush);
    });
    return () => cancel();
  }, [svgRef, layout, values]);
}
