import { describe, expect, it } from 'vitest';
import { chooseLanguage, matchLanguage } from '../../../src/i18n/language';

describe('chooseLanguage', () => {
  it('takes ?lang= first, over a saved choice and the browser', () => {
    expect(chooseLanguage({ query: 'en', saved: 'zh-CN', browser: ['zh-CN'] })).toBe('en');
    expect(chooseLanguage({ query: 'zh-CN', saved: 'en', browser: ['en-US'] })).toBe('zh-CN');
  });

  it('then the saved choice, over the browser', () => {
    expect(chooseLanguage({ query: null, saved: 'en', browser: ['zh-CN'] })).toBe('en');
    expect(chooseLanguage({ query: 'fr', saved: 'zh-CN', browser: ['en'] })).toBe('zh-CN');
  });

  it('then the first of the browser’s languages that the app speaks', () => {
    expect(chooseLanguage({ query: null, saved: null, browser: ['fr-FR', 'zh-Hans-CN', 'en'] })).toBe(
      'zh-CN',
    );
    expect(chooseLanguage({ query: null, saved: null, browser: ['de', 'en-GB', 'zh'] })).toBe('en');
  });

  it('falls back to English', () => {
    expect(chooseLanguage({ query: 'xx', saved: 'garbage', browser: ['fr', 'ja'] })).toBe('en');
    expect(chooseLanguage({ query: null, saved: null, browser: [] })).toBe('en');
  });
});

describe('matchLanguage', () => {
  it('reads simplified Chinese tags as zh-CN and leaves traditional ones to English', () => {
    expect(['zh', 'zh-CN', 'zh-cn', 'zh-Hans', 'zh-SG'].map(matchLanguage)).toEqual(Array(5).fill('zh-CN'));
    expect(['zh-TW', 'zh-Hant-HK', 'zh-HK'].map(matchLanguage)).toEqual([null, null, null]);
    expect(['en', 'en-US', 'EN-gb'].map(matchLanguage)).toEqual(['en', 'en', 'en']);
  });
});
