import { en, type Catalog } from './en';

/** The active catalog. One language for now; the indirection keeps components language-agnostic. */
export const messages: Catalog = en;

/** Fill `{name}` placeholders: format('Layer {layer}', { layer: 2 }) → 'Layer 2'. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in params ? String(params[key]) : match,
  );
}
