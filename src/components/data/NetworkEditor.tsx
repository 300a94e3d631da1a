/** Add and remove hidden layers (0–6) and set their units (1–8); each change re-initialises from the seed. */
import { useShallow } from 'zustand/react/shallow';
import { LIMITS, layerSizes } from '../../engine';
import { format, messages } from '../../i18n';
import { useAppStore } from '../StoreContext';

const t = messages.data;

export function NetworkEditor() {
  const sizes = useAppStore(useShallow((s) => layerSizes(s.session.model)));
  const { addLayer, removeLayer, setUnits } = useAppStore(
    useShallow((s) => ({ addLayer: s.addLayer, removeLayer: s.removeLayer, setUnits: s.setUnits })),
  );
  const hidden = sizes.slice(1, -1);
  return (
    <section className="panel network" aria-labelledby="network-heading">
      <h2 id="network-heading">{t.network}</h2>
      <p className="muted">{format(t.shape, { shape: sizes.join('-') })}</p>
      {hidden.map((units, i) => (
        <div className="field" key={i}>
          <label className="field-label" htmlFor={`units-${i}`}>
            {format(t.layerSummary, { layer: i + 1 })}
          </label>
          <select
            id={`units-${i}`}
            value={units}
            aria-label={format(t.unitsOf, { layer: i + 1 })}
            onChange={(e) => setUnits(i + 1, Number(e.target.value))}
          >
            {Array.from({ length: LIMITS.maxUnits - LIMITS.minUnits + 1 }, (_, k) => LIMITS.minUnits + k).map(
              (n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ),
            )}
          </select>
          <button
            type="button"
            onClick={() => removeLayer(i + 1)}
            aria-label={format(t.removeLayer, { layer: i + 1 })}
            title={format(t.removeLayer, { layer: i + 1 })}
          >
            −
          </button>
        </div>
      ))}
      <button type="button" onClick={() => addLayer()} disabled={hidden.length >= LIMITS.maxHiddenLayers}>
        {t.addLayer}
      </button>
    </section>
  );
}
