import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { zhCN } from '../../../src/i18n/zh-CN';
import type { Translation } from '../../../src/i18n/translation';
import { format, messages, setLanguage, currentLanguage } from '../../../src/i18n';

/** Every leaf of a catalog as "area.key.key" → string. */
function leaves(catalog: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null)
      for (const [p, s] of leaves(value, path)) found.set(p, s);
    else found.set(path, String(value));
  }
  return found;
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the zh-CN catalog', () => {
  it('is a type error when a key is missing or extra (Translation<typeof en>)', () => {
    // @ts-expect-error the zh catalog must have every key of the English one
    const missing: Translation<typeof en.lesson> = { copyLink: '复制链接' };
    // @ts-expect-error and no key the English one lacks
    const extra: Translation<typeof en.exports> = { ...zhCN.exports, surplus: '多余' };
    expect([missing, extra]).toHaveLength(2);
  });

  it('has every key of the English catalog, and no other', () => {
    expect([...leaves(zhCN).keys()].sort()).toEqual([...leaves(en).keys()].sort());
  });

  it('fills the same placeholders as English in every string', () => {
    const zh = leaves(zhCN);
    for (const [key, english] of leaves(en))
      expect(placeholders(zh.get(key)!), key).toEqual(placeholders(english));
  });

  it('uses the field’s standard terms', () => {
    expect(zhCN.common.steps).toMatchObject({ forward: '前向传播', backward: '反向传播', update: '更新' });
    expect(zhCN.common.settings).toMatchObject({
      learningRate: '学习率',
      optimizer: '优化器',
      batchSize: '批大小',
    });
    expect(zhCN.common.settings.losses).toEqual({
      mse: '均方误差',
      bce: '二元交叉熵',
      crossEntropy: '交叉熵',
    });
  });
});

describe('setLanguage', () => {
  it('rewrites the catalog in place, so parts taken earlier read the new language', async () => {
    const steps = messages.common.steps;
    await setLanguage('zh-CN');
    expect(currentLanguage()).toBe('zh-CN');
    expect(steps.forward).toBe('前向传播');
    expect(format(messages.graph.header.layer, { layer: 2 })).toBe('第 2 层');
    await setLanguage('en');
    expect(steps.forward).toBe('Forward');
  });
});
