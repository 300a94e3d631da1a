import { memo } from 'react';
import type { ActivationName } from '../../engine/activations';
import { headerLines, headerTitle } from '../../viz/headers';
import type { HeaderLayout } from '../../viz/layoutTypes';
import { DIRECTION_TEXT_COLORS, type Direction } from '../../viz/scales';

interface LayerHeaderProps {
  header: HeaderLayout;
  sizes: readonly number[];
  activation: ActivationName | null;
  highlight: Direction | null;
}

/** Above a column: the layer's name, activation and shapes (W out×in, a out, dL/dW as W). */
export const LayerHeader = memo(function LayerHeader({
  header,
  sizes,
  activation,
  highlight,
}: LayerHeaderProps) {
  const lines = headerLines(sizes, header.layer, activation, header.brief);
  return (
    <g className={highlight ? `graph-header is-${highlight}` : 'graph-header'}>
      <title>{headerTitle(sizes, header.layer)}</title>
      {lines.map((line, k) => (
        <text
          key={k}
          x={header.x}
          y={header.baselines[k]}
          textAnchor="middle"
          className={k === 0 ? 'graph-header-name' : undefined}
          fill={k === 0 && highlight ? DIRECTION_TEXT_COLORS[highlight] : undefined}
        >
          {line}
        </text>
      ))}
    </g>
  );
});
