/**
 * Keeping the lesson: which lesson to start with (the address's link, else the saved one, else the
 * default), and a sync that saves the lesson and rewrites the address once changes settle, never
 * inside a click or a Play frame. The storage and the address are passed in, so this runs (and is
 * tested) without a browser.
 */
import type { AppStore } from './createAppStore';
import { MAX_LESSON_BYTES, parseLesson, serializeLesson, type Lesson } from './lesson';
import { decodeLink, encodeLink, isLessonLink } from './link';
import { DEFAULT_PRESET } from './presets';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario';
import { snapshotOf } from './transaction';
import type { AppState } from './types';

/** The parts of Web Storage used here (localStorage, or a fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SAVED_LESSON_KEY = 'backprop-lab.lesson';
/** The address hash last written for the saved lesson: the same hash on reload means "mine". */
export const SAVED_LINK_KEY = 'backprop-lab.link';

export type RestoreNotice = 'saved-corrupt' | 'saved-outdated' | 'link-damaged' | 'link-outdated';

export interface StartingLesson {
  lesson: Lesson | null;
  source: 'link' | 'saved' | 'default';
  notice: RestoreNotice | null;
}

function read(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function readSaved(text: string): { lesson: Lesson } | { notice: RestoreNotice } {
  try {
    return { lesson: parseLesson(text) };
  } catch {
    let root: unknown = null;
    try {
      root = JSON.parse(text);
    } catch {
      // Not JSON at all: corrupt.
    }
    const record = typeof root === 'object' && root !== null ? (root as Record<string, unknown>) : {};
    const outdated = record.format === SCENARIO_FORMAT && record.version !== SCENARIO_VERSION;
    return { notice: outdated ? 'saved-outdated' : 'saved-corrupt' };
  }
}

/**
 * The lesson to open with. A link in the address wins over the saved lesson (someone sent it),
 * unless it is the very link this browser last wrote for its saved lesson, which is then the newer
 * and fuller copy. A damaged or outdated link opens the default lesson with a notice; so does a
 * saved lesson that cannot be read.
 */
export async function chooseStartingLesson(
  hash: string,
  storage: KeyValueStorage | null,
): Promise<StartingLesson> {
  const savedText = read(storage, SAVED_LESSON_KEY);
  const linked = isLessonLink(hash);
  let savedNotice: RestoreNotice | null = null;
  if (savedText !== null && (!linked || hash === read(storage, SAVED_LINK_KEY))) {
    const saved = readSaved(savedText);
    if ('lesson' in saved) return { lesson: saved.lesson, source: 'saved', notice: null };
    savedNotice = saved.notice;
  }
  if (linked) {
    const result = await decodeLink(hash);
    if (result.ok) return { lesson: result.lesson, source: 'link', notice: null };
    return {
      lesson: null,
      source: 'default',
      notice: result.problem === 'outdated' ? 'link-outdated' : 'link-damaged',
    };
  }
  return { lesson: null, source: 'default', notice: savedNotice };
}

export interface LessonSyncOptions {
  storage: KeyValueStorage | null;
  /** Put the hash in the address without a new history entry (history.replaceState). */
  writeHash(hash: string): void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Save at least this often while changes keep coming (a held-down PageDown). */
  maxWaitMs?: number;
  /** Run the save when the page is idle (requestIdleCallback); immediately by default. */
  whenIdle?(run: () => void): void;
}

export interface LessonSync {
  /** Save a pending change now (the page is being hidden or closed); the address follows later. */
  flush(): void;
  /** Forget the saved lesson and open the default one. */
  newLesson(): void;
  /** Resolves once the last scheduled save, address included, is written. */
  settled(): Promise<void>;
  stop(): void;
}

/** What a save depends on: the undoable lesson state and the step size, compared by identity. */
function lessonParts(state: AppState): unknown[] {
  return [...Object.values(snapshotOf(state)), state.ui.granularity];
}

const sameParts = (a: unknown[], b: unknown[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Save the lesson and rewrite the address whenever it changes: `delayMs` after the last change
 * (a burst of clicks is one save), at least every `maxWaitMs` while changes keep coming, and not
 * during Play (once it pauses).
 * Starts with one save, so the address shows the lesson from the first moment.
 */
export function startLessonSync(store: AppStore, options: LessonSyncOptions): LessonSync {
  const { storage, writeHash, delayMs = 400, maxWaitMs = 2000, whenIdle = (run) => run() } = options;
  let parts = lessonParts(store.getState());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChange: number | null = null;
  /** The lesson changed since it was last saved. */
  let dirty = true;
  let generation = 0;
  let writing: Promise<void> = Promise.resolve();
  let idleWaiter: (() => void) | null = null;

  const forget = (): void => {
    try {
      storage?.removeItem(SAVED_LESSON_KEY);
      storage?.removeItem(SAVED_LINK_KEY);
    } catch {
      // Nothing saved to forget.
    }
  };

  const saveLesson = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstChange = null;
    dirty = false;
    const state = store.getState();
    try {
      const text = serializeLesson(state);
      if (text.length > MAX_LESSON_BYTES) throw new Error('too large to restore');
      storage?.setItem(SAVED_LESSON_KEY, text);
    } catch {
      // Storage full or refused (private mode): forget the older copy, so that a reload opens the
      // address's link, which is newer.
      forget();
    }
  };

  const save = (): void => {
    // Play started after this save was scheduled: it is saved when Play pauses instead.
    if (store.getState().ui.playing) {
      timer = null;
      firstChange = null;
      return;
    }
    saveLesson();
    const mine = ++generation;
    const state = store.getState();
    writing = encodeLink(state).then((hash) => {
      if (mine !== generation) return;
      writeHash(hash);
      try {
        storage?.setItem(SAVED_LINK_KEY, hash);
      } catch {
        // As above.
      }
    });
    const waiter = idleWaiter;
    idleWaiter = null;
    waiter?.();
  };

  const schedule = (): void => {
    const now = Date.now();
    firstChange ??= now;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(delayMs, firstChange + maxWaitMs - now));
    timer = setTimeout(() => whenIdle(save), wait);
  };

  // While Play runs nothing is saved: its frames are left alone, and the lesson is saved once paused.
  const unsubscribe = store.subscribe((state, previous) => {
    const next = lessonParts(state);
    const changed = !sameParts(next, parts);
    if (changed) {
      parts = next;
      dirty = true;
    }
    if (dirty && !state.ui.playing && (changed || previous.ui.playing)) schedule();
  });
  schedule();

  return {
    flush: () => {
      if (dirty) saveLesson();
    },
    newLesson: () => {
      forget();
      store.getState().loadPreset(DEFAULT_PRESET);
      store.getState().setGranularity('layer');
    },
    settled: async () => {
      if (timer !== null) await new Promise<void>((resolve) => (idleWaiter = resolve));
      await writing;
    },
    stop: () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      generation += 1;
    },
  };
}
