/** The training samples as a small editable table (first rows only: a table of 2,000 helps nobody). */
import { useState } from 'react';
import { format, messages } from '../../i18n';
import { useAppStore } from '../StoreContext';
import { CommitField } from '../controls/CommitField';
import { inputName, targetName } from '../../viz/names';

const t = messages.data;
const MAX_ROWS = 20;

export function SampleTable() {
  const samples = useAppStore((s) => s.rawTrain);
  const setDataValue = useAppStore((s) => s.setDataValue);
  const [open, setOpen] = useState(false);
  const shown = samples.slice(0, MAX_ROWS);
  const first = samples[0];
  if (!first) return null;
  return (
    <details className="sample-table" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.tableToggle}</summary>
      {open && (
        <table>
          <caption className="visually-hidden">{t.table}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {first.x.map((_, j) => (
                <th scope="col" key={`x${j}`}>
                  {inputName(j)}
                </th>
              ))}
              {first.y.map((_, k) => (
                <th scope="col" key={`y${k}`}>
                  {targetName(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((sample, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {(['x', 'y'] as const).flatMap((kind) =>
                  sample[kind].map((value, j) => (
                    <td key={`${kind}${j}`}>
                      <CommitField
                        label={format(t.tableRow, {
                          index: i + 1,
                          name: kind === 'x' ? inputName(j) : targetName(j),
                        })}
                        value={String(value)}
                        onCommit={(text) => setDataValue(i, kind, j, text)}
                        width={6}
                      />
                    </td>
                  )),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && samples.length > MAX_ROWS && (
        <p className="muted">{format(t.moreRows, { shown: MAX_ROWS, count: samples.length })}</p>
      )}
    </details>
  );
}
