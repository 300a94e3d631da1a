// @vitest-environment node
/**
 * The contrast of the colour pairs the app actually draws, read from the palette in src/viz and the
 * style sheets: text ≥ 4.5:1 against its background, focus rings and meaningful lines ≥ 3:1
 * (WCAG 2.1 1.4.3 and 1.4.11).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heatmapRgb, NON_FINITE_COLOR } from '../../../src/viz/heatmap';
import { STROKE_OPACITY } from '../../../src/viz/edgeStrokes';
import { DIRECTION_COLORS, DIRECTION_TEXT_COLORS, strokeColor, valueColor } from '../../../src/viz/scales';
import { contrast, over } from './support/contrast';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const styles = read('src/styles.css');
const graphCss = read('src/components/graph/graph.css');
const chartCss = read('src/components/chart/LossChart.css');

/** The first match of `pattern`'s group in `text`; fails the test when the rule is gone. */
function find(text: string, pattern: RegExp, what: string): string {
  const value = pattern.exec(text)?.[1];
  if (value === undefined) throw new Error(`${what} not found`);
  return value;
}

/** A custom property's value in a style sheet: `--ink: #111827;`. */
const variable = (css: string, name: string) => find(css, new RegExp(`--${name}:\\s*([^;]+);`), `--${name}`);
/** One declaration of the first rule whose selector list is `selector`. */
function declaration(css: string, selector: string, property: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return find(
    css,
    new RegExp(`${escaped}\\s*\\{[^}]*?\\b${property}:\\s*([^;]+);`),
    `${selector} ${property}`,
  );
}

const paper = variable(styles, 'paper');
const panel = variable(styles, 'panel');
const errorBg = variable(styles, 'error-bg');
const hoverBg = declaration(styles, 'button:hover:not(:disabled)', 'background');

/** Values across the whole scale, both signs, from 0 to beyond saturation. */
const VALUES = [0, ...Array.from({ length: 60 }, (_, k) => 1e-4 * 10 ** (k / 10)).flatMap((v) => [v, -v])];

/** The active layer's band: its direction colour, faint (normal and presentation mode). */
const BANDS = (['forward', 'backward'] as const).flatMap((direction) =>
  [
    declaration(graphCss, '.graph-band', 'fill-opacity'),
    declaration(graphCss, '.graph-svg.is-presentation .graph-band', 'fill-opacity'),
  ].map((opacity) => [DIRECTION_COLORS[direction], Number(opacity)] as const),
);
/** The graph's page: white, or the band over it. */
const GRAPH_GROUNDS = [paper, ...BANDS.map(([band, opacity]) => over(band, opacity, paper))];

/** A text card's tint: NodeView draws valueColor(a) at this opacity (markers and table swatches, without text, at 1). */
const CARD_TINT = Number(
  find(read('src/components/graph/NodeView.tsx'), /fillOpacity=\{opaque \? 1 : ([\d.]+)\}/, 'card tint'),
);

function worst(pairs: [string, string][]): number {
  return Math.min(...pairs.map(([a, b]) => contrast(a, b)));
}

describe('text on the tinted node cards', () => {
  const cards = GRAPH_GROUNDS.flatMap((ground) => VALUES.map((v) => over(valueColor(v), CARD_TINT, ground)));
  const texts = {
    'forward prefix (z, a)': DIRECTION_TEXT_COLORS.forward,
    'backward prefix (dL/dz, dL/da)': DIRECTION_TEXT_COLORS.backward,
    value: find(graphCss, /\.graph-svg \{[^}]*\bfill:\s*([^;]+);/, 'graph text'),
    'pending dash': declaration(graphCss, '.graph-pending', 'fill'),
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`${name} ${text} keeps 4.5:1 on every card`, () => {
      expect(worst(cards.map((card) => [text, card]))).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('was measured on a real range of tints (the darkest card is far from white)', () => {
    expect(Math.max(...cards.map((card) => contrast(card, paper)))).toBeGreaterThan(1.6);
  });
});

describe('edges, the only sign of a weight', () => {
  for (const [state, opacity] of [
    ['active', STROKE_OPACITY.normal],
    ['dimmed', STROKE_OPACITY.dim],
  ] as const) {
    it(`keep 3:1 against the page and under the band when ${state} (opacity ${opacity}), even for a zero weight`, () => {
      // The lines are on a canvas beneath the SVG, so the active layer's band lies over them.
      const layers: (readonly [string | null, number])[] = [[null, 0], ...BANDS];
      const pairs = layers.flatMap(([band, bandOpacity]) => {
        const under = (colour: string) => (band ? over(band, bandOpacity, colour) : colour);
        return VALUES.map((v): [string, string] => [
          under(over(strokeColor(v), opacity, paper)),
          under(paper),
        ]);
      });
      expect(worst(pairs)).toBeGreaterThanOrEqual(3);
    });
  }

  it('the dashed line from a bias to its unit keeps 3:1', () => {
    const link = declaration(graphCss, '.graph-bias-link', 'stroke');
    expect(worst(GRAPH_GROUNDS.map((ground) => [link, ground]))).toBeGreaterThanOrEqual(3);
  });
});

describe('the page', () => {
  const grounds = { paper, panel, 'error banner': errorBg, 'hovered button': hoverBg };

  it('writes text and muted text at 4.5:1 on every panel', () => {
    for (const text of [variable(styles, 'ink'), variable(styles, 'muted')]) {
      expect(worst(Object.values(grounds).map((ground) => [text, ground]))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws the focus ring at 3:1 against every background it appears on', () => {
    const focus = variable(styles, 'focus');
    for (const [name, ground] of Object.entries(grounds)) {
      expect(contrast(focus, ground), `focus ring on ${name}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('outlines a text field or button at 3:1, so it can be found', () => {
    const border = find(styles, /\.number-field \{[^}]*border:\s*1px solid ([^;]+);/, 'field border');
    expect(worst([paper, panel].map((ground) => [border, ground]))).toBeGreaterThanOrEqual(3);
  });

  it('draws every loss-chart series at 3:1 on white and on the grey panel', () => {
    for (const series of ['train', 'test', 'accuracy', 'test-accuracy', 'learning-rate', 'non-finite']) {
      const stroke = variable(chartCss, `loss-chart-${series}`);
      expect(worst([paper, panel].map((ground) => [stroke, ground])), series).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the decision boundary’s data points on its heatmap', () => {
  const boundaryCss = read('src/components/boundary/DecisionBoundary.css');
  const boundaryVar = (name: string) => variable(boundaryCss, `boundary-${name}`);
  const hex = (rgb: readonly number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  /** Every colour the heatmap paints (256 steps from class 0 to class 1, and NaN's grey), and the page. */
  const grounds = [
    ...Array.from({ length: 256 }, (_, k) => hex(heatmapRgb(k / 255))),
    NON_FINITE_COLOR,
    paper,
    panel,
  ];
  const halo = declaration(boundaryCss, '.boundary__halo', 'stroke').replace(
    /var\(--boundary-([a-z-]+)\)/,
    (_, name: string) => boundaryVar(name),
  );
  /** The outermost colour of each kind of point: what meets the heatmap. */
  const edges = {
    'training point (dark halo round its white ring)': halo,
    'test point (dark ring)': boundaryVar('test-stroke'),
  };

  for (const [name, edge] of Object.entries(edges)) {
    it(`${name} ${edge} keeps 3:1 against every heatmap colour`, () => {
      expect(worst(grounds.map((ground) => [edge, ground]))).toBeGreaterThanOrEqual(3);
    });
  }

  it('the halo shows 1px of dark outside a training point’s white ring', () => {
    const ring = Number.parseFloat(declaration(boundaryCss, '.boundary__point', 'stroke-width'));
    const haloWidth = Number.parseFloat(declaration(boundaryCss, '.boundary__halo', 'stroke-width'));
    expect((haloWidth - ring) / 2).toBeGreaterThanOrEqual(1);
  });

  it('needs the halo: the class fills and the white ring alone fade into the heatmap (below 3:1)', () => {
    for (const colour of [boundaryVar('class0'), boundaryVar('class1'), '#ffffff']) {
      expect(worst(grounds.map((ground) => [colour, ground])), colour).toBeLessThan(3);
    }
  });
});
