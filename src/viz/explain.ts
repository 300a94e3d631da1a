/**
 * The details panel's content: for the selected node, edge or bias, a heading and the arithmetic
 * behind its numbers, in real numbers (e.g. "z = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775"). Only what
 * the step cursor has computed is explained; the rest is listed as not computed yet.
 */
import type { ExplainLine } from './explainFormat';
import { explainNode, nodeHeading } from './explainNode';
import { biasHeading, edgeHeading, explainBias, explainEdge } from './explainParameter';
import type { GraphValues } from './graphValues';
import { targetExists, type GraphTarget } from './target';

export type { ExplainLine } from './explainFormat';
export { targetExists } from './target';

export interface Explanation {
  heading: string;
  lines: ExplainLine[];
}

/** Heading and lines for the target, or null when it does not exist in this network. */
export function explain(values: GraphValues, target: GraphTarget): Explanation | null {
  if (!targetExists(values, target)) return null;
  switch (target.kind) {
    case 'node':
      return {
        heading: nodeHeading(target.layer, target.index),
        lines: explainNode(values, target.layer, target.index),
      };
    case 'bias':
      return {
        heading: biasHeading(target.layer, target.index),
        lines: explainBias(values, target.layer, target.index),
      };
    case 'edge':
      return {
        heading: edgeHeading(target.layer, target.to, target.from),
        lines: explainEdge(values, target.layer, target.to, target.from),
      };
  }
}
