/** Graph | Table: the network's values drawn as the graph or written as tables (ValuesTable). */
import { messages } from '../../i18n';
import type { ValuesView } from '../../store';
import { useAppStore } from '../StoreContext';
import './values.css';

const VIEWS: readonly ValuesView[] = ['graph', 'table'];

export function ViewSwitch() {
  const view = useAppStore((s) => s.ui.valuesView);
  const setView = useAppStore((s) => s.setValuesView);
  const t = messages.values;
  return (
    <div className="view-switch" role="group" aria-label={t.view}>
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={v === view} onClick={() => setView(v)}>
          {t[v]}
        </button>
      ))}
    </div>
  );
}
