import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { plainToTex } from '../../../src/viz/tex';
import { textColumns } from '../../../src/viz/textMetrics';
import { en } from '../../../src/i18n/en';
import { zhCN } from '../../../src/i18n/zh-CN';

describe('plainToTex', () => {
  it('writes products, minus signs and derivatives as TeX and keeps the numbers', () => {
    expect(plainToTex('z = 0.15·0.05 + 0.35 = 0.3775')).toBe('z = 0.15\\cdot 0.05 + 0.35 = 0.3775');
    expect(plainToTex('dL/dz = dL/da · σ′(z)')).toContain('\\frac{\\partial L}{\\partial z}');
    expect(plainToTex('w ← w − η·dL/dw = 0.4 − 0.5·0.08217 = 0.3589').replace(/\s+/g, ' ')).toBe(
      'w \\leftarrow w - \\eta \\cdot \\frac{\\partial L}{\\partial w} = 0.4 - 0.5\\cdot 0.08217 = 0.3589',
    );
    expect(plainToTex('1.234e−10')).toBe('1.234\\mathrm{e}{-10}');
  });

  it('writes the hints’ ∂L/∂W as a fraction and ᵀ as a transpose', () => {
    expect(plainToTex('W ← W − η·∂L/∂W').replace(/\s+/g, ' ')).toBe(
      'W \\leftarrow W - \\eta \\cdot \\frac{\\partial L}{\\partial W}',
    );
    expect(plainToTex('dL/dW = dL/dz·aᵀ')).toBe(
      '\\frac{\\partial L}{\\partial W} = \\frac{\\partial L}{\\partial z}\\cdot a^{\\top}',
    );
  });

  it('puts Chinese and English words in \\text{} and subscripts digits', () => {
    expect(plainToTex('g = 4 个样本的 dL/dw 的平均')).toContain('\\text{个样本的}');
    expect(plainToTex('a = x₁₂')).toBe('a = x_{12}');
    expect(plainToTex('w·a_prev')).toBe('w\\cdot a_{\\text{prev}}');
  });

  it('gives KaTeX formulas it parses for every line the details panel writes', () => {
    const lines = [
      'a = max(0, 0.3775) = 0.3775',
      'a = e^0.1 / (e^0.1 + e^(−0.2)) = 0.5744',
      'L = mean −[y·log ŷ + (1 − y)·log(1 − ŷ)] = 0.2983',
      'relu′(z) = 0 (z ≤ 0)',
      'L = −Σ y·log ŷ = 1.2',
      'w: 0.4 → 0.3589',
      'Δ = −η·g = −0.04109',
    ];
    for (const line of lines)
      expect(() => katex.renderToString(plainToTex(line), { throwOnError: true })).not.toThrow();
  });

  it('gives KaTeX formulas it parses for every formula of the hints, in both languages', () => {
    const hints = [
      en.common.steps.formulas,
      zhCN.common.steps.formulas,
      en.diagnosis.matrix,
      zhCN.diagnosis.matrix,
    ];
    const formulas = hints.flatMap((group) => Object.values(group).filter((text) => text.includes('=')));
    expect(formulas.length).toBeGreaterThanOrEqual(14);
    for (const formula of formulas)
      expect(() => katex.renderToString(plainToTex(formula), { throwOnError: true }), formula).not.toThrow();
  });
});

describe('textColumns', () => {
  it('counts a CJK character as two monospace columns', () => {
    expect(textColumns('Layer 1')).toBe(7);
    expect(textColumns('第 1 层')).toBe(7);
    expect(textColumns('输入')).toBe(4);
  });
});
