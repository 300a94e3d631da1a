// @vitest-environment jsdom
/**
 * The edges' cheap-to-update parts: an Update on the largest network touches every edge, so the
 * full-precision tooltip is only built for the edge someone looks at, and the lines are one canvas.
 */
import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NetworkGraph } from '../../../../src/components/graph/NetworkGraph';
import type { GraphTarget } from '../../../../src/viz/target';
import { drawnStrokes } from '../../../../src/components/graph/EdgeCanvas';
import { SELECTED_EXTRA_WIDTH, STROKE_OPACITY } from '../../../../src/viz/edgeStrokes';
import { strokeColor, strokeWidth } from '../../../../src/viz/scales';
import { LARGEST_SAMPLE, LARGEST_SPEC, sessionAt, textbookValues, type Stage } from '../../viz/fixtures';
import { graphValuesFromSession } from '../../../../src/viz/graphValues';
import { NAMES_PER_FRAME } from '../../../../src/components/graph/useEdgeAttributes';
import { formatValue } from '../../../../src/viz/format';

const values = textbookValues;

function renderGraph(stage: Stage, selection: GraphTarget | null = null, compact = false) {
  const size = compact ? { width: 240, height: 160 } : {};
  return render(<NetworkGraph values={values(stage)} selection={selection} onSelect={() => {}} {...size} />);
}

const edgeOf = (container: HTMLElement, id: string) =>
  container.querySelector<SVGGElement>(`[data-edge="${id}"]`)!;

describe('EdgeView tooltip', () => {
  it('has no <title> while the edge is neither hovered, focused nor selected', () => {
    const { container } = renderGraph('update');
    expect(edgeOf(container, '1:0:1').querySelector('title')).toBeNull();
  });

  it('shows the full-precision tooltip on hover and removes it on leaving', () => {
    const v = values('update');
    const { container } = renderGraph('update');
    const edge = edgeOf(container, '1:0:1');
    fireEvent.pointerEnter(edge);
    const tooltip = edge.querySelector('title')!.textContent;
    expect(tooltip).toContain(String(v.edges[1]![0]![1]!.value));
    expect(tooltip).toContain(String(v.edges[1]![0]![1]!.old));
    fireEvent.pointerLeave(edge);
    expect(edge.querySelector('title')).toBeNull();
  });

  it('shows the tooltip while the edge has keyboard focus', () => {
    const { container } = renderGraph('backward');
    const edge = edgeOf(container, '2:1:0');
    fireEvent.focus(edge);
    expect(edge.querySelector('title')!.textContent).toContain(
      String(values('backward').edges[2]![1]![0]!.grad),
    );
    fireEvent.blur(edge);
    expect(edge.querySelector('title')).toBeNull();
  });

  it('keeps the tooltip on the selected edge', () => {
    const { container } = renderGraph('idle', { kind: 'edge', layer: 2, to: 0, from: 1 });
    expect(edgeOf(container, '2:0:1').querySelector('title')).not.toBeNull();
  });

  it('keeps a rounded accessible name on every edge', () => {
    const { container } = renderGraph('backward');
    const name = edgeOf(container, '2:0:0').getAttribute('aria-label')!;
    expect(name).toContain('W2[1][1]');
    expect(name).toMatch(/\d\.\d{1,4}\b/);
    expect(name).not.toContain(String(values('backward').edges[2]![0]![0]!.grad));
  });

  it('writes the name of an edge that shows its numbers in the step, beginning with what it shows', () => {
    const props = { selection: null, onSelect: () => {} };
    const { container, rerender } = render(<NetworkGraph values={values('forward')} {...props} />);
    const edge = edgeOf(container, '1:0:1');
    const before = edge.getAttribute('aria-label');
    rerender(<NetworkGraph values={values('backward')} {...props} />);
    const shown = [...edge.querySelectorAll('text')].map((line) => line.textContent).join(' ');
    expect(shown).toContain(formatValue(values('backward').edges[1]![0]![1]!.grad!));
    expect(edge.getAttribute('aria-label')).not.toBe(before);
    expect(edge.getAttribute('aria-label')!.startsWith(shown)).toBe(true);
  });

  it('in compact mode writes data-dldw in the step, the names right after the paint, and the focused edge name at once', async () => {
    const props = { selection: null, onSelect: () => {}, width: 240, height: 160 };
    const { container, rerender } = render(<NetworkGraph values={values('forward')} {...props} />);
    const [focused, other] = [edgeOf(container, '2:0:0'), edgeOf(container, '1:0:1')];
    const name = (edge: Element) => edge.getAttribute('aria-label');
    const [focusedBefore, otherBefore] = [name(focused), name(other)];
    focused.focus();
    rerender(<NetworkGraph values={values('backward')} {...props} />);
    const grad = values('backward').edges[1]![0]![1]!.grad!;
    expect(Number(other.getAttribute('data-dldw'))).toBe(grad);
    expect(name(focused)).not.toBe(focusedBefore);
    expect(name(other)).toBe(otherBefore);
    await waitFor(() => expect(name(other)).not.toBe(otherBefore));
    // A step that changes nothing still writes the names the last one left due.
    rerender(<NetworkGraph values={values('forward')} {...props} />);
    rerender(<NetworkGraph values={{ ...values('forward') }} {...props} />);
    await waitFor(() => expect(name(other)).toBe(otherBefore));
  });
});

describe('edge names on the largest network', () => {
  it('are written NAMES_PER_FRAME after each paint until all are, the focused one at once', () => {
    vi.useFakeTimers();
    try {
      const before = graphValuesFromSession(
        sessionAt(LARGEST_SPEC, LARGEST_SAMPLE, 'backward'),
        LARGEST_SAMPLE,
        1,
        0.5,
      );
      // Every weight one more: every name changes, nothing else does (the same layout, the same elements).
      const after = {
        ...before,
        edges: before.edges.map((layer) =>
          layer?.map((row) => row.map((p) => ({ ...p, value: p.value + 1 }))),
        ),
      };
      const props = { selection: null, onSelect: () => {}, width: 1280, height: 720 };
      const { container, rerender } = render(<NetworkGraph values={before} {...props} />);
      const edges = [...container.querySelectorAll<SVGGElement>('[data-edge]')];
      expect(edges).toHaveLength(2 * 8 + 5 * 8 * 8 + 8);
      const names = () => edges.map((edge) => edge.getAttribute('aria-label'));
      const first = names();
      const focused = edges[100]!;
      focused.focus();
      rerender(<NetworkGraph values={after} {...props} />);
      const changed = () => names().filter((name, k) => name !== first[k]).length;
      expect(focused.getAttribute('aria-label')).not.toBe(first[100]);
      expect(changed()).toBe(1);
      // A frame, then the task after its paint: one batch.
      vi.advanceTimersByTime(20);
      expect(changed()).toBe(1 + NAMES_PER_FRAME);
      vi.advanceTimersByTime(20);
      expect(changed()).toBe(1 + 2 * NAMES_PER_FRAME);
      vi.runAllTimers();
      expect(changed()).toBe(edges.length);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('edge lines (drawn on the canvas beneath the SVG)', () => {
  const linesOf = (container: HTMLElement) =>
    new Map(
      drawnStrokes(container.querySelector<HTMLCanvasElement>('canvas.graph-lines')!)!.map((s) => [s.id, s]),
    );

  for (const compact of [false, true]) {
    it(`steps back the other layers' lines while one layer is computed (${compact ? 'compact' : 'labelled'})`, () => {
      const { container } = renderGraph('forward1', null, compact);
      expect(container.querySelector('svg')!.getAttribute('data-compact')).toBe(compact ? 'true' : null);
      const lines = linesOf(container);
      expect(lines.size).toBe(container.querySelectorAll('[data-edge]').length);
      expect(lines.get('1:0:0')!.opacity).toBe(STROKE_OPACITY.normal);
      expect(lines.get('2:0:0')!.opacity).toBe(STROKE_OPACITY.dim);
      // No SVG line to restyle: the edge elements carry only their hit lines.
      expect(
        container.querySelectorAll('.graph-edge line:not(.graph-hit), .graph-strokes line:not(.graph-hit)'),
      ).toHaveLength(0);
    });
  }

  it('dims nothing while no layer is being computed', () => {
    const { container } = renderGraph('idle');
    const opacities = [...linesOf(container).values()].map((line) => line.opacity);
    expect(new Set(opacities)).toEqual(new Set([STROKE_OPACITY.normal]));
  });

  it('draws the line of each edge at its place, coloured by the sign of w, dL/dw while going backward', () => {
    const { container } = renderGraph('backward');
    const v = values('backward');
    const line = linesOf(container).get('2:0:1')!;
    const p = v.edges[2]![0]![1]!;
    expect(line.color).toBe(strokeColor(p.grad!));
    const hit = container.querySelector('[data-hit="2:0:1"]')!;
    expect([line.x1, line.y1, line.x2, line.y2]).toEqual(
      ['x1', 'y1', 'x2', 'y2'].map((name) => Number(hit.getAttribute(name))),
    );
  });

  it('draws the selected line wider and on top', () => {
    const { container } = renderGraph('idle', { kind: 'edge', layer: 2, to: 0, from: 1 });
    const strokes = drawnStrokes(container.querySelector<HTMLCanvasElement>('canvas.graph-lines')!)!;
    const p = values('idle').edges[2]![0]![1]!;
    expect(strokes.at(-1)!.id).toBe('2:0:1');
    expect(strokes.at(-1)!.width).toBe(strokeWidth(p.value, false) + SELECTED_EXTRA_WIDTH);
  });

  it('draws again only when a line changed: the Forward after an Update shows the same w', () => {
    const context = {
      setTransform: vi.fn(),
      clearRect: vi.fn(),
      beginPath: vi.fn(),
      moveTo: vi.fn(),
      lineTo: vi.fn(),
      stroke: vi.fn(),
    };
    const getContext = vi
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const props = { selection: null, onSelect: () => {} };
    const { container, rerender } = render(<NetworkGraph values={values('idle')} {...props} />);
    const edges = container.querySelectorAll('[data-edge]').length;
    expect(context.clearRect).toHaveBeenCalledTimes(1);
    expect(context.stroke).toHaveBeenCalledTimes(edges);
    rerender(<NetworkGraph values={{ ...values('idle') }} {...props} />);
    expect(context.clearRect).toHaveBeenCalledTimes(1);
    rerender(<NetworkGraph values={values('backward')} {...props} />);
    expect(context.clearRect).toHaveBeenCalledTimes(2);
    expect(context.stroke).toHaveBeenCalledTimes(2 * edges);
    getContext.mockRestore();
  });
});
