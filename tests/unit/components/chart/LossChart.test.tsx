// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LossChart } from '../../../../src/components/chart/LossChart';
import type { LossPoint } from '../../../../src/engine';

const points: LossPoint[] = [
  { step: 1, loss: 0.69314718, learningRate: 0.1 },
  { step: 2, loss: 0.512345, learningRate: 0.1 },
  { step: 3, loss: 0.40001, learningRate: 0.5 },
  { step: 4, loss: 0.2512, learningRate: 0.5 },
  { step: 5, loss: 0.1234567, learningRate: 0.01 },
];

function renderChart(overrides: Partial<Parameters<typeof LossChart>[0]> = {}) {
  const onToggleLogScale = vi.fn();
  const view = render(
    <LossChart points={points} logScale={false} onToggleLogScale={onToggleLogScale} {...overrides} />,
  );
  const svg = view.container.querySelector('svg[data-testid="loss-chart"]');
  if (!(svg instanceof SVGSVGElement)) throw new Error('loss chart svg missing');
  return { ...view, svg, onToggleLogScale };
}

const paths = (svg: SVGSVGElement) =>
  Array.from(svg.querySelectorAll('path.loss-chart__series'), (p) => ({
    className: p.getAttribute('class') ?? '',
    d: p.getAttribute('d') ?? '',
  }));

describe('LossChart', () => {
  it('shows a hint and no inspector before the first step', () => {
    const { svg } = renderChart({ points: [] });
    // Drawn in the SVG, wrapped into the plot, yet still one sentence to read.
    expect(svg).toContainElement(screen.getByText('Take a step to see the loss'));
    expect(svg).toBeInTheDocument();
    expect(paths(svg)).toEqual([]);
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });

  it('draws the train loss as one line', () => {
    const { svg } = renderChart();
    expect(screen.queryByText('Take a step to see the loss')).not.toBeInTheDocument();
    const [train, ...rest] = paths(svg);
    expect(rest).toEqual([]);
    expect(train?.className).toContain('loss-chart__series--loss');
    expect(train?.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/);
  });

  it('draws one step-by-step update as a drop from its loss before to after, and says both in the tooltip', () => {
    const { svg } = renderChart({
      points: [{ step: 1, loss: 0.6397, learningRate: 0.5, lossAfter: 0.3791 }],
    });
    const [train, after, ...rest] = paths(svg);
    expect(rest).toEqual([]);
    expect(train?.className).toContain('loss-chart__series--loss');
    expect(after?.className).toContain('loss-chart__series--lossAfter');
    expect(after?.d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(svg.querySelector('circle.loss-chart__after-dot')).not.toBeNull();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Train loss', 'After update']);
    fireEvent.pointerMove(screen.getByRole('slider', { name: 'Inspect the loss curve' }), { clientX: 0 });
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Step 1Loss 0.6397After update 0.3791Learning rate 0.5',
    );
  });

  it('calls onToggleLogScale when "Log scale" is clicked and reflects the logScale prop', async () => {
    const user = userEvent.setup();
    const { onToggleLogScale, rerender } = renderChart();
    const toggle = screen.getByRole('checkbox', { name: 'Log scale' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(onToggleLogScale).toHaveBeenCalledTimes(1);
    rerender(<LossChart points={points} logScale onToggleLogScale={onToggleLogScale} />);
    expect(screen.getByRole('checkbox', { name: 'Log scale' })).toBeChecked();
  });

  it('marks the starting learning rate and labels each change with its new value', () => {
    const { svg } = renderChart();
    expect(svg).toContainElement(screen.getByText('η = 0.1'));
    expect(svg).toContainElement(screen.getByText('η = 0.5'));
    expect(svg).toContainElement(screen.getByText('η = 0.01'));
    const markers = svg.querySelectorAll('.loss-chart__marker--learningRate line');
    expect(markers).toHaveLength(3);
    expect(markers[0]?.parentElement?.querySelector('title')).toHaveTextContent(
      'Learning rate 0.1 from step 1',
    );
  });

  it('keeps a zero loss and non-finite losses out of a log-scale path and marks the non-finite run', () => {
    const broken: LossPoint[] = [
      { step: 1, loss: 0.5, learningRate: 0.1 },
      { step: 2, loss: 0, learningRate: 0.1 },
      { step: 3, loss: Number.NaN, learningRate: 0.1 },
      { step: 4, loss: Infinity, learningRate: 0.1 },
      { step: 5, loss: 0.25, learningRate: 0.1 },
    ];
    const { svg } = renderChart({ points: broken, logScale: true });
    const [train] = paths(svg);
    expect(train?.d).not.toMatch(/NaN|Infinity/);
    // Two pieces: steps 1–2, then step 5 alone.
    expect(train?.d.match(/M/g)).toHaveLength(2);
    const [marker, ...more] = screen.getAllByText('non-finite');
    expect(svg).toContainElement(marker ?? null);
    expect(more).toEqual([]);
  });

  it('adds a dashed test-loss line, accuracy on a second axis and a legend entry for each', () => {
    const withTest = points.map((p, i) => ({
      ...p,
      testLoss: p.loss + 0.1,
      accuracy: i / 4,
      testAccuracy: i / 5,
    }));
    const { svg } = renderChart({ points: withTest });
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Train loss', 'Test loss', 'Train accuracy', 'Test accuracy']);
    expect(paths(svg).map((p) => p.className.split('--')[1])).toEqual([
      'loss',
      'testLoss',
      'accuracy',
      'testAccuracy',
    ]);
    expect(svg).toContainElement(screen.getByText('Accuracy'));
    expect(svg).toContainElement(screen.getByText('100%'));
  });

  it('shows step, loss to 4 significant digits and learning rate for the point under the pointer', () => {
    renderChart();
    const plot = screen.getByRole('slider', { name: 'Inspect the loss curve' });
    fireEvent.pointerMove(plot, { clientX: 0 });
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Step 1');
    expect(tooltip).toHaveTextContent('Loss 0.6931');
    expect(tooltip).toHaveTextContent('Learning rate 0.1');
    fireEvent.pointerMove(plot, { clientX: 10_000 });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Step 5Loss 0.1235Learning rate 0.01');
    fireEvent.pointerLeave(plot);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('moves the inspected point with ←/→ and Home without passing the keys on', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.tab(); // the Log scale checkbox
    await user.tab();
    const plot = screen.getByRole('slider', { name: 'Inspect the loss curve' });
    expect(plot).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Step 5');
    // App-wide shortcuts listen on window; ← there would undo a training step.
    const appShortcut = vi.fn();
    window.addEventListener('keydown', appShortcut);
    try {
      await user.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(screen.getByRole('tooltip')).toHaveTextContent('Step 3Loss 0.4Learning rate 0.5');
      expect(plot).toHaveAttribute('aria-valuenow', '3');
      await user.keyboard('{Home}{ArrowLeft}');
      expect(screen.getByRole('tooltip')).toHaveTextContent('Step 1');
      await user.keyboard('{ArrowRight}');
      expect(screen.getByRole('tooltip')).toHaveTextContent('Step 2');
      expect(appShortcut).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener('keydown', appShortcut);
    }
  });

  it('sets the SVG text size to 12 px, and to 16 px in presentation mode', () => {
    expect(renderChart().svg).toHaveAttribute('font-size', '12');
    expect(renderChart({ presentation: true }).svg).toHaveAttribute('font-size', '16');
  });
});
