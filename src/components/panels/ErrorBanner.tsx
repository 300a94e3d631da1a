/**
 * The last refused action, in words, in a role="alert" region that screen readers announce. It
 * floats over the graph's top edge from a slot of no height, so an error never moves what is under
 * the pointer (the banner used to push the page down by its height).
 */
import { format, messages } from '../../i18n';
import type { ActionError } from '../../store';
import { useAppStore } from '../StoreContext';

const t = messages.common;
const e = messages.errors;

/**
 * A field in the reader's language: a name a person types into, a CSV position ("row 3, x1", as
 * store/csv.ts writes it), else the path in the file (`model.layers[0].W`), which stays as written.
 */
function fieldText(field: string): string {
  const named = (e.fields as Record<string, string>)[field];
  if (named) return named;
  const row = /^row (\d+)(?:, column (\d+)|, (\w+))?$/.exec(field);
  if (!row) return field;
  const [, at, column, name] = row;
  if (column) return format(e.rows.column, { row: at!, column });
  return name ? format(e.rows.cell, { row: at!, name }) : format(e.rows.row, { row: at! });
}

/** A refused value in the reader's language: the catalog words the engine's code and its values. */
function invalidText(error: ActionError): string {
  if (!error.reason) return error.message;
  const message = format(e.codes[error.reason.code], error.reason.params);
  if (!error.field) return message;
  return format(e.withField, { field: fieldText(error.field), message });
}

export function errorText(error: ActionError): string {
  if (error.code === 'diverged') {
    const params = error.reason?.params;
    const detail = !params
      ? error.message
      : format('name' in params ? e.divergedUpdate : e.divergedDetail, params);
    return format(t.refusals.diverged, { detail });
  }
  if (error.code === 'invalid') return invalidText(error);
  return t.refusals[error.code];
}

export function ErrorBanner() {
  const error = useAppStore((s) => s.ui.error);
  const dismiss = useAppStore((s) => s.dismissError);
  return (
    <div className="error-slot">
      {error && (
        <div className="error-banner" role="alert">
          <span>{errorText(error)}</span>
          <button type="button" onClick={dismiss} aria-label={t.view.dismiss} title={t.view.dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
