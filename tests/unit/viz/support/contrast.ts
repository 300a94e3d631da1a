/** WCAG 2.1 contrast arithmetic for the palette tests: relative luminance, ratio, alpha blending. */
import { color, rgb } from 'd3-color';

function parse(css: string) {
  const parsed = color(css);
  if (!parsed) throw new Error(`not a colour: ${css}`);
  return parsed.rgb();
}

/** WCAG relative luminance of an opaque colour. */
export function luminance(css: string): number {
  const { r, g, b } = parse(css);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 … 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export function contrastOnWhite(css: string): number {
  return contrast(css, '#ffffff');
}

/** `top` painted at `alpha` opacity over the opaque `bottom`. */
export function over(top: string, alpha: number, bottom: string): string {
  const t = parse(top);
  const u = parse(bottom);
  const mix = (x: number, y: number) => x * alpha + y * (1 - alpha);
  return rgb(mix(t.r, u.r), mix(t.g, u.g), mix(t.b, u.b)).formatHex();
}
