import { describe, expect, it } from 'vitest';
import { graphMoveOf, moveInGraph, type GraphMove } from '../../../src/viz/graphNavigation';
import { targetKey, type GraphTarget } from '../../../src/viz/target';

const SIZES = [2, 3, 1];
const node = (layer: number, index: number): GraphTarget => ({ kind: 'node', layer, index });
const edge = (layer: number, to: number, from: number): GraphTarget => ({ kind: 'edge', layer, to, from });
const bias = (layer: number, index: number): GraphTarget => ({ kind: 'bias', layer, index });
const walk = (from: GraphTarget, moves: GraphMove[]) =>
  moves.map((move) => (from = moveInGraph(SIZES, from, move))).map(targetKey);

describe('moveInGraph', () => {
  it('moves within a layer’s units and clamps at its ends', () => {
    expect(walk(node(1, 0), ['down', 'down', 'down', 'up', 'end', 'home'])).toEqual([
      'node:1:1',
      'node:1:2',
      'node:1:2',
      'node:1:1',
      'node:1:2',
      'node:1:0',
    ]);
  });

  it('reads a column of parameters as W | b row by row', () => {
    expect(walk(edge(1, 0, 0), ['down', 'down', 'down', 'rowDown', 'rowUp', 'rowUp', 'end'])).toEqual([
      'edge:1:0:1',
      'bias:1:0',
      'edge:1:1:0',
      'edge:1:2:0',
      'edge:1:1:0',
      'edge:1:0:0',
      'bias:1:2',
    ]);
  });

  it('crosses along what touches: unit → weight leaving or entering it → unit at that end', () => {
    expect(walk(node(0, 1), ['right', 'right', 'right', 'right'])).toEqual([
      'edge:1:0:1',
      'node:1:0',
      'edge:2:0:0',
      'node:2:0',
    ]);
    expect(walk(node(2, 0), ['left', 'down', 'left'])).toEqual(['edge:2:0:0', 'edge:2:0:1', 'node:1:1']);
    expect(walk(bias(1, 2), ['left'])).toEqual(['node:0:1']);
  });

  it('jumps from layer to layer with Shift, keeping the unit number where it exists', () => {
    expect(walk(node(1, 2), ['layerLeft', 'layerRight', 'layerRight', 'layerRight'])).toEqual([
      'node:0:1',
      'node:1:1',
      'node:2:0',
      'node:2:0',
    ]);
  });

  it('goes to the first input and the last output from anywhere', () => {
    expect(walk(edge(2, 0, 2), ['first'])).toEqual(['node:0:0']);
    expect(walk(bias(1, 1), ['last'])).toEqual(['node:2:0']);
  });

  it('stays at the edges of the graph', () => {
    expect(walk(node(0, 0), ['left', 'layerLeft', 'up'])).toEqual(['node:0:0', 'node:0:0', 'node:0:0']);
    expect(walk(node(2, 0), ['right', 'layerRight', 'down'])).toEqual(['node:2:0', 'node:2:0', 'node:2:0']);
  });
});

describe('graphMoveOf', () => {
  it('maps the arrows, Shift+arrows, Home/End and Ctrl+Home/End; nothing else', () => {
    expect(graphMoveOf('ArrowUp', false, false)).toBe('up');
    expect(graphMoveOf('ArrowDown', true, false)).toBe('rowDown');
    expect(graphMoveOf('ArrowLeft', true, false)).toBe('layerLeft');
    expect(graphMoveOf('End', false, true)).toBe('last');
    expect(graphMoveOf('PageDown', false, false)).toBeNull();
    expect(graphMoveOf('f', false, false)).toBeNull();
  });
});
