/**
 * The true value of a Predict-first question, from the engine's headless traceSample (not from the
 * app's store): data-quiz-target "z:L:I", "a:L:I", "dldz:L:I", "dlda:L:I", "dldw:L:I:J", "dldb:L:I".
 */
import { traceSample, type Model, type Sample } from '../../../src/engine';

export function quizTruth(model: Model, sample: Sample, target: string): number {
  const [kind, ...rest] = target.split(':');
  const [layer, index, from] = rest.map(Number) as [number, number, number | undefined];
  const trace = traceSample(model, sample);
  if (kind === 'dlda' && layer === 0) return trace.dLdx[index]!;
  const t = trace.layers[layer - 1]!;
  switch (kind) {
    case 'z':
      return t.z[index]!;
    case 'a':
      return t.a[index]!;
    case 'dldz':
      return t.dLdz[index]!;
    case 'dlda':
      return t.dLda[index]!;
    case 'dldb':
      return t.dLdb[index]!;
    case 'dldw':
      return t.dLdW[index]![from!]!;
  }
  throw new Error(`unknown quiz target ${target}`);
}

/** A prediction that is clearly wrong (off by far more than 1 %). */
export function wrongGuess(truth: number): number {
  return truth * 1.5 + 0.25;
}
