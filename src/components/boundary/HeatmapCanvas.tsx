import { useEffect, useRef } from 'react';
import type { Extent, PlotFrame } from '../../viz/boundary';
import { GRID_SIZE } from '../../viz/heatmap';
import { drawHeatmap, type HeatmapBuffers } from './drawHeatmap';

interface HeatmapCanvasProps {
  frame: PlotFrame;
  evaluate: (x1: number, x2: number) => number;
  range: Extent | 'auto';
  revision: number;
  label: string;
}

/**
 * The heatmap: a GRID_SIZE² canvas, one pixel per cell, stretched over the plot area by CSS so the
 * browser's smoothing blends the cells. It redraws when revision, evaluate, the range or the grid
 * changes, once per animation frame however many of those changes arrive in it.
 */
export function HeatmapCanvas({ frame, evaluate, range, revision, label }: HeatmapCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const buffersRef = useRef<HeatmapBuffers | null>(null);
  const auto = range === 'auto';
  const [lo, hi] = auto ? [0, 0] : range;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const draw = () => {
      buffersRef.current = drawHeatmap(canvas, evaluate, auto ? 'auto' : [lo, hi], buffersRef.current);
    };
    if (typeof requestAnimationFrame !== 'function') {
      draw();
      return;
    }
    const handle = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(handle);
  }, [revision, evaluate, auto, lo, hi]);

  return (
    <canvas
      ref={canvasRef}
      className="boundary__heatmap"
      data-testid="decision-boundary"
      data-revision={revision}
      role="img"
      aria-label={label}
      width={GRID_SIZE}
      height={GRID_SIZE}
      style={{
        left: frame.left,
        top: frame.top,
        width: frame.right - frame.left,
        height: frame.bottom - frame.top,
      }}
    />
  );
}
