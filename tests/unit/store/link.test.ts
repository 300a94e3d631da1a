// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { linkLessons, typedDeepNetwork } from '../../../bench/linkLessons';
import {
  createAppStore,
  decodeLink,
  encodeLink,
  serializeLesson,
  LINK_PREFIX,
  type AppStore,
  type Lesson,
  lossPoints,
} from '../../../src/store';

const relesson = (lesson: Lesson) => serializeLesson(createAppStore({ lesson }).getState());

async function roundTrip(store: AppStore): Promise<string> {
  const result = await decodeLink(await encodeLink(store.getState()));
  if (!result.ok) throw new Error(`link not readable: ${result.problem}`);
  return relesson(result.lesson);
}

/** A hash carrying `payload` as JSON, compressed the way links are. */
const hashOf = (payload: unknown) =>
  LINK_PREFIX + deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url');

describe('lesson links', () => {
  it.each(linkLessons().map(({ name, store }) => [name, store] as const))(
    '%s: the link reproduces the lesson exactly',
    async (_name, store) => {
      expect(await roundTrip(store)).toBe(serializeLesson(store.getState()));
    },
  );

  it.each(linkLessons().map(({ name, store }) => [name, store] as const))(
    '%s after one Step and a Forward: the link reproduces the lesson exactly',
    async (_name, store) => {
      store.getState().setOptimizer('adam');
      store.getState().step();
      expect(await roundTrip(store)).toBe(serializeLesson(store.getState()));
      store.getState().forward();
      expect(await roundTrip(store)).toBe(serializeLesson(store.getState()));
    },
  );

  it('keeps typed weights at full precision and a lesson mid-step', async () => {
    const store = typedDeepNetwork();
    store.getState().setWeight(3, 2, 5, '0.1234567890123456');
    store.getState().setSampleValue('x', 1, '1/3');
    for (let k = 0; k < 10; k++) store.getState().forward();
    store.getState().backward();
    const result = await decodeLink(await encodeLink(store.getState()));
    expect(result.ok && Array.from(result.lesson.snapshot.session.model.layers[2]!.W)[2 * 8 + 5]).toBe(
      0.1234567890123456,
    );
    expect(result.ok && result.lesson.snapshot.session.cursor).toEqual(store.getState().session.cursor);
    expect(await roundTrip(store)).toBe(serializeLesson(store.getState()));
  });

  it('is tiny for a preset with its seed and settings, and short for 393 typed parameters', async () => {
    for (const { name, store } of linkLessons()) {
      const hash = await encodeLink(store.getState());
      expect(hash.length, name).toBeLessThanOrEqual(name.startsWith('preset') ? 60 : 1600);
    }
    const store = createAppStore({ preset: 'xor' });
    store.getState().setLearningRate('0.03');
    store.getState().setOptimizer('adam');
    expect((await encodeLink(store.getState())).length).toBeLessThanOrEqual(120);
    expect(await roundTrip(store)).toBe(serializeLesson(store.getState()));
  });

  it('leaves out points the data-set options generate', async () => {
    const store = createAppStore({ preset: 'xor' });
    store.getState().generateData({ kind: 'spirals', count: 800, noise: 0.1, testFraction: 0.2, seed: 4 });
    const short = await encodeLink(store.getState());
    expect(short.length).toBeLessThan(300);
    expect(await roundTrip(store)).toBe(serializeLesson(store.getState()));
  });

  it('leaves the loss curve of a very long run out of the link, keeping the weights', async () => {
    const store = createAppStore({ preset: 'textbook' });
    for (let k = 0; k < 2000; k++) store.getState().step();
    const long = await encodeLink(store.getState());
    expect(long.length).toBeLessThan(16_000);
    const result = await decodeLink(long);
    expect(result.ok && result.lesson.snapshot.session.model).toEqual(store.getState().session.model);
    expect(result.ok && lossPoints(result.lesson.snapshot.lossHistory)).toEqual([]);
    const short = createAppStore({ preset: 'textbook' });
    for (let k = 0; k < 3; k++) short.getState().step();
    expect(await roundTrip(short)).toBe(serializeLesson(short.getState()));
    expect(lossPoints(short.getState().lossHistory)).toHaveLength(3);
  });

  it.each([
    ['not base64url', `${LINK_PREFIX}%%%`, 'damaged'],
    ['not deflated', `${LINK_PREFIX}aGVsbG8gd29ybGQ`, 'damaged'],
    ['cut short', null, 'damaged'],
    ['not JSON', LINK_PREFIX + deflateRawSync(Buffer.from('{"v":1,')).toString('base64url'), 'damaged'],
    ['an unknown preset', hashOf({ v: 1, base: 'mnist' }), 'damaged'],
    ["the base preset's weights without a base", hashOf({ v: 1, initialModel: 'base' }), 'damaged'],
    ['a bad weight', hashOf({ v: 1, base: 'textbook', model: { loss: 'mse', layers: [] } }), 'damaged'],
    ['an older version', hashOf({ v: 0, base: 'textbook' }), 'outdated'],
    ['a newer version', hashOf({ v: 2, base: 'textbook' }), 'outdated'],
  ])('refuses a link that is %s, never throwing', async (_name, hash, problem) => {
    const text = hash ?? (await encodeLink(typedDeepNetwork().getState())).slice(0, 400);
    expect(await decodeLink(text)).toEqual({ ok: false, problem });
  });

  it('refuses a link that inflates past any real lesson', async () => {
    const bomb = LINK_PREFIX + deflateRawSync(Buffer.alloc(5_000_000, 32)).toString('base64url');
    expect(await decodeLink(bomb)).toEqual({ ok: false, problem: 'damaged' });
  });
});
