/**
 * The parts both exported scripts share, written once: the docstring that says what the script
 * does, the lesson's numbers as plain Python lists, and the printing of the result (readable, and
 * the DOM contract's JSON line with --json).
 */
import type { CodeLesson } from './lesson';
import { fingerprint, pyFloat, pyMatrix, pyString, pyVector } from './pythonLiterals';

/** The names the browser gives the downloads; the PyTorch script looks for the NumPy one by it. */
export const CODE_FILE_NAMES = {
  numpy: 'backprop-lab-numpy.py',
  pytorch: 'backprop-lab-pytorch.py',
} as const;

function optimizerText(lesson: CodeLesson): string {
  const { kind, learningRate, momentum, beta1, beta2, epsilon } = lesson.optimizer;
  const eta = `learning rate ${pyFloat(learningRate)}`;
  if (kind === 'sgd') return `SGD, ${eta}`;
  if (kind === 'momentum') return `SGD with momentum ${pyFloat(momentum)}, ${eta}`;
  return `Adam (beta1 ${pyFloat(beta1)}, beta2 ${pyFloat(beta2)}, eps ${pyFloat(epsilon)}), ${eta}`;
}

function batchText(lesson: CodeLesson): string {
  const numbers = lesson.batch.map((_, k) => ((lesson.batchStart + k) % lesson.dataLength) + 1);
  const listed = numbers.length <= 8 ? numbers.join(', ') : `${numbers.slice(0, 8).join(', ')}, ...`;
  const features = lesson.features ? `; inputs are the features ${lesson.features.join(', ')}` : '';
  return `batch size ${lesson.batch.length}: training samples ${listed} of ${lesson.dataLength}${features}`;
}

/** The module docstring: what the script does, how to run it, what its JSON line holds. */
export function docstring(lesson: CodeLesson, title: string, fileName: string, needs: string): string {
  const sizes = [
    lesson.layers[0]!.W[0]!.length,
    ...lesson.layers.map((l) => `${l.b.length} ${l.activation}`),
  ];
  return `"""Backprop Lab: ${title}

Network ${sizes.join(' -> ')}, loss ${lesson.loss}, ${optimizerText(lesson)}
(state after ${lesson.step} updates), ${batchText(lesson)}.

It does the iteration the app is on (the next one, right after an Update) exactly as the app does:
forward, the loss, backward, and the update with the batch gradient, the mean of the per-sample
gradients. The weights, the batch and the optimizer state are the app's, in full precision.

    python3 ${fileName}           prints the values
    python3 ${fileName} --json    also prints, as its last line, the JSON
        {"loss": ..., "layers": [{"z", "a", "dLdz", "dLda", "dLdW", "dLdb"}, ...],
         "after": {"layers": [{"W": [[...]], "b": [...]}, ...]}}

loss is the batch loss (the mean over its samples); z, a, dLdz and dLda are one sample's, the
batch's last, as the app's graph shows them after Update; dLdW and dLdb are the batch gradients;
"after" holds W and b after the update. Layer 1 comes first, W is out x in.

Conventions (the app's, as PyTorch's): W of a layer has shape (out, in) and z = W·a + b; relu'(0) = 0;
leakyRelu's slope is 0.01; the losses are means over the output units and over the batch (bce from
the logits, crossEntropy on a softmax output); optimizers as torch.optim.

${needs} Everything is float64.
"""`;
}

function stateBlock(lesson: CodeLesson): string {
  const { kind } = lesson.optimizer;
  if (kind === 'sgd') return '';
  const names = kind === 'momentum' ? (['v'] as const) : (['m', 'v'] as const);
  // The engine keeps momentum's buffer where Adam keeps m.
  const source = (name: 'm' | 'v') => (kind === 'momentum' ? 'm' : name);
  const layers = lesson.state.map((layer) => {
    const W = names.map((n) => `"${n}": ${pyMatrix(layer.W[source(n)], '                   ')}`);
    const b = names.map((n) => `"${n}": ${pyVector(layer.b[source(n)])}`);
    return `    {\n        "W": {${W.join(',\n              ')}},\n        "b": {${b.join(', ')}},\n    },`;
  });
  const what = kind === 'momentum' ? 'the momentum buffer v' : 'the moments m and v';
  return `# Per layer, ${what} of W and of b.\nSTATE = [\n${layers.join('\n')}\n]\n`;
}

/** The lesson's numbers as Python lists, the same block in both scripts. */
export function dataBlock(lesson: CodeLesson): string {
  const { optimizer } = lesson;
  const layers = lesson.layers.map((layer, l) => {
    const shape = `${layer.b.length} x ${layer.W[0]!.length}`;
    return [
      `    {  # layer ${l + 1}: W is ${shape}`,
      `        "activation": ${pyString(layer.activation)},`,
      `        "W": ${pyMatrix(layer.W, '             ')},`,
      `        "b": ${pyVector(layer.b)},`,
      '    },',
    ].join('\n');
  });
  const settings = [
    `OPTIMIZER = ${pyString(optimizer.kind)}`,
    `LEARNING_RATE = ${pyFloat(optimizer.learningRate)}`,
    ...(optimizer.kind === 'momentum' ? [`MOMENTUM = ${pyFloat(optimizer.momentum)}`] : []),
    ...(optimizer.kind === 'adam'
      ? [
          `BETA1 = ${pyFloat(optimizer.beta1)}`,
          `BETA2 = ${pyFloat(optimizer.beta2)}`,
          `EPSILON = ${pyFloat(optimizer.epsilon)}`,
        ]
      : []),
  ];
  return `# Names this lesson in both exported scripts (the PyTorch one checks itself against the NumPy one).
LESSON_ID = ${pyString(lessonId(lesson))}

# The network at the start of this iteration. W of a layer has shape (out, in).
LOSS = ${pyString(lesson.loss)}
LAYERS = [
${layers.join('\n')}
]

# The batch, one row per sample: inputs x and targets y.
BATCH_X = ${pyMatrix(
    lesson.batch.map((s) => s.x),
    '          ',
  )}
BATCH_Y = ${pyMatrix(
    lesson.batch.map((s) => s.y),
    '          ',
  )}

# The optimizer, and the number of updates it has applied so far (Adam's t).
${settings.join('\n')}
STEP = ${lesson.step}
${stateBlock(lesson)}`;
}

export function lessonId(lesson: CodeLesson): string {
  return fingerprint(JSON.stringify(lesson));
}

/** Printing the result: rounded for reading, and the exact JSON line last with --json. */
export const SHOW_AND_MAIN = `def show(result):
    """The values of the iteration, rounded for reading (the --json line has them in full)."""

    def row(values):
        return "[" + ", ".join("%.6g" % v for v in values) + "]"

    print("One iteration on a batch of %d sample(s): loss %.6g (the batch mean)" % (len(BATCH_X), result["loss"]))
    print("z, a, dL/dz, dL/da: the batch's last sample; dL/dW, dL/db: means over the batch")
    for l, layer in enumerate(result["layers"], start=1):
        print("Layer %d (%s), W is %d x %d" % (l, LAYERS[l - 1]["activation"], len(layer["dLdW"]), len(layer["dLdW"][0])))
        for label, key in (("z", "z"), ("a", "a"), ("dL/dz", "dLdz"), ("dL/da", "dLda"), ("dL/db", "dLdb")):
            print("  %-6s %s" % (label, row(layer[key])))
        for i, values in enumerate(layer["dLdW"]):
            print("  %-6s %s" % ("dL/dW" if i == 0 else "", row(values)))
    print("After the update (%s, learning rate %g):" % (OPTIMIZER, LEARNING_RATE))
    for l, layer in enumerate(result["after"]["layers"], start=1):
        for i, values in enumerate(layer["W"]):
            print("  %-6s %s" % ("W%d" % l if i == 0 else "", row(values)))
        print("  %-6s %s" % ("b%d" % l, row(layer["b"])))


def main():
    result = one_iteration()
    show(result)
    if "--json" in sys.argv[1:]:
        print(json.dumps(result))
`;
