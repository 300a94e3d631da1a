/**
 * Copy link (the address that reopens this lesson, with a visible confirmation, or a field to copy
 * it by hand where the clipboard is refused) and New lesson (the default lesson, saved copy forgotten).
 */
import { useEffect, useRef, useState } from 'react';
import { messages } from '../../i18n';
import { DEFAULT_PRESET, encodeLink } from '../../store';
import { useStoreApi } from '../StoreContext';
import { useLessonSync } from './LessonSyncContext';
import './share.css';

const t = messages.lesson;
const CONFIRMATION_MS = 4000;

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'by-hand'; link: string };

export function ShareControls() {
  const store = useStoreApi();
  const sync = useLessonSync();
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (copy.kind !== 'copied') return;
    const timer = setTimeout(() => setCopy({ kind: 'idle' }), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [copy]);

  useEffect(() => {
    if (copy.kind !== 'by-hand') return;
    field.current?.focus();
    field.current?.select();
  }, [copy]);

  const copyLink = async () => {
    const link = location.href.split('#')[0] + (await encodeLink(store.getState()));
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopy({ kind: 'copied' });
    } catch {
      setCopy({ kind: 'by-hand', link });
    }
  };

  const newLesson = () => {
    setCopy({ kind: 'idle' });
    if (sync) sync.newLesson();
    else {
      store.getState().loadPreset(DEFAULT_PRESET);
      store.getState().setGranularity('layer');
    }
  };

  return (
    <div className="share-controls">
      <button type="button" onClick={() => void copyLink()} title={t.copyLinkHint}>
        {t.copyLink}
      </button>
      <button type="button" onClick={newLesson} title={t.newLessonHint}>
        {t.newLesson}
      </button>
      <div className="share-status" role="status">
        {copy.kind === 'copied' && t.copied}
        {copy.kind === 'by-hand' && (
          <label>
            {t.copyByHand}
            <input
              ref={field}
              readOnly
              value={copy.link}
              aria-label={t.linkField}
              onBlur={() => setCopy({ kind: 'idle' })}
            />
          </label>
        )}
      </div>
    </div>
  );
}
