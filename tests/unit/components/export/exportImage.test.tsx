// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../src/store';
import { StoreProvider } from '../../../../src/components/StoreContext';
import { ExportImageMenu } from '../../../../src/components/export/ExportImageMenu';
import { pngScale, standaloneSvg } from '../../../../src/components/export/svgPicture';
import { drawnStrokes } from '../../../../src/components/graph/EdgeCanvas';
import { NetworkGraph } from '../../../../src/components/graph/NetworkGraph';
import { textbookValues } from '../../viz/fixtures';

describe('pngScale', () => {
  it('doubles the screen size, and more for a narrow drawing so the PNG is at least 1000 px wide', () => {
    expect(pngScale(860)).toBe(2);
    expect(pngScale(500)).toBe(2);
    expect(pngScale(400) * 400).toBe(1000);
  });
});

describe('standaloneSvg', () => {
  it('inlines the styles the page gave by class, drops hidden parts and page-only attributes', () => {
    document.head.innerHTML = '<style>.card { stroke: rgb(1, 2, 3); } .gone { display: none; }</style>';
    document.body.innerHTML = `<svg width="300" height="200" viewBox="0 0 300 200">
      <rect class="card" tabindex="0" width="10" height="10"/><text class="gone">hidden</text><text>0.3775</text>
    </svg>`;
    const svg = document.querySelector('svg')!;
    const { text, width, height } = standaloneSvg(svg);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root.firstElementChild?.getAttribute('fill')).toBe('#ffffff');
    const card = root.querySelector('.card')!;
    expect(card.getAttribute('style')).toContain('stroke:rgb(1, 2, 3)');
    expect(card.hasAttribute('tabindex')).toBe(false);
    expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['0.3775']);
    expect(text).not.toContain('foreignObject');
    expect({ width, height }).toEqual({ width: 300, height: 200 });
    // The page itself is untouched.
    expect(svg.querySelector('.gone')).not.toBeNull();
    expect(svg.querySelector('.card')!.hasAttribute('style')).toBe(false);
    document.head.innerHTML = '';
  });
});

describe('standaloneSvg of the network graph', () => {
  it('writes the lines drawn on the canvas beneath the graph as SVG lines, behind the drawing', () => {
    const { container } = render(
      <NetworkGraph values={textbookValues('backward')} selection={null} onSelect={() => {}} />,
    );
    const svg = container.querySelector<SVGSVGElement>('svg.graph-svg')!;
    const canvas = container.querySelector<HTMLCanvasElement>('canvas.graph-lines')!;
    const doc = new DOMParser().parseFromString(standaloneSvg(svg, [canvas]).text, 'image/svg+xml');
    const lines = [...doc.querySelectorAll('line[data-line]')];
    const drawn = drawnStrokes(canvas)!;
    expect(lines.map((line) => line.getAttribute('data-line'))).toEqual(drawn.map((s) => s.id));
    expect(lines).toHaveLength(container.querySelectorAll('[data-edge]').length);
    expect(lines[0]!.getAttribute('stroke')).toBe(drawn[0]!.color);
    expect(Number(lines[0]!.getAttribute('stroke-width'))).toBe(drawn[0]!.width);
    // Beneath every value: the lines come before the graph's own elements.
    const first = doc.querySelector('[data-edge], [data-node]')!;
    expect(lines[0]!.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('ExportImageMenu', () => {
  function renderMenu() {
    render(
      <StoreProvider store={createAppStore()}>
        <ExportImageMenu />
      </StoreProvider>,
    );
    return screen.getByRole('button', { name: 'Export image…' });
  }

  it('opens a menu of PNG and SVG items with focus on the first; arrows move, Escape closes', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.dataset.testid)).toEqual([
      'export-png',
      'export-svg',
      'export-loss-png',
      'export-loss-svg',
      'export-boundary-png',
      'export-boundary-svg',
    ]);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(items[5]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('says so in an alert when there is no graph to export', async () => {
    const user = userEvent.setup();
    const store = createAppStore();
    render(
      <StoreProvider store={store}>
        <ExportImageMenu />
      </StoreProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Export image…' }));
    await user.click(screen.getByTestId('export-svg'));
    expect(store.getState().ui.error?.message).toBe('There is no graph on the page to export.');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
