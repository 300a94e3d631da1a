/**
 * A chart's width: the size it was designed at, or less when its panel is narrower (a phone, or a
 * 1280 px window zoomed to 400 %), so the page never scrolls sideways. Put the returned ref on a
 * block element that spans the panel.
 */
import { useRef } from 'react';
import { useElementSize } from '../graph/useElementSize';

export function useFittedWidth(preferred: number) {
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box, { width: preferred, height: 1 });
  return [box, Math.min(preferred, width)] as const;
}
