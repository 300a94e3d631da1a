import { afterEach, describe, expect, it } from 'vitest';
import { describeParameter } from '../../../src/components/graph/describe';
import { format, setLanguage } from '../../../src/i18n';

describe('format', () => {
  it('fills every placeholder, the same one as often as it stands', () => {
    expect(format('{a} + {a} = {b}', { a: 1, b: '2' })).toBe('1 + 1 = 2');
    expect(format('no placeholders')).toBe('no placeholders');
  });

  it('leaves a placeholder without a param as written, inherited names included', () => {
    expect(format('Layer {layer}: {quantity}', { layer: 2 })).toBe('Layer 2: {quantity}');
    expect(format('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('gives the same text on the second call of a template as on the first', () => {
    const template = 'η = {rate} after {steps} steps';
    expect(format(template, { rate: 0.5, steps: 3 })).toBe('η = 0.5 after 3 steps');
    expect(format(template, { rate: 0.1, steps: 4 })).toBe('η = 0.1 after 4 steps');
  });
});

/** A weight drawn nowhere on screen (its values only in the tooltip and the name). */
const HIDDEN = { label: false, cell: false, maxChars: 20 };

describe('the graph tooltips', () => {
  afterEach(() => setLanguage('en'));

  it('read the catalog of the language in force, not the one loaded first', async () => {
    const english = describeParameter('edge', '1:0:0', 0.14, 0.01, 0.15, HIDDEN).tooltip;
    expect(english).toContain(': 0.15 → 0.14');
    await setLanguage('zh-CN');
    expect(describeParameter('edge', '1:0:0', 0.14, 0.01, 0.15, HIDDEN).tooltip).toContain('：0.15 → 0.14');
  });
});
