/** The last refused action, in words, in a role="alert" region that screen readers announce. */
import { format, messages } from '../../i18n';
import type { ActionError } from '../../store';
import { useAppStore } from '../StoreContext';

const t = messages.common;

export function errorText(error: ActionError): string {
  if (error.code === 'diverged') return format(t.refusals.diverged, { detail: error.message });
  if (error.code === 'invalid') return error.message;
  return t.refusals[error.code];
}

export function ErrorBanner() {
  const error = useAppStore((s) => s.ui.error);
  const dismiss = useAppStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{errorText(error)}</span>
      <button type="button" onClick={dismiss} aria-label={t.view.dismiss} title={t.view.dismiss}>
        ×
      </button>
    </div>
  );
}
