/**
 * The last refused action, in words, in a role="alert" region that screen readers announce. It
 * floats over the graph's top edge from a slot of no height, so an error never moves what is under
 * the pointer (the banner used to push the page down by its height).
 */
import { format, messages } from '../../i18n';
import { divergedDetail } from '../../i18n/diverged';
import type { ActionError } from '../../store';
import { useAppStore } from '../StoreContext';

const t = messages.common;
const e = messages.errors;

/** A refused value in the reader's language: the catalog words the engine's code and its values. */
function invalidText(error: ActionError): string {
  if (!error.reason) return error.message;
  const message = format(e.codes[error.reason.code], error.reason.params);
  if (!error.field) return message;
  const field = (e.fields as Record<string, string>)[error.field] ?? error.field;
  return format(e.withField, { field, message });
}

export function errorText(error: ActionError): string {
  if (error.code === 'diverged') {
    const params = error.reason?.params;
    return format(t.refusals.diverged, { detail: params ? divergedDetail(params, e) : error.message });
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
