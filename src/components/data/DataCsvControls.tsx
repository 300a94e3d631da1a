/**
 * The data set in and out as CSV (x1…xn, y1…ym, optional split). An import is validated whole by the
 * store: a bad row is named in the alert and the data stays as it was.
 */
import { messages } from '../../i18n';
import { downloadBlob } from '../download';
import { FileImport } from '../FileImport';
import './DataCsvControls.css';
import { useAppStore } from '../StoreContext';

const t = messages.data.csv;

export function DataCsvControls() {
  const importDataCsv = useAppStore((s) => s.importDataCsv);
  const exportDataCsv = useAppStore((s) => s.exportDataCsv);

  return (
    <div className="data-csv" role="group" aria-label={t.group}>
      <FileImport
        label={t.import}
        accept=".csv,text/csv"
        buttonText={t.importButton}
        title={t.hint}
        tooLarge={t.tooLarge}
        onText={importDataCsv}
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
