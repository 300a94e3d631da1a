import { memo, useCallback, useState } from 'react';
import { attributeValue } from '../../viz/format';
import type { MatrixCell } from '../../viz/matrices';
import type { EdgeLayout } from '../../viz/layoutTypes';
import type { GraphTarget } from '../../viz/target';
import { graphButtonProps } from './activate';
import { describeParameter, parameterLabel, parameterShown } from './describe';
import { HitLine, StrokeLine } from './EdgeStroke';
import { MatrixCellView } from './MatrixCellView';
import { ParameterLabel } from './ParameterLabel';

export interface EdgeViewProps {
  edge: EdgeLayout;
  w: number;
  dLdw: number | undefined;
  old: number | undefined;
  /** Characters its label's first line holds ("old → new" or only "→ new"). */
  labelChars: number;
  /** Its cell in the layer's matrix, when the weights are written there. */
  cell: MatrixCell | null;
  selected: boolean;
  /** The graph's one tab stop (see useGraphKeyboard). */
  tabStop: boolean;
  /** Its line (or label) is hovered or focused: label and line light up together. */
  emphasis: boolean;
  onSelect: (target: GraphTarget) => void;
  /** Reports hover and focus (the edge's id, or null on leaving), for the compact-mode callout. */
  onHover: (id: string | null) => void;
  /** Draw the visible line here (compact mode: no labels it could cross); else EdgeStroke draws it. */
  drawStroke: boolean;
  strokeValue: number;
  presentation: boolean;
}

/**
 * The interactive part of an edge: a wide transparent hit line, its label, its DOM-contract attributes.
 * The full-precision <title> tooltip exists only while the edge is hovered, focused or selected: on
 * the largest network an Update would otherwise rewrite hundreds of tooltips nobody is looking at.
 */
export const EdgeView = memo(function EdgeView(props: EdgeViewProps) {
  const { edge, w, dLdw, old, cell, selected, onSelect, onHover } = props;
  const [pointed, setPointed] = useState(false);
  const [focused, setFocused] = useState(false);
  const showTooltip = pointed || focused || selected;
  const shown = parameterShown(edge.label, edge.lines, cell, props.labelChars);
  const tooltip = showTooltip ? describeParameter('edge', edge.id, w, dLdw, old, shown).tooltip : null;
  const label = parameterLabel('edge', edge.id, w, dLdw, old, shown);
  // The same function on every render: a new click handler would make React reassign the element's
  // onclick on each of the hundreds of edges a step changes.
  const select = useCallback(
    () => onSelect({ kind: 'edge', layer: edge.layer, to: edge.i, from: edge.j }),
    [onSelect, edge],
  );
  const hover = (id: string | null, set: (on: boolean) => void) => {
    set(id !== null);
    onHover(id);
  };
  return (
    <g
      className={['graph-el graph-edge', selected && 'is-selected', props.emphasis && 'is-emphasis']
        .filter(Boolean)
        .join(' ')}
      data-edge={edge.id}
      data-w={attributeValue(w)}
      data-dldw={attributeValue(dLdw)}
      {...graphButtonProps(label, selected, select, props.tabStop)}
      onPointerEnter={() => hover(edge.id, setPointed)}
      onPointerLeave={() => hover(null, setPointed)}
      onFocus={() => hover(edge.id, setFocused)}
      onBlur={() => hover(null, setFocused)}
    >
      {tooltip !== null && <title>{tooltip}</title>}
      {props.drawStroke && (
        <StrokeLine
          segment={edge}
          value={props.strokeValue}
          presentation={props.presentation}
          selected={selected}
        />
      )}
      {props.drawStroke && <HitLine segment={edge} />}
      {edge.label && (
        <ParameterLabel
          box={edge.label}
          lines={edge.lines}
          kind="edge"
          value={w}
          grad={dLdw}
          old={old}
          maxChars={props.labelChars}
        />
      )}
      {cell && <MatrixCellView cell={cell} value={w} grad={dLdw} old={old} />}
    </g>
  );
});
