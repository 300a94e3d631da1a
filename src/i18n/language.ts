/**
 * Which language the page speaks: `?lang=` in the address first, then the choice saved in this
 * browser, then the browser's own languages; English when none of them is one we have.
 */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'backprop-lab.language';

/** 'zh', 'zh-CN', 'zh-Hans-CN', 'zh-SG' → zh-CN; 'en-GB' → en; anything else → null. */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) {
    // Traditional Chinese readers are better served by English than by a script they don't use.
    return /^zh-(hant|tw|hk|mo)\b/.test(lower) ? null : 'zh-CN';
  }
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}

export interface LanguageSources {
  /** The value of `?lang=` in the address, if any. */
  query: string | null;
  /** The choice saved by the language switch, if any. */
  saved: string | null;
  /** navigator.languages, most preferred first. */
  browser: readonly string[];
}

export function chooseLanguage({ query, saved, browser }: LanguageSources): Language {
  const fromQuery = matchLanguage(query);
  if (fromQuery) return fromQuery;
  const fromSaved = matchLanguage(saved);
  if (fromSaved) return fromSaved;
  for (const tag of browser) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return 'en';
}

/** The sources as this page sees them; storage that throws (private mode, file://) counts as empty. */
export function pageLanguageSources(): LanguageSources {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    saved = null;
  }
  return {
    query: new URLSearchParams(location.search).get('lang'),
    saved,
    browser: navigator.languages?.length ? navigator.languages : [navigator.language],
  };
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not saved: the address and the browser's language still choose next time.
  }
}
