import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { LossPoint } from '../../engine';
import { nearestIndex } from '../../viz/lossChart';

export interface HoverHandlers {
  onPointerMove(event: PointerEvent<SVGElement>): void;
  onPointerLeave(): void;
  onKeyDown(event: KeyboardEvent<SVGElement>): void;
  onFocus(): void;
  onBlur(): void;
}

/**
 * Which point the tooltip shows: the one nearest the pointer, or the one chosen with ←/→ (Home/End
 * for the ends) while the plot has focus. Null when nothing is inspected.
 */
export function useHoverIndex(
  points: readonly LossPoint[],
  stepAt: (x: number) => number,
  width: number,
): [number | null, HoverHandlers] {
  const [hovered, setHovered] = useState<number | null>(null);
  const last = points.length - 1;
  // A reset shortens the points under a remembered index; showing the newest is the least surprise.
  const index = hovered === null || last < 0 ? null : Math.min(hovered, last);

  const handlers: HoverHandlers = {
    onPointerMove(event) {
      const svg = event.currentTarget.ownerSVGElement ?? event.currentTarget;
      const box = svg.getBoundingClientRect();
      // The SVG may be drawn at another size than its viewBox; map client pixels back to chart pixels.
      const scale = box.width > 0 ? width / box.width : 1;
      const found = nearestIndex(points, stepAt((event.clientX - box.left) * scale));
      setHovered(found < 0 ? null : found);
    },
    onPointerLeave() {
      setHovered(null);
    },
    onKeyDown(event) {
      if (last < 0) return;
      const current = index ?? last;
      const next: Record<string, number> = {
        ArrowLeft: Math.max(0, current - 1),
        ArrowRight: Math.min(last, current + 1),
        Home: 0,
        End: last,
      };
      const target = next[event.key];
      if (target === undefined) return;
      // ←/→ also step the training cursor app-wide; inside the chart they only move the tooltip.
      event.preventDefault();
      event.stopPropagation();
      setHovered(target);
    },
    onFocus() {
      if (last >= 0) setHovered((h) => h ?? last);
    },
    onBlur() {
      setHovered(null);
    },
  };
  return [index, handlers];
}
