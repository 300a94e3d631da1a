/**
 * A number typed by a person, committed on Enter or when the field loses focus. The store validates;
 * a refused value stays in the field, marked invalid, so the person can fix it, and the store keeps
 * the value it had. The field stays mounted (and focused) when its value changes, so after Enter the
 * person can type on; a value changed elsewhere (Undo, Play) replaces a leftover draft only while the
 * field is not being edited. Give it a `key` only for a different quantity, never for a new value.
 */
import { useState, type KeyboardEvent } from 'react';
import type { ActionResult } from '../../store';

export function CommitField({
  label,
  value,
  onCommit,
  title,
  className,
  width = 7,
}: {
  label: string;
  value: string;
  onCommit: (text: string) => ActionResult;
  title?: string;
  className?: string;
  width?: number;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [editing, setEditing] = useState(false);
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (!editing) {
      setDraft(null);
      setInvalid(false);
    }
  }

  const commit = () => {
    if (draft === null || draft === value) {
      setDraft(null);
      return;
    }
    const result = onCommit(draft);
    setInvalid(!result.ok);
    if (result.ok) setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') {
      setDraft(null);
      setInvalid(false);
    }
  };

  return (
    <input
      type="text"
      inputMode="decimal"
      spellCheck={false}
      className={className ?? 'number-field'}
      aria-label={label}
      aria-invalid={invalid}
      title={title ?? label}
      size={width}
      value={draft ?? value}
      onChange={(event) => setDraft(event.target.value)}
      onFocus={() => setEditing(true)}
      onBlur={() => {
        setEditing(false);
        commit();
      }}
      onKeyDown={onKeyDown}
    />
  );
}
