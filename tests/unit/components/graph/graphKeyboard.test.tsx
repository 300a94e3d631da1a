// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NetworkGraph } from '../../../../src/components/graph/NetworkGraph';
import { setLanguage } from '../../../../src/i18n';
import { graphValuesFromSession, type GraphValues } from '../../../../src/viz/graphValues';
import type { GraphTarget } from '../../../../src/viz/target';
import { textbookValues, LARGEST_SAMPLE, LARGEST_SPEC, sessionAt } from '../../viz/fixtures';

const values = textbookValues;

/** The 2-8×6-1 network, the largest the UI allows. */
function largest(): GraphValues {
  return graphValuesFromSession(sessionAt(LARGEST_SPEC, LARGEST_SAMPLE, 'backward'), LARGEST_SAMPLE, 1, 0.1);
}

/** The graph with a selection kept as the app keeps it, and a button before it to Tab from. */
function Selecting({ graph, onSelect }: { graph: GraphValues; onSelect: (t: GraphTarget) => void }) {
  const [selection, setSelection] = useState<GraphTarget | null>(null);
  return (
    <>
      <button type="button">Before</button>
      <NetworkGraph
        values={graph}
        selection={selection}
        onSelect={(target) => {
          setSelection(target);
          onSelect(target);
        }}
      />
      <button type="button">After</button>
    </>
  );
}

function renderSelecting(graph: GraphValues = values('forward1')) {
  const onSelect = vi.fn();
  const view = render(<Selecting graph={graph} onSelect={onSelect} />);
  return { ...view, onSelect, user: userEvent.setup() };
}

const focusedElement = () => document.activeElement as Element;
const idOf = (element: Element) =>
  ['node', 'edge', 'bias']
    .map((k) => element.getAttribute(`data-${k}`) && `${k}:${element.getAttribute(`data-${k}`)}`)
    .find(Boolean);

/** The text the element draws, as axe reads it: every text node but the tooltip's, spaces collapsed. */
function visibleText(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest('title')) text += node.nodeValue;
  return text.replace(/\s+/g, ' ').trim();
}

describe('the graph as one tab stop', () => {
  it.each([
    ['the 2-2-2 network', () => values('idle')],
    ['2-8×6-1', largest],
  ])(
    'is one tab stop on %s: Tab enters it once and leaves it with the next Tab',
    async (_, graph) => {
      const { user } = renderSelecting(graph());
      const group = screen.getByRole('group', { name: 'Network graph' });
      expect(group.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
      screen.getByRole('button', { name: 'Before' }).focus();
      await user.tab();
      expect(focusedElement()).toHaveAttribute('data-node', '0:0');
      await user.tab();
      expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
      await user.tab({ shift: true });
      expect(focusedElement()).toHaveAttribute('data-node', '0:0');
      // user-event walks every element of the large graph on each Tab: slow on a loaded machine.
    },
    30_000,
  );

  it('is entered again where the focus last was', async () => {
    const { user } = renderSelecting();
    await user.click(screen.getByRole('button', { name: /, Bias b2\[2\]/ }));
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(focusedElement()).toHaveAttribute('data-bias', '2:1');
  });
});

describe('a click in the graph', () => {
  it('selects without taking the focus from a button, and the next Tab enters the graph there', async () => {
    const { user, onSelect } = renderSelecting();
    const before = screen.getByRole('button', { name: 'Before' });
    before.focus();
    await user.click(screen.getByRole('button', { name: /, Unit 2 of layer 1$/ }));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'node', layer: 1, index: 1 });
    expect(before).toHaveFocus();
    await user.tab();
    expect(focusedElement()).toHaveAttribute('data-node', '1:1');
  });

  it('moves the focus when the focus is in the graph already', async () => {
    const { user } = renderSelecting();
    screen.getByRole('button', { name: /, Input x₁$/ }).focus();
    await user.click(screen.getByRole('button', { name: /, Unit 2 of layer 1$/ }));
    expect(focusedElement()).toHaveAttribute('data-node', '1:1');
  });
});

describe('arrow keys in the graph', () => {
  it('move the focus and the selection: ↑/↓ in a column, ←/→ across, Shift to skip, Home/End', async () => {
    const { user, onSelect } = renderSelecting();
    const group = screen.getByRole('group', { name: 'Network graph' });
    within(group)
      .getByRole('button', { name: /, Input x₁$/ })
      .focus();
    const path: string[] = [];
    for (const key of [
      '{ArrowDown}',
      '{ArrowRight}',
      '{ArrowRight}',
      '{ArrowLeft}',
      '{ArrowDown}',
      '{ArrowDown}',
      '{Shift>}{ArrowDown}{/Shift}',
      '{ArrowRight}',
      '{Shift>}{ArrowRight}{/Shift}',
      '{Home}',
      '{Control>}{Home}{/Control}',
      '{Control>}{End}{/Control}',
    ]) {
      await user.keyboard(key);
      path.push(idOf(focusedElement())!);
    }
    expect(path).toEqual([
      'node:0:1', // x₂
      'edge:1:0:1', // → a weight leaving x₂: W1[1][2]
      'node:1:0', // → the unit it enters
      'edge:1:0:0', // ← the unit's first weight, W1[1][1]
      'edge:1:0:1', // ↓ W1[1][2]
      'bias:1:0', // ↓ then its bias b1[1]
      'bias:1:1', // Shift+↓ the bias of the unit below
      'node:1:1', // → the unit it belongs to
      'node:2:1', // Shift+→ the next layer's unit
      'node:2:0', // Home: the column's first
      'node:0:0', // Ctrl+Home: the first input
      'node:2:1', // Ctrl+End: the last output
    ]);
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'node', layer: 2, index: 1 });
    expect(onSelect).toHaveBeenCalledWith({ kind: 'edge', layer: 1, to: 0, from: 1 });
    expect(focusedElement()).toHaveAttribute('aria-pressed', 'true');
    expect(group.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(focusedElement()).toHaveAttribute('tabindex', '0');
  });

  it('stay put at the end of the graph', async () => {
    const { user, onSelect } = renderSelecting();
    screen.getByRole('button', { name: /, Input x₁$/ }).focus();
    await user.keyboard('{ArrowUp}{ArrowLeft}{Shift>}{ArrowLeft}{/Shift}');
    expect(focusedElement()).toHaveAttribute('data-node', '0:0');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('announce the selection’s arithmetic politely, on a key press only', async () => {
    const { user, rerender } = renderSelecting();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^$/);
    screen.getByRole('button', { name: /, Input x₁$/ }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(status).toHaveTextContent(
      'Unit 1 of layer 1. Weighted sum: z = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775. Activation: a = σ(0.3775) = 0.5933',
    );
    // A step (Play's frames alike) changes the numbers, not the announcement.
    const said = status.textContent;
    rerender(<Selecting graph={values('backward')} onSelect={() => {}} />);
    expect(status.textContent).toBe(said);
    // Enter reads it out again, with the numbers of now.
    await user.keyboard('{Enter}');
    expect(status).toHaveTextContent(/Gradient at z: .*0\.008771/);
  });

  it('announce in Chinese on a Chinese page', async () => {
    await setLanguage('zh-CN');
    try {
      const { user } = renderSelecting();
      screen.getByRole('button', { name: /, 输入 x₁$/ }).focus();
      await user.keyboard('{ArrowRight}{ArrowRight}');
      expect(screen.getByRole('status')).toHaveTextContent(
        /^第 1 层第 1 个单元。加权和：z = 0\.15·0\.05 \+ 0\.2·0\.1 \+ 0\.35 = 0\.3775。/,
      );
    } finally {
      await setLanguage('en');
    }
  });

  it('are documented: the graph describes its keys', () => {
    renderSelecting();
    expect(screen.getByRole('group', { name: 'Network graph' })).toHaveAccessibleDescription(
      /Arrow keys move between the units, weights and biases/,
    );
  });
});

describe('accessible names begin with the visible text (WCAG 2.5.3)', () => {
  const layouts: [string, () => GraphValues, number, number][] = [
    ['labels on the edges, idle', () => values('idle'), 1200, 700],
    ['labels on the edges, after backward', () => values('backward'), 1200, 700],
    ['labels on the edges, after update', () => values('update'), 1200, 700],
    ['matrices, after backward', () => values('backward'), 660, 560],
    ['matrices, after update', () => values('update'), 660, 560],
    // Compact: markers without text, named by what they are and their values.
    ['compact 2-8×6-1', largest, 860, 560],
  ];
  it.each(layouts)(
    '%s',
    (_, graph, width, height) => {
      render(
        <NetworkGraph values={graph()} selection={null} onSelect={() => {}} width={width} height={height} />,
      );
      const elements = screen.getAllByRole('button');
      let withText = 0;
      for (const element of elements) {
        const shown = visibleText(element);
        const name = element.getAttribute('aria-label')!;
        if (shown) withText++;
        expect(name.startsWith(shown), `${name} should begin with "${shown}"`).toBe(true);
        expect(name.length).toBeGreaterThan(shown.length);
      }
      expect(withText > 0).toBe(graph !== largest);
      // The largest network renders 444 elements: slow on a loaded machine.
    },
    30_000,
  );

  it('say the values a marker or a bare cell does not show under their names', () => {
    render(
      <NetworkGraph
        values={values('update')}
        selection={null}
        onSelect={() => {}}
        width={660}
        height={560}
      />,
    );
    const edge = document.querySelector('[data-edge="2:0:0"]')!;
    expect(edge.getAttribute('aria-label')).toMatch(
      /^0\.4 0\.3589 −0\.04108, Weight W2\[1\]\[1\], w = 0\.3589, dL\/dw = 0\.08217$/,
    );
  });
});

describe('a selection made outside the graph', () => {
  it('becomes the tab stop', () => {
    const { rerender } = render(
      <NetworkGraph values={values('idle')} selection={null} onSelect={() => {}} />,
    );
    act(() =>
      rerender(
        <NetworkGraph
          values={values('idle')}
          selection={{ kind: 'edge', layer: 2, to: 1, from: 0 }}
          onSelect={() => {}}
        />,
      ),
    );
    expect(document.querySelector('[data-edge="2:1:0"]')).toHaveAttribute('tabindex', '0');
  });
});
