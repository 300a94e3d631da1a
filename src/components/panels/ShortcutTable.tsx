/** A table of keys and what they do, for the shortcut dialog: the app's keys and the graph's own. */
import { messages } from '../../i18n';

const t = messages.common.shortcuts;

/** Keys and the catalog entry naming their action (read at render time, in the current language). */
export type ShortcutRows = readonly (readonly [string, keyof typeof t])[];

/** The network graph's own keys (see viz/graphNavigation). */
export const GRAPH_SHORTCUTS: ShortcutRows = [
  ['↑ / ↓', 'graphUpDown'],
  ['← / →', 'graphLeftRight'],
  ['Shift+← / Shift+→', 'graphLayer'],
  ['Shift+↑ / Shift+↓', 'graphRow'],
  ['Home / End', 'graphHomeEnd'],
  ['Ctrl+Home / Ctrl+End', 'graphFirstLast'],
  ['Enter / Space', 'graphSelect'],
];

export function ShortcutTable({ rows, labelledBy }: { rows: ShortcutRows; labelledBy?: string }) {
  return (
    <table aria-labelledby={labelledBy}>
      <tbody>
        {rows.map(([keys, action]) => (
          <tr key={keys}>
            <th scope="row">
              <kbd>{keys}</kbd>
            </th>
            <td>{t[action]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The graph's keys under their heading, and what they leave to the app (PageDown, PageUp). */
export function GraphShortcuts() {
  return (
    <>
      <h3 id="graph-shortcuts-title">{t.graphTitle}</h3>
      <p>{t.graphNote}</p>
      <ShortcutTable rows={GRAPH_SHORTCUTS} labelledBy="graph-shortcuts-title" />
    </>
  );
}
