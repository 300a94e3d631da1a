/** The network graph's own keys, listed in the shortcut dialog (see viz/graphNavigation). */
import { messages } from '../../i18n';

const t = messages.common.shortcuts;

/** Keys and the catalog entry naming their action (read at render time, in the current language). */
export const GRAPH_SHORTCUTS: readonly (readonly [string, keyof typeof t])[] = [
  ['↑ / ↓', 'graphUpDown'],
  ['← / →', 'graphLeftRight'],
  ['Shift+← / Shift+→', 'graphLayer'],
  ['Shift+↑ / Shift+↓', 'graphRow'],
  ['Home / End', 'graphHomeEnd'],
  ['Ctrl+Home / Ctrl+End', 'graphFirstLast'],
  ['Enter / Space', 'graphSelect'],
];

export function GraphShortcuts() {
  return (
    <>
      <h3 id="graph-shortcuts-title">{t.graphTitle}</h3>
      <p>{t.graphNote}</p>
      <table aria-labelledby="graph-shortcuts-title">
        <tbody>
          {GRAPH_SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t[action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
