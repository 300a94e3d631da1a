import { memo } from 'react';
import { attributeValue } from '../../viz/format';
import type { EdgeLayout } from '../../viz/layoutTypes';
import type { GraphTarget } from '../../viz/target';
import { onActivateKey } from './activate';
import { describeParameter } from './describe';
import { StrokeLine } from './EdgeStroke';
import { ParameterLabel } from './ParameterLabel';

export interface EdgeViewProps {
  edge: EdgeLayout;
  w: number;
  dLdw: number | undefined;
  old: number | undefined;
  selected: boolean;
  onSelect: (target: GraphTarget) => void;
  /** Reports hover and focus (the edge's id, or null on leaving), for the compact-mode callout. */
  onHover: (id: string | null) => void;
  /** Draw the visible line here (compact mode: no labels it could cross); else EdgeStroke draws it. */
  drawStroke: boolean;
  strokeValue: number;
  dim: boolean;
  presentation: boolean;
}

/** The interactive part of an edge: a wide transparent hit line, its label, its DOM-contract attributes. */
export const EdgeView = memo(function EdgeView(props: EdgeViewProps) {
  const { edge, w, dLdw, old, selected, onSelect, onHover } = props;
  const { label, tooltip } = describeParameter('edge', edge.id, w, dLdw, old);
  const select = () => onSelect({ kind: 'edge', layer: edge.layer, to: edge.i, from: edge.j });
  const enter = () => onHover(edge.id);
  const leave = () => onHover(null);
  return (
    <g
      className={selected ? 'graph-el graph-edge is-selected' : 'graph-el graph-edge'}
      data-edge={edge.id}
      data-w={attributeValue(w)}
      data-dldw={attributeValue(dLdw)}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      onClick={select}
      onKeyDown={(event) => onActivateKey(event, select)}
      onPointerEnter={enter}
      onPointerLeave={leave}
      onFocus={enter}
      onBlur={leave}
    >
      <title>{tooltip}</title>
      {props.drawStroke && (
        <StrokeLine
          segment={edge}
          value={props.strokeValue}
          presentation={props.presentation}
          dim={props.dim}
          selected={selected}
        />
      )}
      <line className="graph-hit" x1={edge.x1} y1={edge.y1} x2={edge.x2} y2={edge.y2} />
      {edge.label && (
        <ParameterLabel box={edge.label} lines={edge.lines} kind="edge" value={w} grad={dLdw} old={old} />
      )}
    </g>
  );
});
