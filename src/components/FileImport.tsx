/**
 * A button that opens the file dialog of a hidden file input, reads the chosen file as text and
 * hands it on. A file over MAX_SCENARIO_BYTES is refused with `tooLarge` before it is read. One
 * definition for every import (scenario, data CSV).
 */
import { useRef, type ChangeEvent } from 'react';
import { MAX_SCENARIO_BYTES } from '../store';
import { useAppStore } from './StoreContext';

export interface FileImportProps {
  /** The file input's accessible name (the DOM contract names the scenario input "Import scenario"). */
  label: string;
  /** The file types the dialog offers, as the input's `accept`. */
  accept: string;
  /** The button's text and tooltip. */
  buttonText: string;
  title: string;
  /** The refusal shown for a file that is too large. */
  tooLarge: string;
  onText(text: string): void;
}

export function FileImport({ label, accept, buttonText, title, tooLarge, onText }: FileImportProps) {
  const reportError = useAppStore((s) => s.reportError);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      reportError({ code: 'invalid', field: 'file', message: tooLarge });
    } else {
      onText(await file.text());
    }
    // Let the same file be chosen again after it is fixed.
    input.value = '';
  };

  return (
    <>
      <button type="button" onClick={() => fileInput.current?.click()} title={title}>
        {buttonText}
      </button>
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        accept={accept}
        aria-label={label}
        onChange={(event) => void onFile(event)}
      />
    </>
  );
}
