/** The page's language as React state: a component using it renders again after a switch. */
import { useSyncExternalStore } from 'react';
import { currentLanguage, subscribeLanguage, type Language } from '../../i18n';

export function useLanguage(): Language {
  return useSyncExternalStore(subscribeLanguage, currentLanguage, currentLanguage);
}
