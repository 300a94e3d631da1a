/**
 * Accessible names and tooltips of the graph's elements. The name rounds (it is read aloud); the
 * tooltip carries every digit, as the DOM-contract attributes do.
 */
import { format, messages } from '../../i18n';
import { formatFull, formatValue } from '../../viz/format';

const E = messages.graph.element;
const P = messages.graph.prefix;

type Named = readonly (readonly [string, number | undefined])[];

function parts(values: Named, write: (x: number) => string): string[] {
  return values
    .filter((entry): entry is readonly [string, number] => entry[1] !== undefined)
    .map(([name, value]) => format(E.value, { name, value: write(value) }));
}

/** "Node 1:0, z = 0.3775, a = 0.5933" and its full-precision tooltip, one value per line. */
function describe(title: string, values: Named, extra: string[] = []): { label: string; tooltip: string } {
  return {
    label: [title, ...parts(values, formatValue)].join(', '),
    tooltip: [title, ...parts(values, formatFull), ...extra].join('\n'),
  };
}

export function describeNode(
  id: string,
  input: boolean,
  v: { z: number | undefined; a: number | undefined; dLdz: number | undefined; dLda: number | undefined },
  target: number | undefined,
) {
  const title = format(E.node, { id });
  if (input)
    return describe(title, [
      [P.x, v.a],
      [P.dLda, v.dLda],
    ]);
  return describe(title, [
    [P.z, v.z],
    [P.a, v.a],
    [P.dLdz, v.dLdz],
    [P.dLda, v.dLda],
    [P.y, target],
  ]);
}

/** A weight or bias: value and gradient, plus old → new after an update. */
export function describeParameter(
  kind: 'edge' | 'bias',
  id: string,
  value: number,
  grad: number | undefined,
  old: number | undefined,
) {
  const name = kind === 'edge' ? P.w : P.b;
  const gradName = kind === 'edge' ? P.dLdw : P.dLdb;
  const title = format(kind === 'edge' ? E.edge : E.bias, { id });
  const extra =
    old === undefined
      ? []
      : [
          format(E.oldNew, { name, old: formatFull(old), new: formatFull(value) }),
          format(E.value, { name: P.change, value: formatFull(value - old) }),
        ];
  return describe(
    title,
    [
      [name, value],
      [gradName, grad],
    ],
    extra,
  );
}
