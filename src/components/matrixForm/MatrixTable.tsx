import { formatFull, formatValue } from '../../viz/format';

export interface MatrixTableProps {
  /** Rows of values; a column vector is one value per row. undefined = not computed yet. */
  rows: (number | undefined)[][];
  /** data-entry of cell (i, j), e.g. "dLdW:1:0:2"; data-cell (DOM contract) for W and b. */
  entry: (i: number, j: number) => string;
  cell?: (i: number, j: number) => string | undefined;
  label: string;
}

/** A bracketed matrix or vector of numbers, 4 significant digits shown, full precision in data-value. */
export function MatrixTable({ rows, entry, cell, label }: MatrixTableProps) {
  return (
    <table className="matrix-table" aria-label={label}>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((value, j) => (
              <td
                key={j}
                data-entry={entry(i, j)}
                {...(cell?.(i, j) ? { 'data-cell': cell(i, j) } : {})}
                {...(value === undefined ? {} : { 'data-value': formatFull(value) })}
              >
                {value === undefined ? '·' : formatValue(value)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
