/**
 * The numbers every edge carries, written straight to its DOM elements after each commit: its
 * DOM-contract attributes (data-w, data-dldw), its accessible name, and its visible line's colour and
 * width. A whole-pass step or a frame of Play changes every edge of the largest network; rendering
 * and diffing 344 React elements for that cost more than the attribute writes themselves, so React
 * draws the edges' structure (EdgeView, StrokeLine) and this hook their per-step values. It runs as a
 * layout effect, in the same task as the commit and before the paint: the DOM never shows a step's
 * nodes with the last step's edges. An edge whose numbers did not change is not touched.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { attributeValue } from '../../viz/format';
import type { GraphValues, ParameterValues } from '../../viz/graphValues';
import type { EdgeLayout, NetworkLayout } from '../../viz/layoutTypes';
import { parameterChars } from '../../viz/nodeLines';
import { strokeColor, strokeWidth } from '../../viz/scales';
import { parameterLabel, parameterShown } from './describe';

/** An edge's elements and the inputs its attributes were last written from. */
interface EdgeElements {
  edge: Element;
  /** The visible line: inside the edge element (compact mode) or in the strokes layer. */
  line: Element | null;
  written: { value: number; grad: number | undefined; old: number | undefined; label: string } | null;
  stroke: { value: number; color: string; width: number } | null;
}

/** w, or dL/dw during the backward pass: what an edge's line shows by colour and width. */
export function strokeValue(values: GraphValues, p: ParameterValues): number {
  return values.phase === 'backward' && p.grad !== undefined ? p.grad : p.value;
}

function setOrRemove(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * The edges drawn in `svg`, by id. With labels on the edges the visible lines live in the strokes
 * layer, each right before its hit line (EdgeStroke), which names its edge in data-hit.
 */
function edgeElements(svg: SVGSVGElement): Map<string, EdgeElements> {
  const found = new Map<string, EdgeElements>();
  for (const edge of svg.querySelectorAll('[data-edge]'))
    found.set(edge.getAttribute('data-edge')!, {
      edge,
      line: edge.querySelector(':scope > .graph-stroke'),
      written: null,
      stroke: null,
    });
  for (const hit of svg.querySelectorAll('.graph-strokes [data-hit]')) {
    const elements = found.get(hit.getAttribute('data-hit')!);
    const line = hit.previousElementSibling;
    if (elements && line?.classList.contains('graph-stroke')) elements.line = line;
  }
  return found;
}

function writeNumbers(elements: EdgeElements, edge: EdgeLayout, p: ParameterValues, layout: NetworkLayout) {
  const w = elements.written;
  if (w && Object.is(w.value, p.value) && Object.is(w.grad, p.grad) && Object.is(w.old, p.old)) return;
  const cell = layout.matrices[edge.layer - 1]?.cells[edge.i]?.[edge.j] ?? null;
  const shown = parameterShown(edge.label, edge.lines, cell, parameterChars(layout.metrics));
  const target = elements.edge;
  if (!w || !Object.is(w.value, p.value)) target.setAttribute('data-w', attributeValue(p.value)!);
  if (!w || !Object.is(w.grad, p.grad)) setOrRemove(target, 'data-dldw', attributeValue(p.grad));
  // The name rounds: during Play it often stays the same while the full-precision attributes change.
  const label = parameterLabel('edge', edge.id, p.value, p.grad, p.old, shown);
  if (label !== w?.label) target.setAttribute('aria-label', label);
  elements.written = { value: p.value, grad: p.grad, old: p.old, label };
}

function writeStroke(elements: EdgeElements, value: number, width: number) {
  const { line, stroke } = elements;
  if (!line || (stroke && Object.is(stroke.value, value) && stroke.width === width)) return;
  const color = strokeColor(value);
  if (stroke?.color !== color) line.setAttribute('stroke', color);
  if (stroke?.width !== width) line.setAttribute('stroke-width', String(width));
  elements.stroke = { value, color, width };
}

/**
 * Writes every edge's per-step attributes into `svg` whenever the values, the layout or the selected
 * edge (its line is drawn 2 px wider) change.
 */
export function useEdgeAttributes(
  svgRef: RefObject<SVGSVGElement | null>,
  layout: NetworkLayout,
  values: GraphValues,
  selectedKey: string | null,
): void {
  const drawn = useRef<{ layout: NetworkLayout; edges: Map<string, EdgeElements> } | null>(null);
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // A new layout is new elements (see NetworkGraph: every element is keyed within the layout).
    if (drawn.current?.layout !== layout) drawn.current = { layout, edges: edgeElements(svg) };
    const { edges } = drawn.current;
    for (const layer of layout.edges)
      for (const row of layer)
        for (const edge of row) {
          const elements = edges.get(edge.id);
          const p = values.edges[edge.layer]?.[edge.i]?.[edge.j];
          if (!elements || !p) continue;
          writeNumbers(elements, edge, p, layout);
          const selected = selectedKey === `edge:${edge.id}`;
          const value = strokeValue(values, p);
          writeStroke(elements, value, strokeWidth(value, layout.presentation) + (selected ? 2 : 0));
        }
  }, [svgRef, layout, values, selectedKey]);
}
