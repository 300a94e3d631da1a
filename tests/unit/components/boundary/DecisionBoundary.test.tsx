// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DecisionBoundary,
  type DecisionBoundaryProps,
} from '../../../../src/components/boundary/DecisionBoundary';
import { PLANE_EXTENT, plotFrame, plotScales } from '../../../../src/viz/boundary';
import { heatmapRgb } from '../../../../src/viz/heatmap';

const train = [
  { x: [0.5, 0.5], y: [1] },
  { x: [-0.5, -0.5], y: [0] },
  { x: [0.5, -0.5], y: [0] },
];
const test = [{ x: [-0.5, 0.5], y: [1] }];

const SIZE = 320;
const frame = plotFrame(SIZE, SIZE, false, true);
const scales = plotScales(frame, PLANE_EXTENT, PLANE_EXTENT);

function renderPlot(overrides: Partial<DecisionBoundaryProps> = {}) {
  const props: DecisionBoundaryProps = {
    train,
    test,
    task: 'classification',
    evaluate: (x1, x2) => (x1 * x2 > 0 ? 1 : 0),
    range: [0, 1],
    revision: 0,
    width: SIZE,
    height: SIZE,
    ...overrides,
  };
  const view = render(<DecisionBoundary {...props} />);
  const overlay = view.container.querySelector('svg[data-testid="boundary-overlay"]');
  if (!(overlay instanceof SVGSVGElement)) throw new Error('overlay svg missing');
  // jsdom has no layout: the overlay sits at (10, 20) at its own size.
  overlay.getBoundingClientRect = () =>
    ({ left: 10, top: 20, width: SIZE, height: SIZE, right: 10 + SIZE, bottom: 20 + SIZE }) as DOMRect;
  return { ...view, overlay, props };
}

const clickAt = (overlay: SVGSVGElement, x1: number, x2: number) =>
  fireEvent.click(overlay, { clientX: 10 + scales.x(x1), clientY: 20 + scales.y(x2) });

/** A stand-in 2-D context that records what putImageData received. */
function fakeContext() {
  const puts: Uint8ClampedArray[] = [];
  const context = {
    createImageData: (w: number, h: number) => ({
      width: w,
      height: h,
      data: new Uint8ClampedArray(w * h * 4),
    }),
    putImageData: (image: { data: Uint8ClampedArray }) => puts.push(image.data.slice()),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
    context as unknown as CanvasRenderingContext2D,
  );
  return puts;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DecisionBoundary, classification', () => {
  it('renders the heatmap canvas with a description of what it shows', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    renderPlot();
    const canvas = screen.getByRole('img', {
      name: 'Decision boundary: network output over the input plane, 3 training and 1 test points',
    });
    expect(canvas.tagName).toBe('CANVAS');
    expect(canvas).toHaveAttribute('data-testid', 'decision-boundary');
    expect(document.querySelector('[data-testid="fitted-curve"]')).toBeNull();
  });

  it('draws points with train and test told apart, class by shape', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const { overlay } = renderPlot();
    const trainPoints = overlay.querySelectorAll('.boundary__point--train');
    const testPoints = overlay.querySelectorAll('.boundary__point--test');
    expect(trainPoints).toHaveLength(3);
    expect(testPoints).toHaveLength(1);
    expect(Array.from(trainPoints, (p) => [p.tagName, p.getAttribute('data-label')])).toEqual([
      ['circle', '1'],
      ['rect', '0'],
      ['rect', '0'],
    ]);
    expect(testPoints[0]).toHaveAttribute('cx', String(scales.x(-0.5)));
    expect(testPoints[0]).toHaveAttribute('cy', String(scales.y(0.5)));
  });

  it('draws each training point on a halo of its own shape, and a test point without one', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const { overlay } = renderPlot();
    const geometry = (shape: Element) =>
      ['cx', 'cy', 'r', 'x', 'y', 'width', 'height'].map((name) => shape.getAttribute(name));
    const halos = overlay.querySelectorAll('.boundary__halo');
    expect(halos).toHaveLength(3);
    halos.forEach((halo) => {
      const point = halo.nextElementSibling!;
      expect(point).toHaveClass('boundary__point--train');
      expect([halo.tagName, ...geometry(halo)]).toEqual([point.tagName, ...geometry(point)]);
    });
    expect(overlay.querySelector('.boundary__point--test')!.previousElementSibling).not.toHaveClass(
      'boundary__halo',
    );
  });

  it('paints the sampled output into the canvas and repaints when revision changes', async () => {
    const puts = fakeContext();
    const evaluate = vi.fn((x1: number) => (x1 > 0 ? 1 : 0));
    const { rerender, props } = renderPlot({ evaluate });
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(evaluate).toHaveBeenCalledTimes(2500);
    const first = puts[0]!;
    // Top-left cell (x₁ < 0) has the class 0 (low) colour; top-right (x₁ > 0) the class 1 (high) one.
    expect(Array.from(first.subarray(0, 4))).toEqual([...heatmapRgb(0), 255]);
    expect(Array.from(first.subarray(49 * 4, 50 * 4))).toEqual([...heatmapRgb(1), 255]);

    rerender(<DecisionBoundary {...props} />);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(puts).toHaveLength(1);
    rerender(<DecisionBoundary {...props} revision={1} />);
    await waitFor(() => expect(puts).toHaveLength(2));
  });

  it('adds a point of the chosen class at the clicked plane coordinates', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const onAddPoint = vi.fn();
    const { overlay } = renderPlot({ onAddPoint });
    expect(screen.getByRole('radio', { name: 'Class 1' })).toBeChecked();
    clickAt(overlay, 0.25, -0.75);
    expect(onAddPoint).toHaveBeenCalledTimes(1);
    const [x1, x2, label] = onAddPoint.mock.calls[0]!;
    expect(x1).toBeCloseTo(0.25, 10);
    expect(x2).toBeCloseTo(-0.75, 10);
    expect(label).toBe(1);

    await userEvent.setup().click(screen.getByRole('radio', { name: 'Class 0' }));
    clickAt(overlay, -1, 1);
    expect(onAddPoint).toHaveBeenLastCalledWith(expect.closeTo(-1, 10), expect.closeTo(1, 10), 0);
  });

  it('ignores clicks on the axis margins', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const onAddPoint = vi.fn();
    const { overlay } = renderPlot({ onAddPoint });
    fireEvent.click(overlay, { clientX: 10 + frame.left - 5, clientY: 20 + frame.top + 10 });
    expect(onAddPoint).not.toHaveBeenCalled();
  });

  it('removes the clicked point instead of adding one', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const onAddPoint = vi.fn();
    const onRemovePoint = vi.fn();
    const { overlay } = renderPlot({ onAddPoint, onRemovePoint });
    fireEvent.click(overlay, { clientX: 10 + scales.x(-0.5) + 3, clientY: 20 + scales.y(0.5) - 3 });
    expect(onRemovePoint).toHaveBeenCalledWith('test', 0);
    clickAt(overlay, 0.5, -0.5);
    expect(onRemovePoint).toHaveBeenLastCalledWith('train', 2);
    expect(onAddPoint).not.toHaveBeenCalled();
  });

  it('is read-only without the editing callbacks', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    renderPlot();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByText(/Click the plot/)).not.toBeInTheDocument();
  });

  it('says which hidden unit it shows when showingLabel is set', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    renderPlot({ showingLabel: 'Layer 1, unit 3' });
    expect(screen.getByText('Showing Layer 1, unit 3')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Decision boundary: output of Layer 1, unit 3 over the input plane/ }),
    ).toBeInTheDocument();
  });
});

describe('DecisionBoundary, 1-D regression', () => {
  const sine = [
    { x: [-0.5], y: [-1] },
    { x: [0], y: [0] },
    { x: [0.5], y: [1] },
  ];

  it('draws the fitted curve over the points and no canvas', () => {
    const { container, overlay } = renderPlot({
      task: 'regression',
      train: sine,
      test: [{ x: [0.25], y: [0.7] }],
      evaluate: (x) => Math.sin(Math.PI * x),
      range: 'auto',
    });
    expect(container.querySelector('canvas')).toBeNull();
    const curve = screen.getByTestId('fitted-curve');
    expect(curve.getAttribute('d')).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+){199}$/);
    expect(
      screen.getByRole('img', { name: 'Fitted curve: network output over x₁, 3 training and 1 test points' }),
    ).toBeInTheDocument();
    expect(overlay.querySelectorAll('circle.boundary__point--train')).toHaveLength(3);
    expect(overlay.querySelectorAll('circle.boundary__point--test')).toHaveLength(1);
  });

  it('follows new weights: the curve changes with revision', () => {
    let slope = 1;
    const evaluate = (x: number) => slope * x;
    const { rerender, props } = renderPlot({
      task: 'regression',
      train: sine,
      test: [],
      evaluate,
      range: 'auto',
    });
    const before = screen.getByTestId('fitted-curve').getAttribute('d');
    slope = -1;
    rerender(<DecisionBoundary {...props} revision={1} />);
    expect(screen.getByTestId('fitted-curve').getAttribute('d')).not.toBe(before);
  });

  it('removes a clicked point but offers no class picker', () => {
    const onAddPoint = vi.fn();
    const onRemovePoint = vi.fn();
    const { overlay } = renderPlot({
      task: 'regression',
      train: sine,
      test: [],
      evaluate: (x) => x,
      range: 'auto',
      onAddPoint,
      onRemovePoint,
    });
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    const point = overlay.querySelector('[data-set="train"][data-index="2"]')!;
    fireEvent.click(overlay, {
      clientX: 10 + Number(point.getAttribute('cx')),
      clientY: 20 + Number(point.getAttribute('cy')),
    });
    expect(onRemovePoint).toHaveBeenCalledWith('train', 2);
    fireEvent.click(overlay, { clientX: 10 + SIZE / 2, clientY: 20 + 20 });
    expect(onAddPoint).not.toHaveBeenCalled();
  });
});
