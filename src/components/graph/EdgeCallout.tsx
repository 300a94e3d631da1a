import type { EdgeLayout } from '../../viz/layoutTypes';
import type { ParameterValues } from '../../viz/graphValues';
import { ParameterLabel } from './ParameterLabel';

interface EdgeCalloutProps {
  edge: EdgeLayout;
  values: ParameterValues;
  labelChars: number;
}

/**
 * Compact mode: the values of the hovered, focused or selected edge, drawn on top of everything at
 * the edge's midpoint. The edge element itself (and its tooltip) stays the accessible source.
 */
export function EdgeCallout({ edge, values, labelChars }: EdgeCalloutProps) {
  return (
    <g className="graph-callout" aria-hidden="true" data-callout={edge.id}>
      <ParameterLabel
        box={edge.callout}
        lines={edge.calloutLines}
        kind="edge"
        value={values.value}
        grad={values.grad}
        old={values.old}
        maxChars={labelChars}
      />
    </g>
  );
}
