import { describe, expect, it } from 'vitest';
import {
  LOG_FLOOR,
  downsampleSeries,
  learningRateChanges,
  learningRateMarkers,
  logSafe,
  lossDomain,
  nearestIndex,
  nonFiniteRuns,
  seriesPath,
  segmentsPath,
  seriesValue,
  stepDomain,
  updateSegments,
  type SeriesVertex,
} from '../../../src/viz/lossChart';
import type { LossPoint } from '../../../src/engine';
import { lossScale } from '../../../src/viz/ticks';

const point = (step: number, loss: number, learningRate = 0.1): LossPoint => ({ step, loss, learningRate });

/** A noisy falling curve; the pattern (not a RNG) keeps it deterministic. */
function curve(n: number): SeriesVertex[] {
  return Array.from({ length: n }, (_, i) => ({ step: i + 1, value: 1 / (1 + i) + ((i * 7919) % 13) / 100 }));
}

describe('logSafe', () => {
  it('clamps 0 and negatives to LOG_FLOOR and keeps positive values', () => {
    expect(logSafe(0)).toBe(LOG_FLOOR);
    expect(logSafe(-3)).toBe(LOG_FLOOR);
    expect(logSafe(0.25)).toBe(0.25);
  });
});

describe('downsampleSeries', () => {
  const value = (v: SeriesVertex) => v.value;

  it('returns short series unchanged', () => {
    const series = curve(800);
    expect(downsampleSeries(series, value)).toEqual(series);
  });

  it('bounds the vertex count for long runs', () => {
    for (const n of [1001, 5000, 123_457]) {
      expect(downsampleSeries(curve(n), value).length).toBeLessThanOrEqual(1000);
    }
    expect(downsampleSeries(curve(5000), value, { recent: 50, maxVertices: 200 }).length).toBeLessThanOrEqual(
      200,
    );
  });

  it('keeps the first vertex and the newest `recent` at full resolution', () => {
    const series = curve(20_000);
    const out = downsampleSeries(series, value, { recent: 500, maxVertices: 1000 });
    expect(out[0]).toEqual(series[0]);
    expect(out.slice(-500)).toEqual(series.slice(-500));
    expect(out.at(-1)).toEqual(series.at(-1));
  });

  it('keeps the minimum and maximum of the older part, so a spike survives', () => {
    const series = curve(20_000);
    series[3_333] = { step: 3_334, value: 1e6 };
    series[7_777] = { step: 7_778, value: -5 };
    const out = downsampleSeries(series, value);
    expect(out).toContainEqual({ step: 3_334, value: 1e6 });
    expect(out).toContainEqual({ step: 7_778, value: -5 });
  });

  it('keeps every bucket’s min and max and stays in step order', () => {
    const series = curve(3_000);
    const out = downsampleSeries(series, value, { recent: 100, maxVertices: 301 });
    // 100 recent + first + 100 buckets of 2899/100 ≈ 29 vertices each.
    const older = series.slice(1, -100);
    for (let b = 0; b < 100; b++) {
      const bucket = older.slice(Math.floor((b * 2899) / 100), Math.floor(((b + 1) * 2899) / 100));
      const values = bucket.map((v) => v.value);
      const min = bucket[values.indexOf(Math.min(...values))];
      const max = bucket[values.indexOf(Math.max(...values))];
      expect(out).toContainEqual(min);
      expect(out).toContainEqual(max);
    }
    const steps = out.map((v) => v.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('turns an all-non-finite bucket into one gap vertex', () => {
    const series = curve(2_000).map((v) => (v.step > 100 && v.step <= 400 ? { ...v, value: Number.NaN } : v));
    const out = downsampleSeries(series, value, { recent: 100, maxVertices: 201 });
    expect(out.some((v) => Number.isNaN(v.value))).toBe(true);
    expect(out.length).toBeLessThanOrEqual(201);
  });
});

describe('downsampleSeries with seriesValue', () => {
  it('takes only the points that carry the series', () => {
    const points: LossPoint[] = [point(1, 0.5), { ...point(2, 0.4), testLoss: 0.6 }];
    expect(downsampleSeries(points, seriesValue.loss)).toEqual([
      { step: 1, value: 0.5 },
      { step: 2, value: 0.4 },
    ]);
    expect(downsampleSeries(points, seriesValue.testLoss)).toEqual([{ step: 2, value: 0.6 }]);
    expect(downsampleSeries(points, seriesValue.accuracy)).toEqual([]);
  });

  it('keeps the first and last test loss of a long run evaluated every tenth step', () => {
    const points = Array.from({ length: 30_000 }, (_, i) => {
      const p = point(i + 1, 1 / (i + 1));
      return i >= 49 && i % 10 === 9 ? { ...p, testLoss: 2 / (i + 1) } : p;
    });
    const out = downsampleSeries(points, seriesValue.testLoss);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out[0]).toEqual({ step: 50, value: 2 / 50 });
    expect(out.at(-1)).toEqual({ step: 30_000, value: 2 / 30_000 });
    expect(out.every((v) => v.step % 10 === 0)).toBe(true);
  });
});

describe('lossDomain', () => {
  it('starts a linear axis at 0 and ignores non-finite values', () => {
    expect(lossDomain([0.5, Number.NaN, 0.2, Infinity], false)).toEqual([0, 0.5]);
  });

  it('floors a zero loss on a log axis instead of producing −∞', () => {
    expect(lossDomain([0, 0.5], true)).toEqual([LOG_FLOOR, 0.5]);
  });

  it('widens a single value and falls back when nothing is finite', () => {
    expect(lossDomain([0.3], true)).toEqual([0.03, 3]);
    expect(lossDomain([Number.NaN], false)).toEqual([0, 1]);
    expect(lossDomain([], true)).toEqual([0.001, 1]);
  });
});

describe('stepDomain', () => {
  it('spans the first to the last step, with room around a single step', () => {
    expect(stepDomain([point(3, 1), point(9, 1)])).toEqual([3, 9]);
    expect(stepDomain([point(1, 1)])).toEqual([0, 2]);
  });

  it('reaches one step past the newest point when it carries its loss after the update', () => {
    expect(stepDomain([{ ...point(1, 0.6), lossAfter: 0.4 }])).toEqual([1, 2]);
    expect(stepDomain([point(1, 1), { ...point(5, 0.6), lossAfter: 0.4 }])).toEqual([1, 6]);
    expect(stepDomain([{ ...point(1, 1), lossAfter: 0.9 }, point(5, 0.6)])).toEqual([1, 5]);
  });
});

describe('updateSegments', () => {
  it('takes the points with a loss after the update, oldest first, at most `limit` newest', () => {
    const points = [
      { ...point(1, 0.9), lossAfter: 0.8 },
      point(50, 0.5), // a Play frame: no after value
      { ...point(51, 0.5), lossAfter: 0.45 },
      { ...point(52, 0.45), lossAfter: 0.41 },
    ];
    expect(updateSegments(points)).toEqual([
      { step: 1, before: 0.9, after: 0.8 },
      { step: 51, before: 0.5, after: 0.45 },
      { step: 52, before: 0.45, after: 0.41 },
    ]);
    expect(updateSegments(points, 2).map((s) => s.step)).toEqual([51, 52]);
    expect(updateSegments([point(1, 1)])).toEqual([]);
  });

  it('draws each as a line from (step, before) to (step + 1, after), leaving out non-finite ones', () => {
    const x = (step: number) => step * 10;
    const y = (value: number) => value * 100;
    const segments = [
      { step: 1, before: 0.9, after: 0.8 },
      { step: 2, before: 0.8, after: Number.NaN },
      { step: 3, before: 0.7, after: 0 },
    ];
    expect(segmentsPath(segments, x, y, false)).toBe('M10,90L20,80M30,70L40,0');
    expect(segmentsPath(segments.slice(2), x, y, true)).toBe(`M30,70L40,${LOG_FLOOR * 100}`);
  });
});

describe('seriesPath', () => {
  const x = (step: number) => step * 10;
  const y = (value: number) => value;

  it('breaks the line at non-finite values', () => {
    const path = seriesPath(
      [
        { step: 0, value: 1 },
        { step: 1, value: 2 },
        { step: 2, value: Number.NaN },
        { step: 3, value: 3 },
        { step: 4, value: 4 },
      ],
      x,
      y,
      false,
    );
    expect(path).toBe('M0,1L10,2M30,3L40,4');
  });

  it('draws a zero loss at LOG_FLOOR on a log axis', () => {
    expect(
      seriesPath(
        [
          { step: 1, value: 0 },
          { step: 2, value: 0.5 },
        ],
        x,
        y,
        true,
      ),
    ).toBe('M10,0L20,0.5');
    const scale = lossScale([LOG_FLOOR, 1], true, [100, 0]);
    expect(
      seriesPath(
        [
          { step: 1, value: 0 },
          { step: 2, value: 1 },
        ],
        x,
        scale,
        true,
      ),
    ).toBe('M10,100L20,0');
  });
});

describe('learningRateChanges', () => {
  it('marks each point whose learning rate differs from the one before', () => {
    const points = [point(1, 1, 0.1), point(2, 1, 0.1), point(3, 1, 0.5), point(4, 1, 0.5), point(5, 1, 0.1)];
    expect(learningRateChanges(points)).toEqual([
      { index: 2, step: 3, learningRate: 0.5 },
      { index: 4, step: 5, learningRate: 0.1 },
    ]);
  });
});

describe('learningRateMarkers', () => {
  it('marks the starting learning rate, then each change', () => {
    const points = [point(1, 1, 0.1), point(2, 1, 0.1), point(3, 1, 0.5)];
    expect(learningRateMarkers(points)).toEqual([
      { index: 0, step: 1, learningRate: 0.1, start: true },
      { index: 2, step: 3, learningRate: 0.5, start: false },
    ]);
    expect(learningRateMarkers([])).toEqual([]);
  });
});

describe('nonFiniteRuns', () => {
  it('reports where each run of NaN or Infinity starts and how long it is', () => {
    const points = [point(1, 1), point(2, Number.NaN), point(3, Infinity), point(4, 1), point(5, -Infinity)];
    expect(nonFiniteRuns(points)).toEqual([
      { index: 1, step: 2, count: 2 },
      { index: 4, step: 5, count: 1 },
    ]);
  });
});

describe('nearestIndex', () => {
  const points = [point(1, 1), point(2, 1), point(5, 1), point(9, 1)];

  it('finds the point nearest a fractional step, ties to the earlier', () => {
    expect(nearestIndex(points, -3)).toBe(0);
    expect(nearestIndex(points, 1.4)).toBe(0);
    expect(nearestIndex(points, 3.5)).toBe(1);
    expect(nearestIndex(points, 3.6)).toBe(2);
    expect(nearestIndex(points, 100)).toBe(3);
    expect(nearestIndex([], 1)).toBe(-1);
  });
});
