import { memo, useCallback } from 'react';
import { attributeValue } from '../../viz/format';
import type { MatrixCell } from '../../viz/matrices';
import type { BiasLayout } from '../../viz/layoutTypes';
import { valueColor } from '../../viz/scales';
import type { GraphTarget } from '../../viz/target';
import { graphButtonProps } from './activate';
import { describeParameter, parameterShown } from './describe';
import { MatrixCellView } from './MatrixCellView';
import { ParameterLabel } from './ParameterLabel';

export interface BiasViewProps {
  bias: BiasLayout;
  b: number;
  dLdb: number | undefined;
  old: number | undefined;
  /** Characters its label's first line holds ("old → new" or only "→ new"). */
  labelChars: number;
  /** Its cell in the layer's matrix, when the weights are written there. */
  cell: MatrixCell | null;
  selected: boolean;
  /** The graph's one tab stop (see useGraphKeyboard). */
  tabStop: boolean;
  onSelect: (target: GraphTarget) => void;
}

/** A bias: a square marker (coloured by b) joined to its node, and its label when there is room. */
export const BiasView = memo(function BiasView({
  bias,
  b,
  dLdb,
  old,
  labelChars,
  cell,
  selected,
  tabStop,
  onSelect,
}: BiasViewProps) {
  const shown = parameterShown(bias.label, bias.lines, cell, labelChars);
  const { label, tooltip } = describeParameter('bias', bias.id, b, dLdb, old, shown);
  const select = useCallback(
    () => onSelect({ kind: 'bias', layer: bias.layer, index: bias.unit }),
    [onSelect, bias],
  );
  const { marker, link } = bias;
  return (
    <g
      className={selected ? 'graph-el graph-bias is-selected' : 'graph-el graph-bias'}
      data-bias={bias.id}
      data-b={attributeValue(b)}
      data-dldb={attributeValue(dLdb)}
      {...graphButtonProps(label, selected, select, tabStop)}
    >
      <title>{tooltip}</title>
      {link && <line className="graph-bias-link" x1={link.x1} y1={link.y1} x2={link.x2} y2={link.y2} />}
      {marker && (
        <rect
          className="graph-marker"
          x={marker.x}
          y={marker.y}
          width={marker.width}
          height={marker.height}
          fill={valueColor(b)}
        />
      )}
      {bias.label && (
        <ParameterLabel
          box={bias.label}
          lines={bias.lines}
          kind="bias"
          value={b}
          grad={dLdb}
          old={old}
          maxChars={labelChars}
        />
      )}
      {cell && <MatrixCellView cell={cell} value={b} grad={dLdb} old={old} />}
    </g>
  );
});
