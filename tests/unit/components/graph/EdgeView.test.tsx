// @vitest-environment jsdom
/**
 * The edges' cheap-to-update parts: an Update on the largest network touches every edge, so the
 * full-precision tooltip is only built for the edge someone looks at, and dimming is one class per layer.
 */
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NetworkGraph } from '../../../../src/components/graph/NetworkGraph';
import type { GraphTarget } from '../../../../src/viz/target';
import { textbookValues, type Stage } from '../../viz/fixtures';

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
});

describe('edge dimming', () => {
  for (const compact of [false, true]) {
    it(`dims the other layers' edges by one class on their layer group (${compact ? 'compact' : 'labelled'})`, () => {
      const { container } = renderGraph('forward1', null, compact);
      expect(container.querySelector('svg')!.getAttribute('data-compact')).toBe(compact ? 'true' : null);
      const stroke = (id: string) =>
        compact
          ? edgeOf(container, id).querySelector('.graph-stroke')!
          : container.querySelectorAll('.graph-strokes .graph-stroke')[id === '1:0:0' ? 0 : 4]!;
      expect(stroke('1:0:0').closest('.graph-layer')).not.toHaveClass('is-dim');
      expect(stroke('2:0:0').closest('.graph-layer')).toHaveClass('is-dim');
      expect(stroke('2:0:0')).not.toHaveAttribute('stroke-opacity');
    });
  }

  it('dims nothing while no layer is being computed', () => {
    const { container } = renderGraph('idle');
    expect(container.querySelectorAll('.graph-layer')).not.toHaveLength(0);
    expect(container.querySelectorAll('.graph-layer.is-dim')).toHaveLength(0);
  });
});
