import katex from 'katex';
import { describe, expect, it, vi } from 'vitest';
import { renderFormula } from '../../../../src/components/math/katexRender';

describe('renderFormula', () => {
  it('typesets a formula once and answers again from memory, forgetting the oldest beyond 64', () => {
    const typeset = vi.spyOn(katex, 'renderToString');
    const first = renderFormula('z = 0.5·1 + 0.1 = 0.6');
    expect(first).toContain('katex');
    expect(renderFormula('z = 0.5·1 + 0.1 = 0.6')).toBe(first);
    expect(typeset).toHaveBeenCalledTimes(1);
    for (let k = 0; k < 64; k++) renderFormula(`a = ${k}`);
    expect(typeset).toHaveBeenCalledTimes(65);
    renderFormula('a = 63');
    expect(typeset).toHaveBeenCalledTimes(65);
    expect(renderFormula('z = 0.5·1 + 0.1 = 0.6')).toBe(first);
    expect(typeset).toHaveBeenCalledTimes(66);
    typeset.mockRestore();
  });
});
