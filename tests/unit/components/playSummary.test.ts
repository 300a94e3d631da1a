import { describe, expect, it } from 'vitest';
import { pauseSummary } from '../../../src/components/controls/PlaySummary';

describe('pauseSummary', () => {
  it('says how many steps Play took and the loss it left, in the singular for one', () => {
    expect(pauseSummary(120, 0.03124)).toBe('Paused after 120 steps, loss 0.03124');
    expect(pauseSummary(1, 0.5)).toBe('Paused after 1 step, loss 0.5');
    expect(pauseSummary(0, 0.25)).toBe('Paused after 0 steps, loss 0.25');
  });

  it('says the loss is not computed when there is none to show', () => {
    expect(pauseSummary(3, null)).toBe('Paused after 3 steps, loss not computed yet');
  });
});
