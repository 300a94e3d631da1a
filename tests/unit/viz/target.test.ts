import { describe, expect, it } from 'vitest';
import { cellId } from '../../../src/viz/target';

describe('cellId', () => {
  it('names a weight W:L:I:J (unit I of layer L, from unit J) and a bias b:L:I, as the DOM contract does', () => {
    expect(cellId({ kind: 'edge', layer: 2, to: 0, from: 1 })).toBe('W:2:0:1');
    expect(cellId({ kind: 'bias', layer: 1, index: 3 })).toBe('b:1:3');
  });

  it('has no cell for a node', () => {
    expect(cellId({ kind: 'node', layer: 1, index: 0 })).toBeNull();
  });
});
