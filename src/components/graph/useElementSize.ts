import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface Size {
  width: number;
  height: number;
}

/** The element's content box (as ResizeObserver's contentRect), rounded to whole pixels; null if empty. */
function contentSize(element: HTMLElement): Size | null {
  const style = getComputedStyle(element);
  const padding = (a: string, b: string) => (parseFloat(a) || 0) + (parseFloat(b) || 0);
  const width = element.clientWidth - padding(style.paddingLeft, style.paddingRight);
  const height = element.clientHeight - padding(style.paddingTop, style.paddingBottom);
  return width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : null;
}

/**
 * The element's content size, kept up to date with a ResizeObserver and rounded to whole pixels
 * (so sub-pixel jitter does not re-run the layout). Until the first measurement, or where
 * ResizeObserver does not exist (jsdom), returns `fallback`.
 *
 * Both measurements land before the browser paints: the first one in the layout effect, the later
 * ones committed synchronously from the observer (which runs between layout and paint). Left to an
 * ordinary update, a chart drawn at its `fallback` width, or at its old width after its panel
 * narrowed, stayed on screen for a frame or more and scrolled a 320 px page sideways.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: Size): Size {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = (next: Size | null) =>
      setSize((prev) =>
        !next || (prev && prev.width === next.width && prev.height === next.height) ? prev : next,
      );
    update(contentSize(element));
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (!rect || rect.width <= 0 || rect.height <= 0) return;
      flushSync(() => update({ width: Math.round(rect.width), height: Math.round(rect.height) }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size ?? fallback;
}
