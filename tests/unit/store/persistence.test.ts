// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chooseStartingLesson,
  createAppStore,
  encodeLink,
  serializeLesson,
  startLessonSync,
  SAVED_LESSON_KEY,
  SAVED_LINK_KEY,
  type KeyValueStorage,
  type LessonSync,
} from '../../../src/store';

/** localStorage's behaviour, in a Map; counts writes so a test can see when saving happens. */
class FakeStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  lessonWrites = 0;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.writes += 1;
    if (key === SAVED_LESSON_KEY) this.lessonWrites += 1;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function lessonStore() {
  const store = createAppStore({ preset: 'textbook' });
  store.getState().forward();
  store.getState().forward();
  store.getState().forward();
  store.getState().backward();
  return store;
}

describe('choosing the starting lesson', () => {
  it('opens the saved lesson exactly where it was left', async () => {
    const storage = new FakeStorage();
    const store = lessonStore();
    storage.setItem(SAVED_LESSON_KEY, serializeLesson(store.getState()));
    const start = await chooseStartingLesson('', storage);
    expect(start.source).toBe('saved');
    expect(start.notice).toBeNull();
    const restored = createAppStore({ lesson: start.lesson! }).getState();
    expect(restored.session.cursor).toEqual(store.getState().session.cursor);
    expect(restored.session.trace).toEqual(store.getState().session.trace);
  });

  it('opens the default lesson with a notice when the saved one is corrupt or from another version', async () => {
    const storage = new FakeStorage();
    storage.setItem(SAVED_LESSON_KEY, '{"format":"backprop-lab.scenario","version":1,"model":');
    expect(await chooseStartingLesson('', storage)).toEqual({
      lesson: null,
      source: 'default',
      notice: 'saved-corrupt',
    });
    const old = { ...JSON.parse(serializeLesson(lessonStore().getState())), version: 0 };
    storage.setItem(SAVED_LESSON_KEY, JSON.stringify(old));
    expect((await chooseStartingLesson('', storage)).notice).toBe('saved-outdated');
    expect(await chooseStartingLesson('', new FakeStorage())).toEqual({
      lesson: null,
      source: 'default',
      notice: null,
    });
  });

  it('lets a link win over the saved lesson, and a damaged link open the default lesson', async () => {
    const storage = new FakeStorage();
    storage.setItem(SAVED_LESSON_KEY, serializeLesson(lessonStore().getState()));
    const sent = createAppStore({ preset: 'xor' });
    sent.getState().setLearningRate(0.3);
    const fromLink = await chooseStartingLesson(await encodeLink(sent.getState()), storage);
    expect(fromLink.source).toBe('link');
    expect(fromLink.lesson?.snapshot.optimizer.learningRate).toBe(0.3);

    const damaged = await chooseStartingLesson('#lesson=AAAA', storage);
    expect(damaged).toEqual({ lesson: null, source: 'default', notice: 'link-damaged' });
  });

  it("prefers the saved lesson when the address holds this browser's own last link", async () => {
    const storage = new FakeStorage();
    const store = lessonStore();
    const ownLink = await encodeLink(store.getState());
    store.getState().backward();
    storage.setItem(SAVED_LESSON_KEY, serializeLesson(store.getState()));
    storage.setItem(SAVED_LINK_KEY, ownLink);
    const start = await chooseStartingLesson(ownLink, storage);
    expect(start.source).toBe('saved');
    expect(start.lesson?.snapshot.session.cursor.backwardDone).toBe(2);
  });

  it('survives a storage that throws (blocked in private mode)', async () => {
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect((await chooseStartingLesson('', blocked)).source).toBe('default');
    const store = createAppStore();
    const sync = startLessonSync(store, { storage: blocked, writeHash: () => undefined, delayMs: 0 });
    await sync.settled();
    sync.stop();
  });
});

describe('the lesson sync', () => {
  let storage: FakeStorage;
  let hashes: string[];
  let sync: LessonSync | null;

  beforeEach(() => {
    vi.useFakeTimers();
    storage = new FakeStorage();
    hashes = [];
    sync = null;
  });
  afterEach(() => {
    sync?.stop();
    vi.useRealTimers();
  });

  const start = (store: ReturnType<typeof createAppStore>) =>
    (sync = startLessonSync(store, {
      storage,
      writeHash: (hash) => hashes.push(hash),
      delayMs: 400,
      maxWaitMs: 2000,
    }));

  it('saves once a burst of clicks settles, not during it, and puts the lesson in the address', async () => {
    const store = createAppStore({ preset: 'textbook' });
    const sync = start(store);
    await vi.advanceTimersByTimeAsync(400);
    await sync.settled();
    const initialWrites = storage.writes;
    expect(hashes).toHaveLength(1);

    for (let k = 0; k < 5; k++) {
      store.getState().forward();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(storage.writes).toBe(initialWrites);
    await vi.advanceTimersByTimeAsync(400);
    await sync.settled();
    expect(storage.writes).toBe(initialWrites + 2);
    expect(storage.getItem(SAVED_LESSON_KEY)).toBe(serializeLesson(store.getState()));
    expect(hashes.at(-1)).toBe(await encodeLink(store.getState()));
    expect(storage.getItem(SAVED_LINK_KEY)).toBe(hashes.at(-1));
  });

  it('ignores view changes that are not part of the lesson', async () => {
    const store = createAppStore();
    const sync = start(store);
    await vi.advanceTimersByTimeAsync(400);
    await sync.settled();
    const writes = storage.writes;
    store.getState().select({ kind: 'node', layer: 1, index: 0 });
    store.getState().setPresentation(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(storage.writes).toBe(writes);
    store.getState().setGranularity('pass');
    await vi.advanceTimersByTimeAsync(400);
    expect(storage.writes).toBeGreaterThan(writes);
  });

  it('saves every maxWaitMs while clicks keep coming, and not at all during Play until it pauses', async () => {
    const store = createAppStore({ preset: 'xor' });
    const sync = start(store);
    await vi.advanceTimersByTimeAsync(400);
    let saves = storage.lessonWrites;
    for (let click = 0; click < 100; click++) {
      store.getState().next();
      await vi.advanceTimersByTimeAsync(48);
    }
    // 4.8 s of clicks every 48 ms: two saves, not one per click.
    expect(storage.lessonWrites - saves).toBe(2);

    await vi.advanceTimersByTimeAsync(400);
    saves = storage.lessonWrites;
    store.getState().setPlaying(true);
    for (let frame = 0; frame < 300; frame++) {
      store.getState().step();
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(storage.lessonWrites).toBe(saves);
    store.getState().setPlaying(false);
    await vi.advanceTimersByTimeAsync(400);
    await sync.settled();
    expect(storage.lessonWrites).toBe(saves + 1);
    expect(storage.getItem(SAVED_LESSON_KEY)).toBe(serializeLesson(store.getState()));
  });

  it('flush during Play saves at once (the page is closing)', async () => {
    const store = createAppStore({ preset: 'xor' });
    const sync = start(store);
    store.getState().setPlaying(true);
    store.getState().step();
    sync.flush();
    expect(storage.getItem(SAVED_LESSON_KEY)).toBe(serializeLesson(store.getState()));
  });

  it('forgets the saved copy when storage is full, so a reload opens the newer link', async () => {
    const store = createAppStore({ preset: 'textbook' });
    const sync = start(store);
    await vi.advanceTimersByTimeAsync(400);
    await sync.settled();
    expect(storage.getItem(SAVED_LESSON_KEY)).not.toBeNull();
    const full = vi.spyOn(storage, 'setItem').mockImplementation((key) => {
      if (key === SAVED_LESSON_KEY) throw new Error('QuotaExceededError');
    });
    store.getState().forward();
    await vi.advanceTimersByTimeAsync(400);
    await sync.settled();
    full.mockRestore();
    expect(storage.getItem(SAVED_LESSON_KEY)).toBeNull();
    const start2 = await chooseStartingLesson(hashes.at(-1)!, storage);
    expect(start2.source).toBe('link');
    expect(start2.lesson?.snapshot.session.cursor.forwardDone).toBe(1);
  });

  it('flush writes a pending change at once (the page is closing)', async () => {
    const store = createAppStore({ preset: 'textbook' });
    const sync = start(store);
    store.getState().forward();
    sync.flush();
    expect(storage.getItem(SAVED_LESSON_KEY)).toBe(serializeLesson(store.getState()));
    expect(hashes).toHaveLength(0);
  });

  it('New lesson forgets the saved one and opens the default lesson, undoably', async () => {
    const store = createAppStore({ preset: 'xor' });
    const sync = start(store);
    store.getState().setGranularity('pass');
    store.getState().step();
    sync.flush();
    sync.newLesson();
    expect(storage.getItem(SAVED_LESSON_KEY)).toBeNull();
    expect(storage.getItem(SAVED_LINK_KEY)).toBeNull();
    expect(store.getState().presetId).toBe('relu-bce');
    expect(store.getState().ui.granularity).toBe('layer');
    await vi.advanceTimersByTimeAsync(400);
    await sync.settled();
    expect(JSON.parse(storage.getItem(SAVED_LESSON_KEY)!).preset).toBe('relu-bce');
    store.getState().undo();
    expect(store.getState().presetId).toBe('xor');
  });
});
