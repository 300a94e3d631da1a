// @vitest-environment jsdom
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
  ASCENT_EM,
  DESCENT_EM,
  centredTextBlock,
  fitStepTicks,
  estimateTextWidth,
  labelExtent,
  staggerLabels,
  wrapText,
  type StepTick,
} from '../../../src/viz/chartTextLayout';
import { formatStep } from '../../../src/viz/lossChart';

const WIDTHS = Array.from({ length: (640 - 260) / 4 + 1 }, (_, i) => 260 + i * 4);
const FONT_SIZES = [12, 16];
/** Last steps from 1 to 1e6, a few per decade, plus the run lengths that used to collide. */
const LAST_STEPS = [
  ...Array.from({ length: 25 }, (_, i) => Math.round(10 ** (i / 4))),
  50_000,
  100_000,
  120_000,
  200_000,
  400_000,
  450_000,
  999_999,
];
/** Step domains as the chart builds them: [first, last], a single step padded by one either side. */
const DOMAINS: [number, number][] = [
  [0, 2],
  ...LAST_STEPS.filter((n) => n > 1).map((n): [number, number] => [1, n]),
  [999_000, 1_000_000],
  [40_001, 160_000],
];

/** The pixel box of a tick label as ChartAxes draws it: estimated width, placed by its anchor. */
function tickBox(tick: StepTick, fontSize: number) {
  return labelExtent(tick.position, estimateTextWidth(tick.label, fontSize), tick.anchor);
}

describe('fitStepTicks', () => {
  it('keeps every step label inside the plot and apart from its neighbours at 260–640 px, 12 and 16 px', () => {
    const problems: string[] = [];
    let cases = 0;
    for (const fontSize of FONT_SIZES) {
      for (const width of WIDTHS) {
        // The chart's plot without and with the accuracy axis on the right.
        for (const rightMargin of [16, 80]) {
          const [left, right] = [fontSize * 5 + 8, width - rightMargin];
          for (const domain of DOMAINS) {
            const ticks = fitStepTicks(scaleLinear().domain(domain).range([left, right]), fontSize);
            const where = `${width}px, ${fontSize}px, steps ${domain.join('–')}: ${ticks.map((t) => t.label).join(' ')}`;
            if (ticks.length === 0) problems.push(`no tick at ${where}`);
            if (!ticks.every((t) => Number.isInteger(t.value))) problems.push(`fractional step at ${where}`);
            const boxes = ticks.map((tick) => tickBox(tick, fontSize));
            boxes.forEach((box, i) => {
              if (box.left < left - 0.5 || box.right > right + 0.5)
                problems.push(`outside the plot at ${where}`);
              const previous = boxes[i - 1];
              if (previous && box.left - previous.right < 4) problems.push(`overlap at ${where}`);
            });
            cases++;
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });

  it('spaces "50,000" and "100,000" apart on the 272 px presentation chart, where they used to collide', () => {
    const x = scaleLinear().domain([1, 120_000]).range([88, 256]);
    const ticks = fitStepTicks(x, 16);
    const boxes = ticks.map((tick) => tickBox(tick, 16));
    boxes.slice(1).forEach((box, i) => expect(box.left).toBeGreaterThan(boxes[i]!.right));
    expect(boxes.at(-1)!.right).toBeLessThanOrEqual(256);
  });

  it('still labels two or more steps wherever six of the widest labels would fit', () => {
    for (const fontSize of FONT_SIZES) {
      for (const width of WIDTHS) {
        const [left, right] = [fontSize * 5 + 8, width - 16];
        for (const domain of DOMAINS) {
          const widest = estimateTextWidth(formatStep(domain[1]), fontSize) + fontSize / 2;
          if (right - left < 6 * widest) continue;
          const ticks = fitStepTicks(scaleLinear().domain(domain).range([left, right]), fontSize);
          expect(ticks.length, `${width}px, ${fontSize}px, steps ${domain.join('–')}`).toBeGreaterThanOrEqual(
            2,
          );
        }
      }
    }
  });

  it('anchors the first label at its start and the last at its end when centring would leave the plot', () => {
    const ticks = fitStepTicks(scaleLinear().domain([0, 2]).range([100, 300]), 12);
    expect(ticks.map((t) => [t.label, t.anchor])).toEqual([
      ['0', 'start'],
      ['1', 'middle'],
      ['2', 'end'],
    ]);
  });
});

describe('wrapText', () => {
  it('breaks between words into lines no wider than the limit, losing no word', () => {
    const text = 'Take a step to see the loss';
    for (const maxWidth of [60, 100, 150, 400]) {
      const lines = wrapText(text, maxWidth, 16);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) {
        if (line.includes(' ')) expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(maxWidth);
      }
    }
    expect(wrapText(text, 1000, 12)).toEqual([text]);
  });

  it('puts a word wider than the limit on a line of its own', () => {
    expect(wrapText('a extraordinarily b', 40, 12)).toEqual(['a', 'extraordinarily', 'b']);
  });
});

describe('centredTextBlock', () => {
  it('fits the hint inside the rectangle, shrinking the text only when wrapping is not enough', () => {
    const rect = { left: 88, right: 256, top: 8, bottom: 172 };
    const block = centredTextBlock('Take a step to see the loss', rect, 16);
    expect(block.fontSize).toBe(16);
    expect(block.lines).toEqual(['Take a step to', ' see the loss']);
    const small = { left: 0, right: 120, top: 0, bottom: 40 };
    const tiny = centredTextBlock('Take a step to see the loss', small, 16);
    expect(tiny.fontSize).toBeLessThan(16);
    expect(tiny.fontSize).toBeGreaterThanOrEqual(10);
    const widest = Math.max(...tiny.lines.map((line) => estimateTextWidth(line, tiny.fontSize)));
    expect(tiny.x - widest / 2).toBeGreaterThanOrEqual(small.left);
    expect(tiny.x + widest / 2).toBeLessThanOrEqual(small.right);
    expect(tiny.y - ASCENT_EM * tiny.fontSize).toBeGreaterThanOrEqual(small.top);
    const lastBaseline = tiny.y + (tiny.lines.length - 1) * tiny.lineHeight;
    expect(lastBaseline + DESCENT_EM * tiny.fontSize).toBeLessThanOrEqual(small.bottom);
  });
});

describe('staggerLabels', () => {
  const plot = { left: 0, right: 500 };

  it('keeps labels that do not collide on the first row', () => {
    const placed = staggerLabels(
      [
        { x: 10, width: 50 },
        { x: 200, width: 50 },
      ],
      plot,
      3,
    );
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });

  it('moves colliding labels to later rows so no two overlap', () => {
    const labels = [10, 20, 30, 100].map((x) => ({ x, width: 60 }));
    const placed = staggerLabels(labels, plot, 3);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 2, 0]);
    const boxes = placed.map((p, i) => ({ row: p.row, left: p.textX, right: p.textX + labels[i]!.width }));
    for (const a of boxes) {
      for (const b of boxes) {
        if (a !== b && a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
      }
    }
  });

  it('leaves a label out when every row is taken', () => {
    const placed = staggerLabels(
      [10, 12, 14].map((x) => ({ x, width: 60 })),
      plot,
      2,
    );
    expect(placed.map((p) => p.row)).toEqual([0, 1, null]);
  });

  it('flips a label to the left of its line near the right edge', () => {
    const [placed] = staggerLabels([{ x: 480, width: 60 }], plot, 1);
    expect(placed).toEqual({ row: 0, textX: 476, anchor: 'end' });
  });
});

describe('estimateTextWidth', () => {
  // Widths in em that Chromium measured for DejaVu Sans, the widest font system-ui resolves to.
  const measured: [string, number][] = [
    ['100,000', 4.13],
    ['1,000,000', 5.09],
    ['100%', 2.86],
    ['2.5e+4', 3.68],
    ['η = 0.003', 4.97],
    ['Take a step to see the loss', 13.23],
    ['Accuracy', 4.57],
    ['Loss', 2.19],
  ];

  it('bounds the drawn width from above, by at most a quarter of it', () => {
    for (const [text, em] of measured) {
      const estimate = estimateTextWidth(text, 100) / 100;
      expect(estimate, text).toBeGreaterThanOrEqual(em);
      expect(estimate, text).toBeLessThanOrEqual(em * 1.25);
    }
  });

  it('allows for bold text (Chromium: "non-finite" is 5.48 em at weight 600)', () => {
    expect(estimateTextWidth('non-finite', 100, true) / 100).toBeGreaterThanOrEqual(5.48);
    expect(estimateTextWidth('non-finite', 16, true)).toBeGreaterThan(estimateTextWidth('non-finite', 16));
  });

  it('scales with the font size', () => {
    expect(estimateTextWidth('50,000', 16)).toBeCloseTo((estimateTextWidth('50,000', 12) * 16) / 12, 9);
  });
});
