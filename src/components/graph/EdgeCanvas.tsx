/**
 * The edges' lines, drawn on one canvas beneath the graph's SVG (see viz/edgeStrokes for what they
 * look like). A whole-pass step or a frame of Play re-colours every line of the largest network:
 * as 344 SVG `<line>`s that cost the browser about 6 ms of style and layout per step, as one canvas
 * a fraction of a millisecond. Beneath the SVG, no line can cross a value or a card, and the SVG
 * still takes every pointer event (each edge keeps its transparent hit line there). The picture
 * export writes the lines drawn here as SVG lines (drawnStrokes).
 */
import { useLayoutEffect, useRef } from 'react';
import { edgeStrokes, type EdgeStroke } from '../../viz/edgeStrokes';
import type { GraphValues } from '../../viz/graphValues';
import type { NetworkLayout } from '../../viz/layoutTypes';

/** What a canvas shows: its lines, and the backing size they were drawn at. */
interface Drawn {
  strokes: readonly EdgeStroke[];
  width: number;
  height: number;
}

const drawn = new WeakMap<HTMLCanvasElement, Drawn>();

/** The lines a graph canvas shows now, in its CSS pixels (for the picture export and the tests). */
export function drawnStrokes(canvas: HTMLCanvasElement): readonly EdgeStroke[] | undefined {
  return drawn.get(canvas)?.strokes;
}

const sameStroke = (a: EdgeStroke, b: EdgeStroke) =>
  a.id === b.id &&
  a.color === b.color &&
  a.width === b.width &&
  a.opacity === b.opacity &&
  a.x1 === b.x1 &&
  a.y1 === b.y1 &&
  a.x2 === b.x2 &&
  a.y2 === b.y2;

/** Whether `canvas` already shows `strokes`: setting a canvas's size clears it, so a new size does not. */
function shows(canvas: HTMLCanvasElement, strokes: readonly EdgeStroke[]): boolean {
  const before = drawn.get(canvas);
  return (
    before !== undefined &&
    before.width === canvas.width &&
    before.height === canvas.height &&
    before.strokes.length === strokes.length &&
    strokes.every((s, k) => sameStroke(s, before.strokes[k]!))
  );
}

function draw(canvas: HTMLCanvasElement, strokes: readonly EdgeStroke[], scale: number) {
  // A new picture costs the compositor a copy of the canvas; the Forward after an Update, for one,
  // draws the same lines again (both show w).
  if (shows(canvas, strokes)) return;
  drawn.set(canvas, { strokes, width: canvas.width, height: canvas.height });
  // Null where there is no 2D canvas (jsdom): the lines are still recorded above.
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.clearRect(0, 0, canvas.width / scale, canvas.height / scale);
  context.lineCap = 'round';
  for (const stroke of strokes) {
    context.globalAlpha = stroke.opacity;
    context.strokeStyle = stroke.color;
    context.lineWidth = stroke.width;
    context.beginPath();
    context.moveTo(stroke.x1, stroke.y1);
    context.lineTo(stroke.x2, stroke.y2);
    context.stroke();
  }
}

export interface EdgeCanvasProps {
  layout: NetworkLayout;
  values: GraphValues;
  /** The selected edge's id ("L:I:J"), or null. */
  selected: string | null;
  /** The hovered or focused edge's id, or null. */
  emphasis: string | null;
}

/**
 * Draws in a layout effect, in the same task as the commit and before the paint: the screen never
 * shows a step's nodes with the last step's lines.
 */
export function EdgeCanvas({ layout, values, selected, emphasis }: EdgeCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  // Sharp on a high-density screen; at least 1 (a zoomed-out page reports less).
  const scale = Math.max(1, globalThis.devicePixelRatio || 1);
  useLayoutEffect(() => {
    if (ref.current) draw(ref.current, edgeStrokes(layout, values, selected, emphasis), scale);
  }, [layout, values, selected, emphasis, scale]);
  return (
    <canvas
      ref={ref}
      className="graph-lines"
      aria-hidden="true"
      data-testid="graph-lines"
      width={Math.round(layout.width * scale)}
      height={Math.round(layout.height * scale)}
      style={{ width: layout.width, height: layout.height }}
    />
  );
}
