import type { MatrixCell } from '../../viz/matrices';
import { formatValue } from '../../viz/format';
import { shownValue } from './describe';
import { DIRECTION_TEXT_COLORS } from '../../viz/scales';

interface MatrixCellViewProps {
  cell: MatrixCell;
  value: number;
  grad: number | undefined;
  /** After an update: the value before it. */
  old: number | undefined;
}

/**
 * A weight's or bias's cell in its layer's matrix, drawn inside the edge's or bias's own element (so
 * hovering, focusing or selecting either highlights both): w over dL/dw, or after Update the old
 * value (struck through), the new one and Δ = new − old, as the matrix's legend says.
 */
export function MatrixCellView({ cell, value, grad, old }: MatrixCellViewProps) {
  const [first, second, third] = cell.lines;
  if (!first || !second || !third) return null;
  const { box } = cell;
  const updated = old !== undefined;
  return (
    <g data-cell={cell.id} className={updated ? 'graph-cell is-updated' : 'graph-cell'}>
      {/* Whitespace between SVG texts is not drawn; it parts the values in the text read out. */}{' '}
      <rect className="graph-cell-bg" x={box.x} y={box.y} width={box.width} height={box.height} />
      <text x={first.x} y={first.y} className={updated ? 'graph-value graph-old' : 'graph-value'}>
        <tspan fill={updated ? undefined : DIRECTION_TEXT_COLORS.forward}>
          {formatValue(updated ? old : value)}
        </tspan>
      </text>{' '}
      <text
        x={second.x}
        y={second.y}
        className={updated ? 'graph-value graph-new' : grad === undefined ? 'graph-pending' : 'graph-value'}
        fill={updated ? undefined : DIRECTION_TEXT_COLORS.backward}
      >
        {updated ? formatValue(value) : shownValue(grad)}
      </text>{' '}
      {updated && (
        <text x={third.x} y={third.y} className="graph-value graph-change">
          {formatValue(value - old)}
        </text>
      )}
    </g>
  );
}
