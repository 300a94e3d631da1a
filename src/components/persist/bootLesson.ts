/**
 * The app's start in the browser: open the lesson in the address or the saved one, then keep both up
 * to date. The decisions are in the store (persistence.ts); this only supplies localStorage, the
 * address and the idle time to save in.
 */
import { messages } from '../../i18n';
import {
  chooseStartingLesson,
  createAppStore,
  decodeLink,
  isLessonLink,
  startLessonSync,
  type AppStore,
  type KeyValueStorage,
  type LessonSync,
} from '../../store';

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Blocked storage (some privacy settings) throws on access: the link alone keeps the lesson.
    return null;
  }
}

/** Run `task` when the page is idle, so saving never lands inside a click or a Play frame. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 1000 });
  else setTimeout(task, 0);
}

export async function bootLesson(): Promise<{ store: AppStore; sync: LessonSync }> {
  const storage = browserStorage();
  const start = await chooseStartingLesson(location.hash, storage);
  const store = createAppStore(start.lesson ? { lesson: start.lesson } : {});
  if (start.notice) {
    store
      .getState()
      .reportError({ code: 'invalid', field: 'lesson', message: messages.lesson.notices[start.notice] });
  }
  let written = location.hash;
  const sync = startLessonSync(store, {
    storage,
    writeHash: (hash) => {
      written = hash;
      history.replaceState(history.state, '', hash);
    },
    whenIdle,
  });
  addEventListener('pagehide', () => sync.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') sync.flush();
  });
  // A link pasted into the address bar of an open page changes only the hash: open it too.
  addEventListener('hashchange', () => {
    const hash = location.hash;
    if (hash === written || !isLessonLink(hash)) return;
    written = hash;
    void decodeLink(hash).then((result) => {
      if (result.ok) store.getState().openLesson(result.lesson);
      else
        store
          .getState()
          .reportError({ code: 'invalid', field: 'lesson', message: messages.lesson.linkRefused });
    });
  });
  return { store, sync };
}
