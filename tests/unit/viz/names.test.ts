import { describe, expect, it } from 'vitest';
import {
  biasName,
  elementTitle,
  inputName,
  subscript,
  targetName,
  unitName,
  weightName,
} from '../../../src/viz/names';

describe('names, numbered from 1 as textbooks do', () => {
  it('writes inputs and targets with subscripts', () => {
    expect(subscript(12)).toBe('₁₂');
    expect(inputName(0)).toBe('x₁');
    expect(inputName(1)).toBe('x₂');
    expect(targetName(0)).toBe('y₁');
  });

  it('names units by layer (0 the input layer) and weights as W_layer[to][from]', () => {
    expect(unitName(1, 0)).toBe('unit 1 of layer 1');
    expect(unitName(0, 1)).toBe('x₂');
    expect(weightName(1, 0, 1)).toBe('W1[1][2]');
    expect(biasName(2, 0)).toBe('b2[1]');
  });

  it('titles graph elements from their 0-based DOM-contract keys', () => {
    expect(elementTitle('node', '1:0')).toBe('Unit 1 of layer 1');
    expect(elementTitle('node', '0:1')).toBe('Input x₂');
    expect(elementTitle('edge', '2:0:1')).toBe('Weight W2[1][2]');
    expect(elementTitle('bias', '1:2')).toBe('Bias b1[3]');
    expect(elementTitle('edge', '2:0:1')).toBe('Weight W2[1][2]'); // remembered, the same
  });
});
