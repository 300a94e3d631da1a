/** Presets, scenario import (validated whole; a bad file changes nothing) and export. */
import { useRef, type ChangeEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { messages } from '../../i18n';
import { MAX_SCENARIO_BYTES, PRESET_IDS, type PresetId } from '../../store';
import { ExportImageMenu } from '../export/ExportImageMenu';
import { useAppStore } from '../StoreContext';

const t = messages.common.scenario;

function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

export function ScenarioControls() {
  const presetId = useAppStore((s) => s.presetId);
  const actions = useAppStore(
    useShallow((s) => ({
      loadPreset: s.loadPreset,
      importScenario: s.importScenario,
      exportScenario: s.exportScenario,
      reportError: s.reportError,
    })),
  );
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      actions.reportError({ code: 'invalid', field: 'file', message: t.tooLarge });
    } else {
      actions.importScenario(await file.text());
    }
    // Let the same file be chosen again after it is fixed.
    input.value = '';
  };

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
      <button type="button" onClick={() => fileInput.current?.click()} title={t.import}>
        {t.importButton}
      </button>
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        aria-label={t.import}
        onChange={(event) => void onFile(event)}
      />
      <button
        type="button"
        onClick={() => download(actions.exportScenario(), 'backprop-lab-scenario.json')}
        title={t.export}
        aria-label={t.export}
      >
        {t.exportButton}
      </button>
      <ExportImageMenu />
    </div>
  );
}
