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

/**
 * Each template split once into literal and placeholder parts (odd indices are names): the graph
 * fills its names for hundreds of edges on every Update, so a call costs no regular expression.
 */
const compiled = new Map<string, readonly string[]>();
/** Catalog templates are a few hundred; a caller passing made-up templates cannot grow this forever. */
const MAX_COMPILED = 2000;

function pieces(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * The one template filler: `{name}` placeholders replaced by params, format('Layer {layer}',
 * { layer: 2 }) → 'Layer 2'; a placeholder without a param stays as written.
 */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  const parts = pieces(template);
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k += 2) {
    const key = parts[k]!;
    out += (Object.hasOwn(params, key) ? String(params[key]) : `{${key}}`) + parts[k + 1]!;
  }
  return out;
}
