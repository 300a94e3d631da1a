/**
 * The last refused action, in words, in a role="alert" region that screen readers announce. It
 * floats over the graph's top edge from a slot of no height, so an error never moves what is under
 * the pointer (the banner used to push the page down by its height).
 */
import { useLayoutEffect, useRef } from 'react';
import { format, messages } from '../../i18n';
import { divergedDetail } from '../../i18n/diverged';
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
    return format(t.refusals.diverged, { detail: params ? divergedDetail(params, e) : error.message });
  }
  if (error.code === 'invalid') return invalidText(error);
  return t.refusals[error.code];
}

/**
 * Where the focus goes when the banner's × removes itself: back to the control that was focused
 * when the error appeared (the field with the bad value), else the first step button that works.
 */
function focusAfterDismiss(origin: Element | null): void {
  const fallback = document.querySelector<HTMLElement>('[role="toolbar"] button:not(:disabled)');
  const target = origin instanceof HTMLElement && origin.isConnected ? origin : fallback;
  target?.focus();
}

export function ErrorBanner() {
  const error = useAppStore((s) => s.ui.error);
  const dismiss = useAppStore((s) => s.dismissError);
  // The control focused when this error appeared: the banner's slot outlives each banner.
  const origin = useRef<Element | null>(null);
  // (A field that commits again on blur, as the × takes the focus, raises a new error: that one
  // keeps the field as its origin, not the page or the × itself.)
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!error) origin.current = null;
    if (!error || active === null || active === document.body || slot.current?.contains(active)) return;
    origin.current = active;
  }, [error]);
  return (
    <div className="error-slot" ref={slot}>
      {error && (
        <div className="error-banner" role="alert">
          <span>{errorText(error)}</span>
          <button
            type="button"
            onClick={() => {
              dismiss();
              focusAfterDismiss(origin.current);
            }}
            aria-label={t.view.dismiss}
            title={t.view.dismiss}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
