// @vitest-environment node
/**
 * A divergence is worded once (i18n/diverged.ts): the store's English message and the banner's
 * words in either language come from the same catalog entries and the refusal's params.
 */
import { describe, expect, it } from 'vitest';
import { parseModelSpec } from '../../../src/engine';
import { divergedDetail } from '../../../src/i18n/diverged';
import { en } from '../../../src/i18n/en';
import { zhCN } from '../../../src/i18n/zh-CN';
import type { Translation } from '../../../src/i18n/translation';
import type { ActionError } from '../../../src/store';
import { batchOverflowError, divergedError, nonFiniteName } from '../../../src/store/divergence';
import { TEXTBOOK_SPEC } from '../../fixtures/textbook';

const model = parseModelSpec(TEXTBOOK_SPEC);

/** What the banner says in `catalog`'s language: the refusal's params worded by that catalog. */
const words = (error: ActionError, catalog: Translation<typeof en>) =>
  divergedDetail(error.reason!.params, catalog.errors);

describe('divergedError', () => {
  it('names a parameter the update would overflow, 1-based, with the value it would get', () => {
    const error = divergedError({ layer: 2, quantity: 'W', index: 3, value: -Infinity }, model);
    expect(error).toMatchObject({
      code: 'diverged',
      field: 'W2[2][2]',
      message: 'W2[2][2] would become -Infinity',
    });
    expect(words(error, en)).toBe(error.message);
  });

  it('names a computed value by its layer', () => {
    const error = divergedError({ layer: 1, quantity: 'z', index: 1, value: NaN }, model);
    expect(error.message).toBe('Layer 1: z1[2] became NaN');
    expect(words(error, en)).toBe(error.message);
    expect(words(error, zhCN)).toBe('第 1 层：z1[2] 变成了 NaN');
  });

  it('names the loss and a gradient matrix as the UI does', () => {
    expect(nonFiniteName({ layer: 2, quantity: 'loss', index: 0, value: Infinity }, model)).toBe('loss');
    expect(nonFiniteName({ layer: 1, quantity: 'dL/dW', index: 2, value: Infinity }, model)).toBe(
      'dL/dW1[2][1]',
    );
    expect(nonFiniteName({ layer: 1, quantity: 'b', index: 1, value: Infinity }, model)).toBe('b1[2]');
  });

  it('is worded in Chinese from the same params', () => {
    const error = divergedError({ layer: 1, quantity: 'b', index: 0, value: Infinity }, model);
    expect(words(error, zhCN)).toBe('b1[1] 将变成 Infinity');
  });
});

describe('batchOverflowError', () => {
  it('says which of the batch’s loss or gradient overflowed, in either language', () => {
    expect(batchOverflowError('loss')).toMatchObject({ field: 'loss', message: 'the batch loss overflowed' });
    expect(batchOverflowError('gradient').message).toBe('the batch gradient overflowed');
    expect(words(batchOverflowError('gradient'), en)).toBe('the batch gradient overflowed');
    expect(words(batchOverflowError('loss'), zhCN)).toBe('这一批的损失溢出了');
  });
});
