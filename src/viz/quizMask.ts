/**
 * Predict first keeps a step's values off the graph until the prediction is judged: the graph's
 * snapshot with those values taken out (undefined, so the text and the data-* attributes are absent,
 * as for a value not computed yet).
 */
import type { GraphValues, NodeValues, ParameterValues } from './graphValues';

/** The layers a sub-step computed (the store's QuizSpan). */
export interface HiddenSpan {
  forward: readonly number[];
  loss: boolean;
  backward: readonly number[];
}

const withoutGrad = (p: ParameterValues): ParameterValues => ({ ...p, grad: undefined });

/** `values` without what `span` computed; the same object when nothing is hidden. */
export function maskGraphValues(values: GraphValues, span: HiddenSpan | null): GraphValues {
  if (!span) return values;
  const forward = new Set(span.forward);
  const backward = new Set(span.backward);
  const nodes = values.nodes.map((layer, l) =>
    layer.map((node): NodeValues => {
      const hideForward = forward.has(l);
      const hideBackward = backward.has(l) || (l === 0 && backward.has(1));
      if (!hideForward && !hideBackward) return node;
      return {
        z: hideForward ? undefined : node.z,
        a: hideForward ? undefined : node.a,
        dLdz: hideBackward ? undefined : node.dLdz,
        dLda: hideBackward ? undefined : node.dLda,
      };
    }),
  );
  const biases = values.biases.map((layer, l) => (backward.has(l) ? layer.map(withoutGrad) : layer));
  const edges = values.edges.map((layer, l) =>
    backward.has(l) ? layer.map((row) => row.map(withoutGrad)) : layer,
  );
  return {
    ...values,
    nodes,
    biases,
    edges,
    sampleLoss: span.loss ? undefined : values.sampleLoss,
  };
}
