import { memo } from 'react';
import type { PlotFrame, PlotScales } from '../../viz/boundary';
import { axisTicks } from '../../viz/ticks';

interface PlotAxesProps {
  frame: PlotFrame;
  scales: PlotScales;
  xLabel: string;
  yLabel: string;
}

/** Tick marks, tick labels and axis names below and left of the plot area; memoised like the points. */
export const PlotAxes = memo(function PlotAxes({ frame, scales, xLabel, yLabel }: PlotAxesProps) {
  const { left, right, top, bottom, fontSize } = frame;
  return (
    <g className="boundary__axes" aria-hidden="true">
      <rect className="boundary__frame" x={left} y={top} width={right - left} height={bottom - top} />
      {axisTicks(scales.x).map((tick) => (
        <g key={`x${tick.value}`} transform={`translate(${tick.position},${bottom})`}>
          <line y2={4} />
          <text y={6} dy="0.71em" textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {axisTicks(scales.y).map((tick) => (
        <g key={`y${tick.value}`} transform={`translate(${left},${tick.position})`}>
          <line x2={-4} />
          <text x={-6} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      <text className="boundary__axis-name" x={(left + right) / 2} y={frame.height - 2} textAnchor="middle">
        {xLabel}
      </text>
      <text
        className="boundary__axis-name"
        transform={`translate(${fontSize * 0.9},${(top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </g>
  );
});
