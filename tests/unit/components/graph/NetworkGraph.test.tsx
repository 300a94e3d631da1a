// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NetworkGraph } from '../../../../src/components/graph/NetworkGraph';
import { drawnStrokes } from '../../../../src/components/graph/EdgeCanvas';
import { EMPHASIS_WIDTH, STROKE_OPACITY } from '../../../../src/viz/edgeStrokes';
import { DIRECTION_COLORS } from '../../../../src/viz/scales';
import { formatValue } from '../../../../src/viz/format';
import { graphValuesFromSession } from '../../../../src/viz/graphValues';
import type { GraphTarget } from '../../../../src/viz/target';
import { textbookValues, LARGEST_SAMPLE, LARGEST_SPEC, sessionAt, type Stage } from '../../viz/fixtures';

const values = textbookValues;

function renderGraph(stage: Stage, selection: GraphTarget | null = null, onSelect = vi.fn()) {
  const view = render(<NetworkGraph values={values(stage)} selection={selection} onSelect={onSelect} />);
  return { ...view, onSelect };
}

/** A graph element's name: what it shows, then its title (and the values it does not show). */
const titled = (title: string) => new RegExp(`, ${title.replace(/[[\]]/g, '\\$&')}(,|$)`);

const byData = (container: HTMLElement, attribute: string, id: string) =>
  container.querySelector(`[data-${attribute}="${id}"]`)!;

describe('NetworkGraph DOM contract', () => {
  it('has one element per node, edge and bias, named by layer and unit', () => {
    const { container } = renderGraph('idle');
    expect(container.querySelectorAll('[data-node]')).toHaveLength(6);
    expect(container.querySelectorAll('[data-edge]')).toHaveLength(8);
    expect(container.querySelectorAll('[data-bias]')).toHaveLength(4);
    expect(byData(container, 'edge', '1:0:1')).toHaveAttribute('data-w', '0.2');
    expect(byData(container, 'bias', '2:1')).toHaveAttribute('data-b', '0.6');
  });

  it('leaves attributes out (not "0") while values are not computed', () => {
    const { container } = renderGraph('idle');
    const hidden = byData(container, 'node', '1:0');
    for (const attribute of ['data-z', 'data-a', 'data-dldz', 'data-dlda'])
      expect(hidden).not.toHaveAttribute(attribute);
    expect(byData(container, 'node', '0:1')).toHaveAttribute('data-a', '0.1');
    expect(byData(container, 'node', '0:1')).not.toHaveAttribute('data-dlda');
    expect(byData(container, 'edge', '2:0:0')).not.toHaveAttribute('data-dldw');
    expect(byData(container, 'bias', '1:0')).not.toHaveAttribute('data-dldb');
  });

  it('writes full precision in attributes and 4 digits as visible text after forward', () => {
    const v = values('forward1');
    const { container } = render(<NetworkGraph values={v} selection={null} onSelect={() => {}} />);
    const node = byData(container, 'node', '1:0');
    expect(node).toHaveAttribute('data-z', String(v.nodes[1]![0]!.z));
    expect(node).toHaveAttribute('data-a', String(v.nodes[1]![0]!.a));
    expect(node.getAttribute('data-a')!.length).toBeGreaterThan(10);
    expect(node.textContent).toContain('0.3775');
    expect(node.textContent).toContain('0.5933');
    expect(node.querySelector('title')!.textContent).toContain(String(v.nodes[1]![0]!.a));
    expect(byData(container, 'node', '2:0')).not.toHaveAttribute('data-z');
  });

  it('adds gradients after the backward pass', () => {
    const v = values('backward');
    const { container } = render(<NetworkGraph values={v} selection={null} onSelect={() => {}} />);
    expect(byData(container, 'node', '1:0')).toHaveAttribute('data-dldz', String(v.nodes[1]![0]!.dLdz));
    expect(byData(container, 'node', '0:0')).toHaveAttribute('data-dlda', String(v.nodes[0]![0]!.dLda));
    expect(byData(container, 'edge', '2:0:0')).toHaveAttribute('data-dldw', String(v.edges[2]![0]![0]!.grad));
    expect(byData(container, 'edge', '2:0:0').textContent).toContain('0.08217');
    expect(byData(container, 'bias', '1:0')).toHaveAttribute('data-dldb', String(v.biases[1]![0]!.grad));
  });

  it('shows old → new and Δ on the edges after Update', () => {
    const { container } = renderGraph('update');
    const edge = byData(container, 'edge', '2:0:0');
    expect(edge.textContent).toContain('0.4 → 0.3589');
    expect(edge.textContent).toContain('Δ');
    expect(edge.textContent).toContain('−0.04108');
    expect(edge.getAttribute('data-w')).toMatch(/^0\.358916/);
  });

  it('keeps every visible text at 12 px or more', () => {
    const { container } = renderGraph('backward');
    expect(parseFloat(container.querySelector('svg')!.style.fontSize)).toBeGreaterThanOrEqual(12);
    render(<NetworkGraph values={values('idle')} presentation selection={null} onSelect={() => {}} />);
    const svgs = document.querySelectorAll('svg');
    expect(parseFloat(svgs[1]!.style.fontSize)).toBeGreaterThanOrEqual(16);
  });
});

describe('NetworkGraph active layer', () => {
  /** The layers whose band is visible (with its fill), and the nodes whose card is outlined. */
  function highlighted(stage: Stage) {
    const v = values(stage);
    const { container, unmount } = render(<NetworkGraph values={v} selection={null} onSelect={() => {}} />);
    const bands = [...container.querySelectorAll('[data-band]')];
    expect(bands).toHaveLength(v.sizes.length);
    const shown = bands
      .filter((band) => band.getAttribute('visibility') === 'visible')
      .map((band) => [band.getAttribute('data-band'), band.getAttribute('fill')]);
    const outlined = [...container.querySelectorAll('.graph-card.is-active')].map((card) =>
      card.closest('[data-node]')!.getAttribute('data-node'),
    );
    unmount();
    return { active: v.activeLayer, shown, outlined };
  }

  it('shows the band of the active layer only, in the colour of the pass, and outlines its cards', () => {
    expect(highlighted('forward1')).toEqual({
      active: 1,
      shown: [['1', DIRECTION_COLORS.forward]],
      outlined: ['1:0', '1:1'],
    });
    expect(highlighted('backward1')).toEqual({
      active: 2,
      shown: [['2', DIRECTION_COLORS.backward]],
      outlined: ['2:0', '2:1'],
    });
  });

  it('highlights no layer before the first step and after Update', () => {
    for (const stage of ['idle', 'update'] as const)
      expect(highlighted(stage)).toMatchObject({ shown: [], outlined: [] });
  });
});

describe('NetworkGraph interaction', () => {
  it('offers nodes, edges and biases as buttons named by what they show, then what they are, from 1', () => {
    renderGraph('forward1');
    const node = screen.getByRole('button', { name: 'z0.3775 a0.5933 dL/dz– dL/da–, Unit 1 of layer 1' });
    expect(node).toHaveAttribute('data-node', '1:0');
    expect(screen.getByRole('button', { name: 'w0.2 dL/dw–, Weight W1[1][2]' })).toHaveAttribute(
      'data-edge',
      '1:0:1',
    );
    expect(screen.getByRole('button', { name: 'b0.35 dL/db–, Bias b1[1]' })).toHaveAttribute(
      'data-bias',
      '1:0',
    );
    expect(screen.getByRole('button', { name: 'x0.05 dL/da–, Input x₁' })).toHaveAttribute(
      'data-node',
      '0:0',
    );
    expect(screen.getByRole('button', { name: titled('Unit 2 of layer 2') })).toHaveAttribute(
      'data-node',
      '2:1',
    );
  });

  it('selects a node on click', async () => {
    const { onSelect } = renderGraph('forward1');
    await userEvent.click(screen.getByRole('button', { name: titled('Unit 1 of layer 1') }));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'node', layer: 1, index: 0 });
  });

  it('selects an edge with Enter and a bias with Space', async () => {
    const { onSelect } = renderGraph('idle');
    screen.getByRole('button', { name: titled('Weight W2[2][1]') }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'edge', layer: 2, to: 1, from: 0 });
    screen.getByRole('button', { name: titled('Bias b2[1]') }).focus();
    await userEvent.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'bias', layer: 2, index: 0 });
  });

  it('marks the selected element as pressed', () => {
    renderGraph('idle', { kind: 'edge', layer: 1, to: 0, from: 1 });
    expect(screen.getByRole('button', { name: titled('Weight W1[1][2]') })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: titled('Weight W1[1][1]') })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('is one labelled group', () => {
    renderGraph('idle');
    const graph = screen.getByRole('group', { name: 'Network graph' });
    expect(within(graph).getAllByRole('button')).toHaveLength(6 + 8 + 4);
  });
});

describe('NetworkGraph compact mode (the largest network)', () => {
  const largest = () =>
    graphValuesFromSession(sessionAt(LARGEST_SPEC, LARGEST_SAMPLE, 'idle'), LARGEST_SAMPLE, 1, 0.1);

  it('keeps edge values out of sight but in the attributes, and shows one edge on selection', () => {
    const v = largest();
    const { container, rerender } = render(<NetworkGraph values={v} selection={null} onSelect={() => {}} />);
    expect(container.querySelector('svg')).toHaveAttribute('data-compact', 'true');
    const edge = byData(container, 'edge', '3:2:5');
    expect(edge).toHaveAttribute('data-w', String(v.edges[3]![2]![5]!.value));
    expect(edge.querySelector('text')).toBeNull();
    expect(container.querySelector('[data-callout]')).toBeNull();
    rerender(
      <NetworkGraph values={v} selection={{ kind: 'edge', layer: 3, to: 2, from: 5 }} onSelect={() => {}} />,
    );
    expect(container.querySelector('[data-callout="3:2:5"]')!.textContent).toContain('−0.3');
  });
});

describe('NetworkGraph ties each weight to its line', () => {
  const strokeOf = (container: HTMLElement, id: string) =>
    drawnStrokes(container.querySelector<HTMLCanvasElement>('canvas.graph-lines')!)!.find(
      (s) => s.id === id,
    )!;

  it('with labels on the edges, hovering a label lights up its line, and hovering a line its label', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <NetworkGraph
        values={values('backward')}
        selection={null}
        onSelect={() => {}}
        width={1200}
        height={700}
      />,
    );
    const edge = byData(container, 'edge', '2:1:0');
    expect(edge.querySelector('.graph-label-bg')).not.toBeNull();
    await user.hover(edge);
    expect(strokeOf(container, '2:1:0').opacity).toBe(STROKE_OPACITY.emphasis);
    expect(strokeOf(container, '2:1:0').width).toBeGreaterThanOrEqual(EMPHASIS_WIDTH);
    expect(strokeOf(container, '2:0:0').opacity).not.toBe(STROKE_OPACITY.emphasis);
    await user.unhover(edge);
    await user.hover(container.querySelector('[data-hit="1:0:1"]')!);
    expect(byData(container, 'edge', '1:0:1')).toHaveClass('is-emphasis');
    expect(edge).not.toHaveClass('is-emphasis');
  });

  it('clicking a line selects its edge even though the line is drawn beneath the labels', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { container } = render(
      <NetworkGraph
        values={values('backward')}
        selection={null}
        onSelect={onSelect}
        width={1200}
        height={700}
      />,
    );
    await user.click(container.querySelector('[data-hit="2:0:1"]')!);
    expect(onSelect).toHaveBeenCalledWith({ kind: 'edge', layer: 2, to: 0, from: 1 });
  });

  it('in the table layout, the hovered or selected weight lights up the rows of the two units it joins', async () => {
    const user = userEvent.setup();
    const props = { values: values('backward'), onSelect: () => {}, width: 700, height: 300 };
    const { container, rerender } = render(<NetworkGraph {...props} selection={null} />);
    expect(container.querySelectorAll('.graph-units')).toHaveLength(1);
    const linked = () =>
      [...container.querySelectorAll('.graph-node.is-linked')].map((n) => n.getAttribute('data-node'));
    expect(linked()).toEqual([]);
    // W2[1][0]: from unit 0 of layer 1 to unit 1 of layer 2.
    await user.hover(byData(container, 'edge', '2:1:0'));
    expect(linked()).toEqual(['1:0', '2:1']);
    await user.unhover(byData(container, 'edge', '2:1:0'));
    expect(linked()).toEqual([]);
    rerender(<NetworkGraph {...props} selection={{ kind: 'edge', layer: 1, to: 0, from: 1 }} />);
    expect(linked()).toEqual(['0:1', '1:0']);
    rerender(<NetworkGraph {...props} selection={{ kind: 'bias', layer: 2, index: 0 }} />);
    expect(linked()).toEqual(['2:0']);
  });

  it('in matrix mode writes each weight in its cell (data-cell) inside the edge element, w over dL/dw', () => {
    const v = values('backward');
    const { container } = render(
      <NetworkGraph values={v} selection={null} onSelect={() => {}} width={660} height={560} />,
    );
    expect(container.querySelectorAll('.graph-matrix')).toHaveLength(2);
    const cell = byData(container, 'edge', '2:1:0').querySelector('[data-cell="W:2:1:0"]')!;
    const texts = [...cell.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([formatValue(0.5), formatValue(v.edges[2]![1]![0]!.grad!)]);
    const bias = byData(container, 'bias', '1:1').querySelector('[data-cell="b:1:1"]')!;
    expect(bias.textContent).toContain('0.35');
  });

  it('in matrix mode writes old, new and Δ = new − old in each cell after Update, and the legend says so', () => {
    const v = values('update');
    const { container } = render(
      <NetworkGraph values={v} selection={null} onSelect={() => {}} width={660} height={560} />,
    );
    const cell = byData(container, 'edge', '2:0:0').querySelector('[data-cell="W:2:0:0"]')!;
    const texts = [...cell.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(['0.4', '0.3589', '−0.04108']);
    const bias = byData(container, 'bias', '2:0').querySelector('[data-cell="b:2:0"]')!;
    const p = v.biases[2]![0]!;
    expect([...bias.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      formatValue(p.old!),
      formatValue(p.value),
      formatValue(p.value - p.old!),
    ]);
    expect(container.querySelector('.graph-matrix-legend')!.textContent).toBe('old / new / Δ');
  });
});
