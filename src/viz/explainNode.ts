/**
 * The arithmetic behind one node's numbers: z and a on the forward pass, the loss on the output
 * layer, then dL/da and dL/dz on the backward pass, each with the real numbers plugged in.
 */
import { ACTIVATIONS, type ActivationName } from '../engine/activations';
import { backpropagatedSum, f, sumOfProducts, usedValue, v, type ExplainLine } from './explainFormat';
import type { GraphValues } from './graphValues';
import { messages, format } from '../i18n';
import { capitalise, inputName, unitName } from './names';

const LINE = messages.graph.details.line;

const SYMBOL: Record<ActivationName, string> = {
  linear: 'linear',
  relu: 'relu',
  leakyRelu: 'leakyRelu',
  sigmoid: 'σ',
  tanh: 'tanh',
  softmax: 'softmax',
};

function activationFormula(values: GraphValues, layer: number, unit: number, kind: ActivationName): string {
  const { z, a } = values.nodes[layer]![unit]!;
  if (kind === 'linear') return `a = z = ${v(a!)}`;
  if (kind === 'relu') return `a = max(0, ${v(z!)}) = ${v(a!)}`;
  if (kind === 'softmax') {
    const exps = values.nodes[layer]!.map((n) => `e^${f(n.z!)}`);
    return `a = e^${f(z!)} / (${exps.join(' + ')}) = ${v(a!)}`;
  }
  return `a = ${SYMBOL[kind]}(${v(z!)}) = ${v(a!)}`;
}

/** f′(z) written out for an elementwise activation, and its value. */
function slope(
  kind: Exclude<ActivationName, 'softmax'>,
  z: number,
  a: number,
): { text: string; value: number } {
  const value = ACTIVATIONS[kind].der(z, a);
  const name = `${SYMBOL[kind]}′(z)`;
  if (kind === 'sigmoid') return { value, text: `${name} = a(1 − a) = ${f(a)}·(1 − ${f(a)}) = ${v(value)}` };
  if (kind === 'tanh') return { value, text: `${name} = 1 − a² = 1 − ${f(a)}² = ${v(value)}` };
  if (kind === 'linear') return { value, text: `${name} = 1` };
  return { value, text: `${name} = ${v(value)} (z ${z > 0 ? '>' : '≤'} 0)` };
}

function lossLine(values: GraphValues): ExplainLine | null {
  if (values.sampleLoss === undefined) return null;
  const out = values.nodes[values.nodes.length - 1]!;
  const n = values.y.length;
  const L = v(values.sampleLoss);
  if (values.loss === 'mse') {
    const squares = out.map((node, k) => `(${v(node.a!)} − ${f(values.y[k]!)})²`).join(' + ');
    return { label: LINE.loss, formula: `L = mean (ŷ − y)² = (${squares}) / ${n} = ${L}` };
  }
  if (values.loss === 'bce')
    return { label: LINE.loss, formula: `L = mean −[y·log ŷ + (1 − y)·log(1 − ŷ)] = ${L}` };
  return { label: LINE.loss, formula: `L = −Σ y·log ŷ = ${L}` };
}

/** dL/da and dL/dz of an output unit: from the loss, fused with the activation for bce and crossEntropy. */
function outputBackward(
  values: GraphValues,
  layer: number,
  unit: number,
  kind: ActivationName,
): ExplainLine[] {
  const { a, z, dLda, dLdz } = values.nodes[layer]![unit]!;
  const y = values.y[unit]!;
  const n = values.y.length;
  const lines: ExplainLine[] = [];
  const gradient = (formula: string) => lines.push({ label: LINE.outputGradient, formula });
  if (values.loss === 'mse') gradient(`dL/da = 2(ŷ − y)/n = 2·(${v(a!)} − ${f(y)})/${n} = ${v(dLda!)}`);
  else if (values.loss === 'bce')
    gradient(
      `dL/da = (ŷ − y)/(ŷ(1 − ŷ))/n = (${v(a!)} − ${f(y)})/(${f(a!)}·(1 − ${f(a!)}))/${n} = ${v(dLda!)}`,
    );
  else gradient(`dL/da = −y/ŷ = −${f(y)}/${f(a!)} = ${v(dLda!)}`);

  if (values.loss === 'bce') {
    lines.push({
      label: LINE.gradientAtZ,
      formula: `dL/dz = (ŷ − y)/n = (${v(a!)} − ${f(y)})/${n} = ${v(dLdz!)}`,
    });
  } else if (values.loss === 'crossEntropy') {
    const ySum = values.y.reduce((s, t) => s + t, 0);
    const formula =
      ySum === 1
        ? `dL/dz = ŷ − y = ${v(a!)} − ${f(y)} = ${v(dLdz!)}`
        : `dL/dz = ŷ·Σy − y = ${f(a!)}·${f(ySum)} − ${f(y)} = ${v(dLdz!)}`;
    lines.push({ label: LINE.gradientAtZ, formula });
  } else lines.push(...activationBackward(values, layer, unit, kind, z!, a!, dLda!, dLdz!));
  return lines;
}

/** dL/dz = dL/da · f′(z) (or the softmax Jacobian-vector product). */
function activationBackward(
  values: GraphValues,
  layer: number,
  unit: number,
  kind: ActivationName,
  z: number,
  a: number,
  dLda: number,
  dLdz: number,
): ExplainLine[] {
  if (kind === 'softmax') {
    const dot = values.nodes[layer]!.reduce((s, node) => s + node.a! * node.dLda!, 0);
    return [
      {
        label: LINE.gradientAtZ,
        formula: `dL/dz = a·(dL/da − Σ a·dL/da) = ${f(a)}·(${f(dLda)} − ${f(dot)}) = ${v(dLdz)}`,
      },
    ];
  }
  const s = slope(kind, z, a);
  return [
    { label: LINE.slope, formula: s.text },
    {
      label: LINE.gradientAtZ,
      formula: `dL/dz = dL/da · ${SYMBOL[kind]}′(z) = ${f(dLda)}·${f(s.value)} = ${v(dLdz)}`,
    },
  ];
}

function pending(names: string[]): ExplainLine[] {
  return names.length ? [{ label: messages.graph.details.pending, formula: names.join(', ') }] : [];
}

function explainInput(values: GraphValues, unit: number): ExplainLine[] {
  const { a, dLda } = values.nodes[0]![unit]!;
  const lines: ExplainLine[] = [{ label: LINE.input, formula: `a = ${inputName(unit)} = ${v(a!)}` }];
  if (dLda === undefined) return [...lines, ...pending(['dL/da'])];
  lines.push({
    label: LINE.backpropagated,
    formula: `dL/da = Σ w·dL/dz = ${backpropagatedSum(values, 0, unit)} = ${v(dLda)}`,
  });
  return lines;
}

/** The lines of arithmetic for node `layer:unit`. */
export function explainNode(values: GraphValues, layer: number, unit: number): ExplainLine[] {
  if (layer === 0) return explainInput(values, unit);
  const node = values.nodes[layer]![unit]!;
  const kind = values.activations[layer]!;
  const last = layer === values.nodes.length - 1;
  const lines: ExplainLine[] = [];
  const missing: string[] = [];
  if (node.z !== undefined && node.a !== undefined) {
    const prev = values.nodes[layer - 1]!;
    const row = values.edges[layer]![unit]!;
    const pairs = row.map((edge, j) => [usedValue(edge), prev[j]!.a!] as const);
    const sum = sumOfProducts(pairs, usedValue(values.biases[layer]![unit]!));
    lines.push({ label: LINE.weightedSum, formula: `z = ${sum} = ${v(node.z)}` });
    lines.push({ label: LINE.activation, formula: activationFormula(values, layer, unit, kind) });
  } else missing.push('z', 'a');
  if (last) {
    lines.push({ label: LINE.target, formula: `y = ${v(values.y[unit]!)}` });
    const loss = lossLine(values);
    if (loss) lines.push(loss);
  }
  if (node.dLda !== undefined && node.dLdz !== undefined) {
    if (last) lines.push(...outputBackward(values, layer, unit, kind));
    else {
      const sum = backpropagatedSum(values, layer, unit);
      lines.push({ label: LINE.backpropagated, formula: `dL/da = Σ w·dL/dz = ${sum} = ${v(node.dLda)}` });
      lines.push(...activationBackward(values, layer, unit, kind, node.z!, node.a!, node.dLda, node.dLdz));
    }
  } else missing.push('dL/da', 'dL/dz');
  return [...lines, ...pending(missing)];
}

/** The heading of a node's details: "Unit 1 of layer 1", "Input x₁". */
export function nodeHeading(layer: number, unit: number): string {
  return layer === 0
    ? format(messages.graph.details.inputNode, { name: inputName(unit) })
    : capitalise(unitName(layer, unit));
}
