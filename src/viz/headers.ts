/**
 * The text above each column: which layer it is, its activation and its shapes. The layout uses the
 * same function to reserve room, so a header never outgrows its box.
 */
import { messages, format } from '../i18n';
import type { ActivationName } from '../engine/activations';
import { textColumns } from './textMetrics';

export const ACTIVATION_LABELS = messages.graph.activation;

/** The longest activation label: headers reserve room for it, whatever the layer's activation. */
export const WIDEST_ACTIVATION = Object.values(ACTIVATION_LABELS).reduce((a, b) =>
  textColumns(b) > textColumns(a) ? b : a,
);

/**
 * The header lines of layer `layer` (0 = input) of a network with these sizes: its name, activation
 * and shapes; with `brief` (the densest layouts) only name and activation, the shapes moving to the
 * tooltip. A null activation stands for the widest one, to reserve room.
 */
export function headerLines(
  sizes: readonly number[],
  layer: number,
  activation: ActivationName | null,
  brief = false,
): string[] {
  const h = messages.graph.header;
  const units = sizes[layer] ?? 0;
  if (layer === 0) return [h.input, format(h.inputShape, { units })];
  const shape = { out: units, in: sizes[layer - 1] ?? 0 };
  const name = [format(h.layer, { layer }), activation ? ACTIVATION_LABELS[activation] : WIDEST_ACTIVATION];
  return brief ? name : [...name, format(h.shapes, shape), format(h.gradShape, shape)];
}

/** The header's tooltip: every shape spelled out. */
export function headerTitle(sizes: readonly number[], layer: number): string {
  if (layer === 0) return format(messages.graph.header.inputShape, { units: sizes[0] ?? 0 });
  return format(messages.graph.header.shapesTitle, { out: sizes[layer] ?? 0, in: sizes[layer - 1] ?? 0 });
}
