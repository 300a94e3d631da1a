import { memo } from 'react';
import type { ActivationName } from '../../engine/activations';
import { ACTIVATION_LABELS } from '../../viz/headers';
import type { UnitsTableLayout } from '../../viz/layoutTypes';

interface UnitsTableFrameProps {
  table: UnitsTableLayout;
  activations: readonly (ActivationName | null)[];
}

/**
 * The fixed parts of a table of units (the table layout): its background, the column heads (z, a,
 * dL/dz, dL/da), the row heads (layer, its activation, the unit's number) and the rules between
 * layers. The rows' values belong to the nodes (NodeView), so hovering or selecting a row is the node's.
 */
export const UnitsTableFrame = memo(function UnitsTableFrame({ table, activations }: UnitsTableFrameProps) {
  return (
    // Hidden from the accessibility tree: its rows are the nodes' own elements (each named), so a
    // group here would be empty; the heads only repeat what each node's name says.
    <g className="graph-units" aria-hidden="true">
      <rect className="graph-matrix-bg" {...table.box} rx={4} />
      {table.texts.map((t, k) => {
        const activation = t.kind === 'activation' ? activations[t.layer ?? 0] : null;
        return (
          <text
            key={k}
            x={t.x}
            y={t.y}
            textAnchor={t.anchor}
            className={
              t.kind === 'activation' ? 'graph-matrix-head graph-units-activation' : 'graph-matrix-head'
            }
          >
            {t.kind === 'activation' ? (activation ? ACTIVATION_LABELS[activation] : '') : t.text}
          </text>
        );
      })}
      {table.rules.map((rule, k) => (
        <line key={k} className="graph-units-rule" {...rule} />
      ))}
    </g>
  );
});
