import { useId, useMemo, useState, type MouseEvent } from 'react';
import { format, messages } from '../../i18n';
import {
  PLANE_EXTENT,
  clientToPlot,
  curvePath,
  hitTest,
  insidePlot,
  plotFrame,
  plotScales,
  pointMarks,
  regressionExtent,
  type PlotSample,
} from '../../viz/boundary';
import { BoundaryLegend } from './BoundaryLegend';
import { ClassPicker } from './ClassPicker';
import { HeatmapCanvas } from './HeatmapCanvas';
import { PlotAxes } from './PlotAxes';
import { PointMarks } from './PointMarks';
import './DecisionBoundary.css';

export interface DecisionBoundaryProps {
  /** Raw points before features: x = [x1, x2] for classification (y = [0] or [1]), x = [x] for 1-D regression. */
  train: readonly PlotSample[];
  test: readonly PlotSample[];
  task: 'classification' | 'regression';
  /** The network's output (or a hovered hidden unit's activation) at raw input (x1, x2); x2 is 0 for 1-D. Called ~2,500–10,000 times per redraw, must not allocate. */
  evaluate: (x1: number, x2: number) => number;
  /** Output range of evaluate: [0, 1] for a sigmoid output, [-1, 1] for tanh, or 'auto' to use the sampled min/max. */
  range: readonly [number, number] | 'auto';
  /** Changes whenever the weights change; the canvas is redrawn then (and only then, or on resize/props change). */
  revision: number;
  /** When set, the heatmap shows this hidden unit's output instead ("Layer 1, unit 3"), as TensorFlow Playground does on hover. */
  showingLabel?: string;
  /** Custom data editing; absent = read-only. */
  onAddPoint?: (x1: number, x2: number, label: 0 | 1) => void;
  onRemovePoint?: (set: 'train' | 'test', index: number) => void;
  width?: number;
  height?: number;
  presentation?: boolean;
}

/** A click within this many pixels of a point's centre (or its drawn radius + 2, if larger) removes it. */
const HIT_RADIUS = 6;

/**
 * The data plot. Classification: the network's output over the input plane [−1.2, 1.2]² as a
 * heatmap canvas, the points on an SVG overlay. Regression (1-D data): the fitted curve
 * evaluate(x, 0) over the points, in SVG only. With onAddPoint, a click on empty plane adds a point
 * of the chosen class (classification only); with onRemovePoint, a click on a point removes it.
 */
export function DecisionBoundary({
  train,
  test,
  task,
  evaluate,
  range,
  revision,
  showingLabel,
  onAddPoint,
  onRemovePoint,
  width = 320,
  height = 320,
  presentation = false,
}: DecisionBoundaryProps) {
  const t = messages.boundary;
  // useId's characters are not all valid in url(#…).
  const clipId = `boundary-clip${useId().replace(/[^\w-]/g, '')}`;
  const [newClass, setNewClass] = useState<0 | 1>(1);
  const plane = task === 'classification';
  const frame = useMemo(
    () => plotFrame(width, height, presentation, plane),
    [width, height, presentation, plane],
  );
  const [rangeLo, rangeHi] = range === 'auto' ? [NaN, NaN] : range;
  const scales = useMemo(() => {
    const yExtent = plane
      ? PLANE_EXTENT
      : regressionExtent(train, test, Number.isNaN(rangeLo) ? 'auto' : [rangeLo, rangeHi]);
    return plotScales(frame, PLANE_EXTENT, yExtent);
  }, [frame, plane, train, test, rangeLo, rangeHi]);
  const marks = useMemo(() => pointMarks(train, test, task, scales), [train, test, task, scales]);
  // 200 evaluations: cheap enough to redo on every render, which also follows any weight change.
  const curve = plane ? '' : curvePath(evaluate, scales);

  const canAdd = plane && onAddPoint !== undefined;
  const editable = canAdd || onRemovePoint !== undefined;
  const handleClick = (event: MouseEvent<SVGSVGElement>) => {
    const [px, py] = clientToPlot(
      event.clientX,
      event.clientY,
      event.currentTarget.getBoundingClientRect(),
      frame,
    );
    const hit = onRemovePoint && hitTest(marks, px, py, Math.max(HIT_RADIUS, frame.pointRadius + 2));
    if (hit) onRemovePoint(hit.set, hit.index);
    else if (canAdd && insidePlot(frame, px, py))
      onAddPoint(scales.x.invert(px), scales.y.invert(py), newClass);
  };

  const output = showingLabel === undefined ? t.networkOutput : format(t.unitOutput, { label: showingLabel });
  const description = format(plane ? t.describePlane : t.describeCurve, {
    output,
    train: train.length,
    test: test.length,
  });

  return (
    <figure className={`boundary${presentation ? ' boundary--presentation' : ''}`} style={{ width }}>
      <div className="boundary__header">
        <figcaption className="boundary__title">{plane ? t.title : t.titleCurve}</figcaption>
        {showingLabel !== undefined && (
          <span className="boundary__showing" data-testid="boundary-showing">
            {format(t.showing, { label: showingLabel })}
          </span>
        )}
      </div>
      {canAdd && <ClassPicker value={newClass} onChange={setNewClass} />}
      <div className="boundary__plot" style={{ width, height }}>
        {plane && (
          <HeatmapCanvas
            frame={frame}
            evaluate={evaluate}
            range={range}
            revision={revision}
            label={description}
          />
        )}
        <svg
          className={`boundary__overlay${editable ? ' boundary__overlay--editable' : ''}`}
          data-testid="boundary-overlay"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          fontSize={frame.fontSize}
          onClick={editable ? handleClick : undefined}
          {...(plane ? { 'aria-hidden': true } : { role: 'img', 'aria-label': description })}
        >
          <PlotAxes
            frame={frame}
            scales={scales}
            xLabel={t.x1Axis}
            yLabel={plane ? t.x2Axis : t.targetAxis}
          />
          {!plane && (
            <>
              <clipPath id={clipId}>
                <rect
                  x={frame.left}
                  y={frame.top}
                  width={frame.right - frame.left}
                  height={frame.bottom - frame.top}
                />
              </clipPath>
              <path
                className="boundary__curve"
                data-testid="fitted-curve"
                d={curve}
                clipPath={`url(#${clipId})`}
              />
            </>
          )}
          <PointMarks marks={marks} radius={frame.pointRadius} />
        </svg>
      </div>
      <BoundaryLegend curve={!plane} />
      {editable && <p className="boundary__hint">{canAdd ? t.editHint : t.removeHint}</p>}
    </figure>
  );
}
