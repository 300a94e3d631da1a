/** Presets, scenario import (validated whole; a bad file changes nothing) and export. */
import { useShallow } from 'zustand/react/shallow';
import { messages } from '../../i18n';
import { PRESET_IDS, type PresetId } from '../../store';
import { downloadBlob } from '../download';
import { ExportImageMenu } from '../export/ExportImageMenu';
import { FileImport } from '../FileImport';
import { useAppStore } from '../StoreContext';
import { CodeExportMenu } from './CodeExportMenu';

const t = messages.common.scenario;

export function ScenarioControls() {
  const presetId = useAppStore((s) => s.presetId);
  const actions = useAppStore(
    useShallow((s) => ({
      loadPreset: s.loadPreset,
      importScenario: s.importScenario,
      exportScenario: s.exportScenario,
    })),
  );

  return (
    <div className="scenario-controls">
      <label className="field inline">
        <select
          value={presetId ?? ''}
          onChange={(event) => actions.loadPreset(event.target.value)}
          aria-label={t.preset}
        >
          {presetId === null && <option value="">{t.custom}</option>}
          {PRESET_IDS.map((id: PresetId) => (
            <option key={id} value={id}>
              {t.presets[id]}
            </option>
          ))}
        </select>
      </label>
      <FileImport
        label={t.import}
        accept="application/json,.json"
        buttonText={t.importButton}
        title={t.import}
        tooLarge={t.tooLarge}
        onText={actions.importScenario}
      />
      <button
        type="button"
        onClick={() =>
          downloadBlob(
            new Blob([actions.exportScenario()], { type: 'application/json' }),
            'backprop-lab-scenario.json',
          )
        }
        title={t.export}
        aria-label={t.export}
      >
        {t.exportButton}
      </button>
      <ExportImageMenu />
      <CodeExportMenu />
    </div>
  );
}
