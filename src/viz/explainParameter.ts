/**
 * The arithmetic behind a weight or a bias: its share of z, its gradient dL/dw = dL/dz · a_prev
 * (dL/db = dL/dz), and after Update the step the optimizer took.
 */
import { f, v, usedValue, type ExplainLine } from './explainFormat';
import type { GraphValues, ParameterValues } from './graphValues';
import { messages, format } from '../i18n';
import { biasName, unitName, weightName } from './names';

const LINE = messages.graph.details.line;

/** The update lines: w ← w − η·g for sgd; old → new for momentum and Adam (their step is not η·g). */
function updateLines(values: GraphValues, p: ParameterValues, name: 'w' | 'b'): ExplainLine[] {
  if (p.old === undefined || p.applied === undefined) return [];
  const lines: ExplainLine[] = [];
  const batch = values.batch.size > 1;
  const g = batch ? 'g' : `dL/d${name}`;
  if (batch) {
    lines.push({
      label: LINE.batchMean,
      formula: `g = ${format(messages.graph.details.meanOver, { grad: `dL/d${name}`, count: values.batch.size })} = ${v(p.applied)}`,
    });
  }
  const label = format(LINE.update, { optimizer: messages.common.settings.optimizers[values.optimizer] });
  const delta = p.value - p.old;
  if (values.optimizer === 'sgd') {
    const eta = f(values.learningRate);
    lines.push({
      label,
      formula: `${name} ← ${name} − η·${g} = ${v(p.old)} − ${eta}·${f(p.applied)} = ${v(p.value)}`,
    });
    lines.push({ label: LINE.change, formula: `Δ = −η·${g} = ${v(delta)}` });
  } else {
    lines.push({ label, formula: `${name}: ${v(p.old)} → ${v(p.value)}` });
    lines.push({ label: LINE.change, formula: `Δ = ${v(delta)}` });
  }
  return lines;
}

function pending(names: string[]): ExplainLine[] {
  return names.length ? [{ label: messages.graph.details.pending, formula: names.join(', ') }] : [];
}

/** The lines of arithmetic for edge `layer:i:j`, the weight W_layer[i][j]. */
export function explainEdge(values: GraphValues, layer: number, i: number, j: number): ExplainLine[] {
  const p = values.edges[layer]![i]![j]!;
  const target = values.nodes[layer]![i]!;
  const aPrev = values.nodes[layer - 1]![j]!.a;
  const lines: ExplainLine[] = [];
  if (p.old === undefined) lines.push({ label: LINE.value, formula: `w = ${v(p.value)}` });
  if (target.z !== undefined && aPrev !== undefined) {
    const w = usedValue(p);
    lines.push({ label: LINE.contribution, formula: `w·a_prev = ${f(w)}·${f(aPrev)} = ${v(w * aPrev)}` });
  }
  if (p.grad !== undefined && target.dLdz !== undefined && aPrev !== undefined) {
    lines.push({
      label: LINE.weightGradient,
      formula: `dL/dw = dL/dz · a_prev = ${f(target.dLdz)}·${f(aPrev)} = ${v(p.grad)}`,
    });
  }
  lines.push(...updateLines(values, p, 'w'));
  return [...lines, ...pending(p.grad === undefined ? ['dL/dw'] : [])];
}

/** The lines of arithmetic for bias `layer:unit`. */
export function explainBias(values: GraphValues, layer: number, unit: number): ExplainLine[] {
  const p = values.biases[layer]![unit]!;
  const lines: ExplainLine[] = [];
  if (p.old === undefined) lines.push({ label: LINE.value, formula: `b = ${v(p.value)}` });
  if (p.grad !== undefined)
    lines.push({ label: LINE.weightGradient, formula: `dL/db = dL/dz = ${v(p.grad)}` });
  lines.push(...updateLines(values, p, 'b'));
  return [...lines, ...pending(p.grad === undefined ? ['dL/db'] : [])];
}

/** "Weight W1[1][2]: from x₂ to unit 1 of layer 1" for W_layer[i][j] (0-based i and j). */
export function edgeHeading(layer: number, i: number, j: number): string {
  return format(messages.graph.details.edge, {
    name: weightName(layer, i, j),
    from: unitName(layer - 1, j),
    to: unitName(layer, i),
  });
}

/** "Bias b1[1] of unit 1 of layer 1". */
export function biasHeading(layer: number, unit: number): string {
  return format(messages.graph.details.bias, { name: biasName(layer, unit), unit: unitName(layer, unit) });
}
