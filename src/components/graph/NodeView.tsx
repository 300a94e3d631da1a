import { Fragment, memo, useCallback } from 'react';
import { attributeValue } from '../../viz/format';
import type { NodeDetail, NodeLayout, NodeLineKey } from '../../viz/layoutTypes';
import { nodePrefix } from '../../viz/nodeLines';
import { valueColor, type Direction } from '../../viz/scales';
import type { GraphTarget } from '../../viz/target';
import { graphButtonProps } from './activate';
import { describeNode } from './describe';
import { ValueLine } from './ValueLine';

export interface NodeViewProps {
  node: NodeLayout;
  detail: NodeDetail;
  z: number | undefined;
  a: number | undefined;
  dLdz: number | undefined;
  dLda: number | undefined;
  /** The target y of an output unit. */
  target: number | undefined;
  /** Its layer is the one a pass is computing (its card gets a wider outline). */
  active: boolean;
  selected: boolean;
  /** One of the two units of the hovered or selected weight, in the table layout (no line joins them). */
  linked: boolean;
  /** The graph's one tab stop (see useGraphKeyboard). */
  tabStop: boolean;
  onSelect: (target: GraphTarget) => void;
}

const DIRECTION_OF: Record<NodeLineKey, Direction | null> = {
  z: 'forward',
  a: 'forward',
  dLdz: 'backward',
  dLda: 'backward',
  y: null,
};

/** A node: its card, tinted by a (sign and magnitude), holding the numbers its layout has room for. */
export const NodeView = memo(function NodeView(props: NodeViewProps) {
  const { node, detail, z, a, dLdz, dLda, target, active, selected, linked, tabStop, onSelect } = props;
  const input = node.layer === 0;
  const shown = node.lines.map((slot) => ({
    key: slot.key,
    prefix: nodePrefix(slot.key, node.layer, detail),
  }));
  const { label, tooltip } = describeNode(node.id, input, { z, a, dLdz, dLda }, target, shown);
  const select = useCallback(
    () => onSelect({ kind: 'node', layer: node.layer, index: node.unit }),
    [onSelect, node],
  );
  const value: Record<NodeLineKey, number | undefined> = { z, a, dLdz, dLda, y: target };
  const { card, label: textBox } = node;
  // A text-free card, or one whose text sits in its own label, is drawn as a round marker; a table
  // row's card is a square swatch before it.
  const swatch = detail === 'table';
  const marker = detail === 'none' || (textBox !== null && !swatch);
  // Text-free cards are solid; a card holding text is a faint tint behind it.
  const opaque = marker || swatch;
  const className = ['graph-el', 'graph-node', selected && 'is-selected', linked && 'is-linked']
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={className}
      data-node={node.id}
      data-z={attributeValue(z)}
      data-a={attributeValue(a)}
      data-dldz={attributeValue(dLdz)}
      data-dlda={attributeValue(dLda)}
      {...graphButtonProps(label, selected, select, tabStop)}
    >
      <title>{tooltip}</title>
      {/* The active layer's cards get a wider outline. The class is on the card itself: on the
          group it made a step restyle every element of the group. */}
      <rect
        className={active ? 'graph-card is-active' : 'graph-card'}
        x={card.x}
        y={card.y}
        width={card.width}
        height={card.height}
        rx={marker ? card.width / 2 : swatch ? 2 : 4}
        fill={a === undefined ? '#ffffff' : valueColor(a)}
        fillOpacity={opaque ? 1 : 0.3}
      />
      {textBox && (
        <rect
          className="graph-label-bg"
          x={textBox.x}
          y={textBox.y}
          width={textBox.width}
          height={textBox.height}
          rx={3}
        />
      )}
      {node.lines.map((slot, k) => (
        <Fragment key={slot.key}>
          {/* Not drawn (whitespace between SVG texts), but it parts the lines of the text read out. */}{' '}
          <ValueLine
            slot={slot}
            prefix={shown[k]!.prefix}
            value={value[slot.key]}
            direction={DIRECTION_OF[slot.key]}
          />
        </Fragment>
      ))}
    </g>
  );
});
