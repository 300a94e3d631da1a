/**
 * A picture of a drawn SVG (the network graph, the loss chart) for slides: a standalone SVG file whose
 * look no longer depends on the page's stylesheets, and a PNG rendered from it. Written over any
 * `<svg>`, so it follows the graph whatever shape its layout takes.
 *
 * The page styles the SVG with CSS classes; a file opened on its own has none of them. So every
 * element gets the presentation properties the browser computed for it as an inline style (only
 * those that differ from what it inherits, to keep the file small). No `<foreignObject>`: some
 * browsers draw it blank on a canvas.
 */

import { drawnStrokes } from '../graph/EdgeCanvas';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Inherited properties: written where they differ from the parent's computed value. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Properties that are not inherited, with the value that needs no mention. */
const OWN: readonly (readonly [string, string])[] = [
  ['opacity', '1'],
  ['filter', 'none'],
  ['alignment-baseline', 'auto'],
];

/** Attributes for the page only (focus order, pointer hit areas). */
const PAGE_ONLY_ATTRIBUTES = ['tabindex', 'focusable'];

export interface SvgPicture {
  /** The SVG file's text, with an XML declaration. */
  text: string;
  /** Size in CSS pixels, as drawn on screen. */
  width: number;
  height: number;
}

function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  const declarations: string[] = [];
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    if (value && (!parent || parent.getPropertyValue(name) !== value)) declarations.push(`${name}:${value}`);
  }
  for (const [name, initial] of OWN) {
    const value = style.getPropertyValue(name);
    if (value && value !== initial) declarations.push(`${name}:${value}`);
  }
  if (declarations.length) target.setAttribute('style', declarations.join(';'));
  else target.removeAttribute('style');
  for (const name of PAGE_ONLY_ATTRIBUTES) target.removeAttribute(name);

  const sources = [...source.children];
  const targets = [...target.children];
  sources.forEach((child, k) => {
    const copy = targets[k]!;
    if (getComputedStyle(child).display === 'none') copy.remove();
    else inlineStyles(child, copy, style);
  });
}

/** The viewBox as numbers, or null when it is absent or unreadable. */
function viewBoxOf(svg: SVGSVGElement): [number, number, number, number] | null {
  const parts = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) && parts[2]! > 0 && parts[3]! > 0
    ? (parts as [number, number, number, number])
    : null;
}

/**
 * A canvas drawn under the SVG (the decision boundary's heat map) as an `<image>` at the same place,
 * in the SVG's user units.
 */
function canvasImage(canvas: HTMLCanvasElement, svgBox: DOMRect, scale: [number, number]): SVGImageElement {
  const box = canvas.getBoundingClientRect();
  const image = document.createElementNS(SVG_NS, 'image');
  image.setAttribute('href', canvas.toDataURL('image/png'));
  image.setAttribute('x', String((box.left - svgBox.left) * scale[0]));
  image.setAttribute('y', String((box.top - svgBox.top) * scale[1]));
  image.setAttribute('width', String(box.width * scale[0]));
  image.setAttribute('height', String(box.height * scale[1]));
  image.setAttribute('preserveAspectRatio', 'none');
  const rendering = getComputedStyle(canvas).getPropertyValue('image-rendering');
  if (rendering && rendering !== 'auto') image.setAttribute('style', `image-rendering:${rendering}`);
  return image;
}

/**
 * The graph's edge lines, drawn on a canvas on the page, as SVG lines at the same place: a picture
 * stays sharp at any size. Null for a canvas that is not the graph's (the heat map).
 */
function canvasLines(
  canvas: HTMLCanvasElement,
  svgBox: DOMRect,
  scale: [number, number],
): SVGGElement | null {
  const strokes = drawnStrokes(canvas);
  if (!strokes) return null;
  const box = canvas.getBoundingClientRect();
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute(
    'transform',
    `translate(${(box.left - svgBox.left) * scale[0]} ${(box.top - svgBox.top) * scale[1]}) scale(${scale[0]} ${scale[1]})`,
  );
  group.setAttribute('stroke-linecap', 'round');
  for (const stroke of strokes) {
    const line = document.createElementNS(SVG_NS, 'line');
    line.setAttribute('data-line', stroke.id);
    for (const name of ['x1', 'y1', 'x2', 'y2'] as const) line.setAttribute(name, String(stroke[name]));
    line.setAttribute('stroke', stroke.color);
    line.setAttribute('stroke-width', String(stroke.width));
    line.setAttribute('stroke-opacity', String(stroke.opacity));
    group.append(line);
  }
  return group;
}

/**
 * A standalone copy of `svg` as drawn now: computed styles inlined, a white background, an xmlns.
 * `underlays` are canvases shown beneath it on the page; they go in behind the drawing, as images,
 * or the graph's lines as SVG lines.
 */
export function standaloneSvg(svg: SVGSVGElement, underlays: readonly HTMLCanvasElement[] = []): SvgPicture {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 0;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 0;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy, null);
  copy.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const viewBox = viewBoxOf(svg) ?? [0, 0, width, height];
  copy.setAttribute('viewBox', viewBox.join(' '));
  const background = document.createElementNS(SVG_NS, 'rect');
  (['x', 'y', 'width', 'height'] as const).forEach((name, k) =>
    background.setAttribute(name, String(viewBox[k])),
  );
  background.setAttribute('fill', '#ffffff');
  const scale: [number, number] = [
    box.width > 0 ? viewBox[2] / box.width : 1,
    box.height > 0 ? viewBox[3] / box.height : 1,
  ];
  const images = underlays.map(
    (canvas) => canvasLines(canvas, box, scale) ?? canvasImage(canvas, box, scale),
  );
  images.forEach((image) =>
    image.setAttribute(
      'transform',
      `translate(${viewBox[0]} ${viewBox[1]}) ${image.getAttribute('transform') ?? ''}`.trim(),
    ),
  );
  copy.prepend(background, ...images);
  const text = new XMLSerializer().serializeToString(copy);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`, width, height };
}

/** At least 2× the screen size, and never narrower than 1000 px: sharp on a projector and on a slide. */
export function pngScale(width: number): number {
  return Math.max(2, width > 0 ? 1000 / width : 2);
}

/** The picture rendered to PNG at `scale` times its size, on white. */
export async function svgToPng(picture: SvgPicture, scale = pngScale(picture.width)): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw on a canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
      'image/png',
    ),
  );
}
