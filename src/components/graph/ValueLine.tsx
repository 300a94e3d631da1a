import type { LineSlot } from '../../viz/layoutTypes';
import { DIRECTION_TEXT_COLORS, type Direction } from '../../viz/scales';
import { shownValue } from './describe';

interface ValueLineProps {
  slot: LineSlot;
  prefix: string;
  value: number | undefined;
  /** Colours the prefix (or, without a prefix, the value): forward for z, a, w, b; backward for gradients. */
  direction: Direction | null;
}

/** One "prefix value" line of a label; a dash while the value is not computed yet. */
export function ValueLine({ slot, prefix, value, direction }: ValueLineProps) {
  const colour = direction ? DIRECTION_TEXT_COLORS[direction] : undefined;
  return (
    <text x={slot.x} y={slot.y}>
      {prefix && (
        <tspan className="graph-prefix" fill={colour}>
          {prefix}
        </tspan>
      )}
      <tspan
        x={slot.valueX}
        className={value === undefined ? 'graph-pending' : 'graph-value'}
        fill={prefix ? undefined : colour}
      >
        {shownValue(value)}
      </tspan>
    </text>
  );
}
