/**
 * Accessible names and tooltips of the graph's elements. The name rounds (it is read aloud); the
 * tooltip carries every digit, as the DOM-contract attributes do.
 */
import { format, messages } from '../../i18n';
import { formatFull, formatValue } from '../../viz/format';
import { elementTitle } from '../../viz/names';

const E = messages.graph.element;
const P = messages.graph.prefix;

type Named = readonly (readonly [string, number | undefined])[];

/** "Unit 1 of layer 1, z = 0.3775, a = 0.5933" and its full-precision tooltip, one value per line. */
function describe(title: string, values: Named, extra: string[] = []): { label: string; tooltip: string } {
  let label = title;
  let tooltip = title;
  for (const [name, value] of values) {
    if (value === undefined) continue;
    label += ', ' + format(E.value, { name, value: formatValue(value) });
    tooltip += '\n' + format(E.value, { name, value: formatFull(value) });
  }
  for (const line of extra) tooltip += '\n' + line;
  return { label, tooltip };
}

export function describeNode(
  id: string,
  input: boolean,
  v: { z: number | undefined; a: number | undefined; dLdz: number | undefined; dLda: number | undefined },
  target: number | undefined,
) {
  const title = elementTitle('node', id);
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

function parameterParts(
  kind: 'edge' | 'bias',
  id: string,
  value: number,
  grad: number | undefined,
  old: number | undefined,
) {
  const name = kind === 'edge' ? P.w : P.b;
  const gradName = kind === 'edge' ? P.dLdw : P.dLdb;
  const title = elementTitle(kind, id);
  const values: Named = [
    [name, value],
    [gradName, grad],
  ];
  const extra = () =>
    old === undefined
      ? []
      : [
          format(E.oldNew, { name, old: formatFull(old), new: formatFull(value) }),
          format(E.value, { name: P.change, value: formatFull(value - old) }),
        ];
  return { title, values, extra };
}

/** A weight or bias: value and gradient, plus old → new after an update. */
export function describeParameter(
  kind: 'edge' | 'bias',
  id: string,
  value: number,
  grad: number | undefined,
  old: number | undefined,
) {
  const { title, values, extra } = parameterParts(kind, id, value, grad, old);
  return describe(title, values, extra());
}

/**
 * Only the rounded accessible name: an Update changes hundreds of edges, and each edge's
 * full-precision tooltip is built only while it is shown (see EdgeView).
 */
export function parameterLabel(
  kind: 'edge' | 'bias',
  id: string,
  value: number,
  grad: number | undefined,
): string {
  const { title, values } = parameterParts(kind, id, value, grad, undefined);
  let label = title;
  for (const [name, v] of values) {
    if (v !== undefined) label += ', ' + format(E.value, { name, value: formatValue(v) });
  }
  return label;
}
