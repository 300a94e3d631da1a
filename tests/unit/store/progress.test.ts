// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialProgress, nextBatch } from '../../../src/store/progress';

describe('Play batching: nextBatch', () => {
  it('walks a seeded shuffled order in batches, the last batch of an epoch shorter', () => {
    let progress = initialProgress(10, 42);
    expect([...progress.order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const sizes: number[] = [];
    const seen: number[] = [];
    while (progress.epoch === 0) {
      const batch = nextBatch(progress, 4);
      sizes.push(batch.count);
      seen.push(...batch.indices.slice(batch.start, batch.start + batch.count));
      progress = batch.next;
    }
    expect(sizes).toEqual([4, 4, 2]);
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(progress.samplesSeen).toBe(10);
    expect(progress.position).toBe(0);
  });

  it('shuffles each epoch anew, the same way for the same seed', () => {
    const orders = (seed: number) => {
      let progress = initialProgress(20, seed);
      const result = [progress.order];
      for (let epoch = 0; epoch < 3; epoch++) {
        progress = nextBatch(progress, 20).next;
        result.push(progress.order);
      }
      return result;
    };
    const a = orders(7);
    expect(a[1]).not.toEqual(a[0]);
    expect(a[2]).not.toEqual(a[1]);
    expect(orders(7)).toEqual(a);
    expect(orders(8)).not.toEqual(a);
  });
});
