import { memo } from 'react';
import { format, messages } from '../../i18n';
import type { MatrixLayout } from '../../viz/matrices';

const M = messages.graph.matrix;

interface MatrixFrameProps {
  matrix: MatrixLayout;
  /** After an update the cells hold old and new values; the legend says so. */
  updated: boolean;
}

/**
 * The fixed parts of a layer's W | b matrix: its title with the shape, the legend of the two lines
 * in each cell, the column heads (the inputs, then b), the row heads (the layer's units) and the
 * brackets. The cells themselves belong to the edges and biases (MatrixCellView).
 */
export const MatrixFrame = memo(function MatrixFrame({ matrix, updated }: MatrixFrameProps) {
  const { grid } = matrix;
  const tick = 6;
  const biasX = grid.x + grid.width - grid.width / (matrix.cells[0]?.length ?? 1);
  const bracket = (x: number, dir: 1 | -1) =>
    `M${x + dir * tick},${grid.y} H${x} V${grid.y + grid.height} H${x + dir * tick}`;
  return (
    <g className="graph-matrix" aria-label={format(M.label, { layer: matrix.layer })} role="group">
      <rect
        className="graph-matrix-bg"
        x={matrix.box.x}
        y={matrix.box.y}
        width={matrix.box.width}
        height={matrix.box.height}
        rx={4}
      />
      {matrix.texts.map((t, k) => (
        <text
          key={k}
          x={t.x}
          y={t.y}
          textAnchor={t.anchor}
          className={`graph-matrix-${t.kind}`}
          aria-hidden={t.kind === 'head' ? true : undefined}
        >
          {t.kind === 'legend' && updated ? M.legendUpdated : t.text}
        </text>
      ))}
      <path className="graph-matrix-bracket" d={bracket(grid.x, 1)} />
      <path className="graph-matrix-bracket" d={bracket(grid.x + grid.width, -1)} />
      <line className="graph-matrix-rule" x1={biasX} y1={grid.y} x2={biasX} y2={grid.y + grid.height} />
    </g>
  );
});
