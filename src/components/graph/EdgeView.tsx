import { memo, useCallback, useState } from 'react';
import type { ParameterValues } from '../../viz/graphValues';
import type { MatrixCell } from '../../viz/matrices';
import type { EdgeLayout } from '../../viz/layoutTypes';
import type { GraphTarget } from '../../viz/target';
import { graphButtonProps } from './activate';
import { describeParameter, parameterShown } from './describe';
import { HitLine } from './HitLine';
import { MatrixCellView } from './MatrixCellView';
import { ParameterLabel } from './ParameterLabel';

export interface EdgeViewProps {
  edge: EdgeLayout;
  /**
   * w, dL/dw and old when this element draws them (see drawsNumbers); else null, so a step that
   * changes every edge's numbers re-renders none of the edges that show none.
   */
  numbers: ParameterValues | null;
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
  /**
   * Carry its own hit line (no labels on the edges); with labels on the edges the hit lines are in
   * a layer below every label instead. The visible line is on the graph's canvas (EdgeCanvas).
   */
  hitLine: boolean;
}

/**
 * Whether an edge element draws its numbers: in a label or a matrix cell, or in its tooltip, which
 * it may show while it is `lookedAt`: hovered, selected, or the graph's tab stop (the element that
 * has or last had the keyboard focus).
 */
export function drawsNumbers(edge: EdgeLayout, cell: MatrixCell | null, lookedAt: boolean): boolean {
  return lookedAt || edge.label !== null || cell !== null;
}

const sameNumbers = (a: ParameterValues | null, b: ParameterValues | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    Object.is(a.value, b.value) &&
    Object.is(a.grad, b.grad) &&
    Object.is(a.old, b.old));

/** Memo's test: every prop by identity, but the numbers by value (each step builds new objects). */
function sameProps(a: EdgeViewProps, b: EdgeViewProps): boolean {
  for (const key of Object.keys(b) as (keyof EdgeViewProps)[])
    if (key === 'numbers' ? !sameNumbers(a.numbers, b.numbers) : !Object.is(a[key], b[key])) return false;
  return true;
}

/**
 * The interactive part of an edge: a wide transparent hit line, its label, its matrix cell (its
 * visible line is on the graph's canvas, EdgeCanvas). Its DOM-contract attributes and its accessible
 * name change with every step and are written by useEdgeAttributes, not rendered here. The full-precision <title> tooltip
 * exists only while the edge is hovered, focused or selected: on the largest network an Update would
 * otherwise rewrite hundreds of tooltips nobody is looking at.
 */
export const EdgeView = memo(function EdgeView(props: EdgeViewProps) {
  const { edge, numbers, cell, selected, onSelect, onHover } = props;
  const [focused, setFocused] = useState(false);
  const showTooltip = (props.emphasis || focused || selected) && numbers !== null;
  const tooltip = showTooltip
    ? describeParameter(
        'edge',
        edge.id,
        numbers.value,
        numbers.grad,
        numbers.old,
        parameterShown(edge.label, edge.lines, cell, props.labelChars),
      ).tooltip
    : null;
  // The same function on every render: a new click handler would make React reassign the element's
  // onclick whenever the edge re-renders.
  const select = useCallback(
    () => onSelect({ kind: 'edge', layer: edge.layer, to: edge.i, from: edge.j }),
    [onSelect, edge],
  );
  return (
    <g
      className={['graph-el graph-edge', selected && 'is-selected', props.emphasis && 'is-emphasis']
        .filter(Boolean)
        .join(' ')}
      data-edge={edge.id}
      {...graphButtonProps(undefined, selected, select, props.tabStop)}
      onPointerEnter={() => onHover(edge.id)}
      onPointerLeave={() => onHover(null)}
      onFocus={() => {
        setFocused(true);
        onHover(edge.id);
      }}
      onBlur={() => {
        setFocused(false);
        onHover(null);
      }}
    >
      {tooltip !== null && <title>{tooltip}</title>}
      {props.hitLine && <HitLine segment={edge} />}
      {edge.label && numbers && (
        <ParameterLabel
          box={edge.label}
          lines={edge.lines}
          kind="edge"
          value={numbers.value}
          grad={numbers.grad}
          old={numbers.old}
          maxChars={props.labelChars}
        />
      )}
      {cell && numbers && (
        <MatrixCellView cell={cell} value={numbers.value} grad={numbers.grad} old={numbers.old} />
      )}
    </g>
  );
}, sameProps);
