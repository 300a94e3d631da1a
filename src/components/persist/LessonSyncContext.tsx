/** The running lesson sync (saved copy and address), when the app has one: tests mount without it. */
import { createContext, useContext } from 'react';
import type { LessonSync } from '../../store';

export const LessonSyncContext = createContext<LessonSync | null>(null);

export function useLessonSync(): LessonSync | null {
  return useContext(LessonSyncContext);
}
