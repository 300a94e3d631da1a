/**
 * Accessible names and tooltips of the graph's elements. A name begins with the text the element
 * shows, line after line as drawn ("w0.2 dL/dw–"), so a speech-input user can say what they see
 * (WCAG 2.5.3, label in name); then what the element is ("Weight W1[1][2]") and any computed value
 * it does not show under its own name. The name rounds (it is read aloud); the tooltip carries
 * every digit, as the DOM-contract attributes do.
 */
import { format, messages } from '../../i18n';
import { formatFull, formatOldNew, formatValue } from '../../viz/format';
import type { Box } from '../../viz/boxes';
import type { LineSlot, NodeLineKey } from '../../viz/layoutTypes';
import type { MatrixCell } from '../../viz/matrices';
import { elementTitle } from '../../viz/names';

const E = messages.graph.element;
const P = messages.graph.prefix;

/** A value as a label shows it: rounded, or a dash while it is not computed yet. */
export function shownValue(value: number | undefined): string {
  return value === undefined ? '–' : formatValue(value);
}

/** The lines of a weight's or bias's label, as ParameterLabel draws them. */
export function parameterLabelLines(
  kind: 'edge' | 'bias',
  value: number,
  grad: number | undefined,
  old: number | undefined,
  maxChars: number,
): string[] {
  if (old !== undefined) return [formatOldNew(old, value, maxChars), P.change + shownValue(value - old)];
  return [
    (kind === 'edge' ? P.w : P.b) + shownValue(value),
    (kind === 'edge' ? P.dLdw : P.dLdb) + shownValue(grad),
  ];
}

/** The lines of a weight's or bias's matrix cell, as MatrixCellView draws them (old, new, Δ after Update). */
export function matrixCellLines(value: number, grad: number | undefined, old: number | undefined): string[] {
  return old === undefined
    ? [formatValue(value), shownValue(grad)]
    : [formatValue(old), formatValue(value), formatValue(value - old)];
}

type Named = readonly (readonly [string, number | undefined])[];

/**
 * "z0.3775 a0.5933, Unit 1 of layer 1" (what is shown, then what it is and the computed values not
 * shown under their names) and the full-precision tooltip, one value per line.
 */
function describe(
  title: string,
  values: Named,
  shown: readonly string[],
  extra: readonly string[] = [],
): { label: string; tooltip: string } {
  let label = title;
  let tooltip = title;
  for (const [name, value] of values) {
    if (value === undefined) continue;
    tooltip += '\n' + format(E.value, { name, value: formatFull(value) });
    if (!shown.includes(name)) label += ', ' + format(E.value, { name, value: formatValue(value) });
  }
  for (const line of extra) tooltip += '\n' + line;
  return { label, tooltip };
}

/** The name: the visible lines first, then the description. */
function withVisible(lines: readonly string[], label: string): string {
  return lines.length === 0 ? label : `${lines.join(' ')}, ${label}`;
}

/** A line of a node's card: its prefix (possibly none) and the key of its value. */
export interface ShownLine {
  key: NodeLineKey;
  prefix: string;
}

/**
 * A node: `lines` are the lines its card draws (none for a bare marker). A value drawn under its
 * name ("z0.3775") is not repeated in the description; one drawn without a name is.
 */
export function describeNode(
  id: string,
  input: boolean,
  v: { z: number | undefined; a: number | undefined; dLdz: number | undefined; dLda: number | undefined },
  target: number | undefined,
  lines: readonly ShownLine[] = [],
) {
  const title = elementTitle('node', id);
  const value: Record<NodeLineKey, number | undefined> = { ...v, y: target };
  const name: Record<NodeLineKey, string> = {
    z: P.z,
    a: input ? P.x : P.a,
    dLdz: P.dLdz,
    dLda: P.dLda,
    y: P.y,
  };
  const named = lines.filter((line) => line.prefix !== '').map((line) => name[line.key]);
  const values: Named = input
    ? [
        [P.x, v.a],
        [P.dLda, v.dLda],
      ]
    : [
        [P.z, v.z],
        [P.a, v.a],
        [P.dLdz, v.dLdz],
        [P.dLda, v.dLda],
        [P.y, target],
      ];
  const { label, tooltip } = describe(title, values, named);
  const visible = lines.map((line) => line.prefix + shownValue(value[line.key]));
  return { label: withVisible(visible, label), tooltip };
}

/** What a weight's or bias's element draws: its label, its matrix cell, either or neither. */
export interface ParameterShown {
  label: boolean;
  cell: boolean;
  /** Characters the label's first line holds ("old → new" or only "→ new"). */
  maxChars: number;
}

/** What an element with this label box, label lines and matrix cell draws (see ParameterLabel, MatrixCellView). */
export function parameterShown(
  label: Box | null,
  lines: readonly LineSlot[],
  cell: MatrixCell | null,
  maxChars: number,
): ParameterShown {
  return {
    label: label !== null && lines.length >= 2,
    cell: cell !== null && cell.lines.length >= 2,
    maxChars,
  };
}

function parameterParts(
  kind: 'edge' | 'bias',
  id: string,
  value: number,
  grad: number | undefined,
  old: number | undefined,
  shown: ParameterShown,
) {
  const name = kind === 'edge' ? P.w : P.b;
  const gradName = kind === 'edge' ? P.dLdw : P.dLdb;
  const values: Named = [
    [name, value],
    [gradName, grad],
  ];
  const visible = [
    ...(shown.label ? parameterLabelLines(kind, value, grad, old, shown.maxChars) : []),
    ...(shown.cell ? matrixCellLines(value, grad, old) : []),
  ];
  // Before an update the label writes w and dL/dw under their names; after it, old → new and Δ.
  const named: string[] = shown.label && old === undefined ? [name, gradName] : [];
  const extra = () =>
    old === undefined
      ? []
      : [
          format(E.oldNew, { name, old: formatFull(old), new: formatFull(value) }),
          format(E.value, { name: P.change, value: formatFull(value - old) }),
        ];
  return { title: elementTitle(kind, id), values, visible, named, extra };
}

/** A weight or bias: name and tooltip (value and gradient, plus old → new after an update). */
export function describeParameter(
  kind: 'edge' | 'bias',
  id: string,
  value: number,
  grad: number | undefined,
  old: number | undefined,
  shown: ParameterShown,
) {
  const { title, values, visible, named, extra } = parameterParts(kind, id, value, grad, old, shown);
  const { label, tooltip } = describe(title, values, named, extra());
  return { label: withVisible(visible, label), tooltip };
}

/**
 * Only the accessible name: an Update changes hundreds of edges, and each edge's full-precision
 * tooltip is built only while it is shown (see EdgeView).
 */
export function parameterLabel(
  kind: 'edge' | 'bias',
  id: string,
  value: number,
  grad: number | undefined,
  old: number | undefined,
  shown: ParameterShown,
): string {
  const { title, values, visible, named } = parameterParts(kind, id, value, grad, old, shown);
  let label = title;
  for (const [name, v] of values) {
    if (v !== undefined && !named.includes(name))
      label += ', ' + format(E.value, { name, value: formatValue(v) });
  }
  return withVisible(visible, label);
}
