/**
 * Legibility checks on SVG drawn in the page (the network graph, the loss chart): the bounding box
 * and computed font size of every visible <text> inside an area, and the ways they break the issue's bar (overlapping
 * another label, leaving the viewport or the graph area, smaller than the minimum size).
 */
import type { Page } from '@playwright/test';

export interface TextBox {
  text: string;
  /** Its graph element ("edge 1:0:1", "node 2:0", "bias 1:1", "callout …"), else its nearest class ("graph-header"). */
  owner: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  fontSize: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Boxes may touch: anti-aliased glyph boxes of neighbours share up to this much. */
const TOUCH = 0.5;

export interface Measured {
  boxes: TextBox[];
  area: Rect;
  viewport: Rect;
}

/**
 * Every visible, non-empty SVG <text> matching `texts` inside the element matching `area` (by default
 * the network graph's labels in the graph area), with the area's and the viewport's rectangles.
 */
export function textBoxes(page: Page, area = '.graph-area', texts = 'svg text'): Promise<Measured> {
  return page.evaluate(
    ([areaSelector, textSelector]) => {
      const container = document.querySelector(areaSelector!)!;
      const boxes = [...container.querySelectorAll(textSelector!)]
        .filter((text) => (text.textContent ?? '').trim() !== '')
        .filter((text) => text.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        .map((text) => {
          const rect = text.getBoundingClientRect();
          const element = text.closest('[data-node], [data-edge], [data-bias], [data-callout]');
          const kind = element
            ? ['node', 'edge', 'bias', 'callout'].find((k) => element.hasAttribute(`data-${k}`))
            : null;
          return {
            text: text.textContent ?? '',
            owner:
              element && kind
                ? `${kind} ${element.getAttribute(`data-${kind}`)}`
                : (text.closest('[class]')?.classList[0] ?? 'text'),
            left: rect.left,
            top: rect.top,
            right: rect.right,
            bottom: rect.bottom,
            fontSize: parseFloat(getComputedStyle(text).fontSize),
          };
        })
        .filter((box) => box.right > box.left && box.bottom > box.top);
      const { left, top, right, bottom } = container.getBoundingClientRect();
      return {
        boxes,
        area: { left, top, right, bottom },
        viewport: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight },
      };
    },
    [area, texts],
  );
}

function describe(box: TextBox): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return `${box.owner} "${box.text}" [${r(box.left)}, ${r(box.top)} – ${r(box.right)}, ${r(box.bottom)}]`;
}

function inside(box: TextBox, rect: Rect): boolean {
  return (
    box.left >= rect.left - TOUCH &&
    box.top >= rect.top - TOUCH &&
    box.right <= rect.right + TOUCH &&
    box.bottom <= rect.bottom + TOUCH
  );
}

/** Every way the drawn labels break the legibility bar, one line per offence, with coordinates. */
function isCallout(box: TextBox): boolean {
  return box.owner.startsWith('callout');
}

export function legibilityProblems({ boxes, area, viewport }: Measured, minFontSize: number): string[] {
  const problems: string[] = [];
  boxes.forEach((box, k) => {
    if (box.fontSize < minFontSize) problems.push(`${box.fontSize}px < ${minFontSize}px: ${describe(box)}`);
    if (!inside(box, viewport)) problems.push(`outside the viewport: ${describe(box)}`);
    else if (!inside(box, area)) problems.push(`outside its area: ${describe(box)}`);
    for (const other of boxes.slice(k + 1)) {
      // A hover callout is a tooltip: an opaque card drawn over everything, so it may cover labels
      // beneath it (they are hidden, not garbled); its own lines must still not collide.
      if (isCallout(box) !== isCallout(other)) continue;
      const width = Math.min(box.right, other.right) - Math.max(box.left, other.left);
      const height = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
      if (width > TOUCH && height > TOUCH) problems.push(`overlap: ${describe(box)} and ${describe(other)}`);
    }
  });
  return problems;
}
