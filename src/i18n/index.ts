import { en, type Catalog } from './en';
import type { Language } from './language';
import type { Translation } from './translation';

export { LANGUAGES, chooseLanguage, type Language } from './language';

/** English is built in; other catalogs load on first use, so English readers don't download them. */
const CATALOGS: Record<Language, () => Promise<Translation<Catalog>>> = {
  en: () => Promise.resolve(en),
  'zh-CN': () => import('./zh-CN').then((module) => module.zhCN),
};

/**
 * The active catalog. Components keep references to its parts (`const t = messages.common`), so a
 * language switch rewrites these objects in place rather than replacing them; the app then renders
 * again from below the store (see App's Translated), and the lesson and its undo history stay.
 */
export const messages: Catalog = structuredClone(en);

let current: Language = 'en';
const listeners = new Set<() => void>();

function assignInPlace(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'object' && value !== null) {
      assignInPlace(target[key] as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      target[key] = value;
    }
  }
}

export function currentLanguage(): Language {
  return current;
}

/** Switch every string of the UI to `language` once its catalog is loaded; `<html lang>` follows. */
export async function setLanguage(language: Language): Promise<void> {
  const catalog = await CATALOGS[language]();
  assignInPlace(messages as unknown as Record<string, unknown>, catalog as Record<string, unknown>);
  current = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fill `{name}` placeholders: format('Layer {layer}', { layer: 2 }) → 'Layer 2'. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in params ? String(params[key]) : match,
  );
}
