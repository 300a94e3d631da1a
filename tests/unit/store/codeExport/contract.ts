/**
 * The DOM contract's JSON line, computed by the engine the way the app computes it: a copy of the
 * session finishes the current iteration (or runs the next, after an Update) with the step cursor.
 */
import { cloneSession, meanGradients, modelToSpec, stepIteration } from '../../../../src/engine';
import type { CodeLessonSource } from '../../../../src/store/codeExport';

export interface ContractLayer {
  z: number[];
  a: number[];
  dLdz: number[];
  dLda: number[];
  dLdW: number[][];
  dLdb: number[];
}

export interface ContractJson {
  loss: number;
  layers: ContractLayer[];
  after: { layers: { W: number[][]; b: number[] }[] };
}

function rows(values: Float64Array, inSize: number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < values.length; k += inSize) out.push(Array.from(values.subarray(k, k + inSize)));
  return out;
}

export function engineIteration({
  session: original,
  data,
  batchSize,
  optimizer,
}: CodeLessonSource): ContractJson {
  const session = cloneSession(original);
  stepIteration(session, data, batchSize, optimizer);
  const mean = meanGradients(session, batchSize);
  const { trace } = session;
  return {
    loss: session.batchLoss!,
    layers: session.model.layers.map((layer, l) => ({
      z: Array.from(trace.z[l]!),
      a: Array.from(trace.a[l]!),
      dLdz: Array.from(trace.dLdz[l]!),
      dLda: Array.from(trace.dLda[l]!),
      dLdW: rows(mean.W[l]!, layer.inSize),
      dLdb: Array.from(mean.b[l]!),
    })),
    after: { layers: modelToSpec(session.model).layers.map(({ W, b }) => ({ W, b })) },
  };
}

export const RELATIVE_TOLERANCE = 1e-9;

/**
 * Where `actual` (parsed from a script) differs from `expected`: the same keys and lengths
 * everywhere, and every number within RELATIVE_TOLERANCE·max(|actual|, |expected|).
 */
export function contractProblems(actual: unknown, expected: unknown, path = 'json'): string[] {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return [`${path}: ${JSON.stringify(actual)} is not a number`];
    const scale = Math.max(Math.abs(actual), Math.abs(expected));
    return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * scale
      ? []
      : [`${path}: ${actual} instead of ${expected}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return [`${path}: ${JSON.stringify(actual)} does not have ${expected.length} entries`];
    return expected.flatMap((value, k) => contractProblems(actual[k], value, `${path}[${k}]`));
  }
  const wanted = expected as Record<string, unknown>;
  if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
    return [`${path}: not an object`];
  const got = actual as Record<string, unknown>;
  const keys = Object.keys(wanted).sort().join();
  if (Object.keys(got).sort().join() !== keys)
    return [`${path}: keys [${Object.keys(got)}] instead of [${keys}]`];
  return Object.keys(wanted).flatMap((key) => contractProblems(got[key], wanted[key], `${path}.${key}`));
}

/** The JSON a script printed as its last line. */
export function lastJsonLine(stdout: string): unknown {
  const lines = stdout.trimEnd().split('\n');
  return JSON.parse(lines[lines.length - 1]!);
}
