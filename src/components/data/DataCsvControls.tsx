/**
 * The data set in and out as CSV (x1…xn, y1…ym, optional split). An import is validated whole by the
 * store: a bad row is named in the alert and the data stays as it was.
 */
import { useRef, type ChangeEvent } from 'react';
import { messages } from '../../i18n';
import { MAX_SCENARIO_BYTES } from '../../store';
import { downloadBlob } from '../download';
import './DataCsvControls.css';
import { useAppStore } from '../StoreContext';

const t = messages.data.csv;

export function DataCsvControls() {
  const importDataCsv = useAppStore((s) => s.importDataCsv);
  const exportDataCsv = useAppStore((s) => s.exportDataCsv);
  const reportError = useAppStore((s) => s.reportError);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      reportError({ code: 'invalid', field: 'file', message: t.tooLarge });
    } else {
      importDataCsv(await file.text());
    }
    // Let the same file be chosen again after it is fixed.
    input.value = '';
  };

  return (
    <div className="data-csv" role="group" aria-label={t.group}>
      <button type="button" onClick={() => fileInput.current?.click()} title={t.hint}>
        {t.importButton}
      </button>
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        accept=".csv,text/csv"
        aria-label={t.import}
        onChange={(event) => void onFile(event)}
      />
      <button
        type="button"
        onClick={() =>
          downloadBlob(new Blob([exportDataCsv()], { type: 'text/csv' }), 'backprop-lab-data.csv')
        }
        title={t.hint}
      >
        {t.exportButton}
      </button>
    </div>
  );
}
