import { messages } from '../../i18n';
import type { Box } from '../../viz/boxes';
import { formatOldNew } from '../../viz/format';
import type { LineSlot } from '../../viz/layoutTypes';
import { ValueLine } from './ValueLine';

const P = messages.graph.prefix;

interface ParameterLabelProps {
  box: Box;
  lines: readonly LineSlot[];
  kind: 'edge' | 'bias';
  value: number;
  grad: number | undefined;
  /** After an update: the value before it. */
  old: number | undefined;
  /** Characters the first line has room for ("old → new", else "→ new"). */
  maxChars: number;
}

/** A weight's or bias's label: w and dL/dw, or "old → new" and Δ after an update. */
export function ParameterLabel({ box, lines, kind, value, grad, old, maxChars }: ParameterLabelProps) {
  const [first, second] = lines;
  if (!first || !second) return null;
  return (
    <>
      <rect className="graph-label-bg" x={box.x} y={box.y} width={box.width} height={box.height} rx={3} />
      {old === undefined ? (
        <>
          <ValueLine slot={first} prefix={kind === 'edge' ? P.w : P.b} value={value} direction="forward" />
          {/* Not drawn (whitespace between SVG texts), but it parts the lines of the text read out. */}{' '}
          <ValueLine
            slot={second}
            prefix={kind === 'edge' ? P.dLdw : P.dLdb}
            value={grad}
            direction="backward"
          />
        </>
      ) : (
        <>
          <text x={first.x} y={first.y} className="graph-value">
            {formatOldNew(old, value, maxChars)}
          </text>{' '}
          <ValueLine slot={second} prefix={P.change} value={value - old} direction={null} />
        </>
      )}
    </>
  );
}
