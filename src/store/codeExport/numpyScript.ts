/**
 * The NumPy script: one iteration of the lesson with the backward pass written out by hand, layer
 * by layer, each line commented with the formula the app shows beside it. The arithmetic follows
 * the engine's (src/engine/activations.ts, losses.ts, layerOps.ts, optimizers.ts) formula for formula.
 */
import type { ActivationName, LossName } from '../../engine';
import type { CodeLesson } from './lesson';
import { CODE_FILE_NAMES, SHOW_AND_MAIN, dataBlock, docstring } from './pythonCommon';

/** Each activation with its derivative beside it; f′ takes z and a = f(z). */
const ACTIVATION_CODE: Record<ActivationName, string> = {
  linear: `def linear(z):
    return z


def linear_prime(z, a):
    return np.ones_like(z)`,
  relu: `def relu(z):
    return np.where(z > 0, z, 0.0)


def relu_prime(z, a):
    return np.where(z > 0, 1.0, 0.0)  # relu'(0) = 0, as PyTorch`,
  leakyRelu: `def leakyRelu(z):
    return np.where(z > 0, z, 0.01 * z)


def leakyRelu_prime(z, a):
    return np.where(z > 0, 1.0, 0.01)`,
  sigmoid: `def sigmoid(z):
    e = np.exp(-np.abs(z))  # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_prime(z, a):
    return a * (1.0 - a)  # σ'(z) = σ(z)(1 − σ(z))`,
  tanh: `def tanh(z):
    return np.tanh(z)


def tanh_prime(z, a):
    return 1.0 - a * a  # tanh'(z) = 1 − tanh²(z)`,
  softmax: `def softmax(z):
    e = np.exp(z - np.max(z))  # shifted, so it never overflows
    return e / np.sum(e)


def softmax_backward(a, dLda):
    """dL/dz = J·dL/da with the softmax Jacobian J_ij = a_i(δ_ij − a_j)."""
    return a * (dLda - np.dot(a, dLda))`,
};

/** loss_value, loss_grad_output (dL/dŷ) and, for the fused losses, loss_grad_logits (dL/dz). */
const LOSS_CODE: Record<LossName, string> = {
  mse: `def loss_value(z, a, y):
    """mse: L = mean over the outputs of (ŷ − y)²."""
    return np.mean((a - y) ** 2)


def loss_grad_output(z, a, y):
    """dL/dŷ = 2(ŷ − y)/n."""
    return 2.0 * (a - y) / y.size`,
  bce: `def loss_value(z, a, y):
    """bce: L = mean of −[y log ŷ + (1 − y) log(1 − ŷ)] with ŷ = σ(z), computed from the logits z."""
    return np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z))))


def loss_grad_output(z, a, y):
    """dL/dŷ = (ŷ − y) / (ŷ(1 − ŷ)) / n (the denominator at least 1e-12, as PyTorch)."""
    return (a - y) / np.maximum(a * (1.0 - a), 1e-12) / y.size


def loss_grad_logits(z, a, y):
    """dL/dz of the sigmoid output and bce together: (ŷ − y)/n."""
    return (a - y) / y.size`,
  crossEntropy: `def loss_value(z, a, y):
    """crossEntropy: L = −Σ_k y_k log ŷ_k with ŷ = softmax(z), computed from the logits z."""
    log_sum_exp = np.max(z) + np.log(np.sum(np.exp(z - np.max(z))))
    return -np.sum(y * (z - log_sum_exp))


def loss_grad_output(z, a, y):
    """dL/dŷ_k = −y_k / ŷ_k."""
    return -y / np.maximum(a, 1e-12)


def loss_grad_logits(z, a, y):
    """dL/dz of the softmax output and cross-entropy together: ŷ·Σy − y (ŷ − y for a one-hot y)."""
    return a * np.sum(y) - y`,
};

function activationFunctions(lesson: CodeLesson): string {
  const used = [...new Set(lesson.layers.map((layer) => layer.activation))];
  return used.map((name) => ACTIVATION_CODE[name]).join('\n\n\n');
}

/** The body of forward_backward: forward, loss, backward, unrolled layer by layer. */
function samplePass(lesson: CodeLesson): string {
  const L = lesson.layers.length;
  const list = (name: string, from = 1) =>
    Array.from({ length: L - from + 1 }, (_, k) => `${name}${k + from}`).join(', ');
  const lines = [`    ${list('W')}${L === 1 ? ',' : ''} = W`, `    ${list('b')}${L === 1 ? ',' : ''} = b`];
  lines.push('    a0 = x  # the input layer');
  lesson.layers.forEach((layer, k) => {
    const l = k + 1;
    const f = layer.activation;
    lines.push(
      `    # Forward, layer ${l} (${f}): W${l} is ${layer.b.length} x ${layer.W[0]!.length}`,
      `    z${l} = W${l} @ a${l - 1} + b${l}  # z = W·a + b`,
      `    a${l} = ${f}(z${l})  # a = f(z)`,
    );
  });
  lines.push(`    loss = loss_value(z${L}, a${L}, y)  # L(ŷ, y) with ŷ = a${L}`);
  for (let l = L; l >= 1; l--) {
    const f = lesson.layers[l - 1]!.activation;
    lines.push(`    # Backward, layer ${l} (${f})`);
    if (l === L) {
      lines.push(`    dLda${l} = loss_grad_output(z${l}, a${l}, y)  # dL/dŷ`);
      if (lesson.loss !== 'mse') {
        lines.push(`    dLdz${l} = loss_grad_logits(z${l}, a${l}, y)  # dL/dz, the loss and ${f} together`);
      }
    }
    if (l < L || lesson.loss === 'mse') {
      lines.push(
        f === 'softmax'
          ? `    dLdz${l} = softmax_backward(a${l}, dLda${l})  # dL/dz = J·dL/da`
          : `    dLdz${l} = dLda${l} * ${f}_prime(z${l}, a${l})  # dL/dz = dL/da·f′(z)`,
      );
    }
    lines.push(
      `    dLdW${l} = np.outer(dLdz${l}, a${l - 1})  # dL/dW = dL/dz·aᵀ`,
      `    dLdb${l} = dLdz${l}  # dL/db = dL/dz`,
      `    dLda${l - 1} = W${l}.T @ dLdz${l}  # dL/da = Wᵀ·dL/dz, for the layer below${l === 1 ? ' (dL/dx)' : ''}`,
      `    assert dLdW${l}.shape == W${l}.shape and dLdb${l}.shape == b${l}.shape`,
    );
  }
  const values = (name: string) => `"${name}": [${list(name)}]`;
  lines.push(
    '    return {',
    '        "loss": loss,',
    `        ${values('z')},`,
    `        ${values('a')},`,
    `        ${values('dLdz')},`,
    `        "dLda": [${list('dLda', 0)}],`,
    `        ${values('dLdW')},`,
    `        ${values('dLdb')},`,
    '    }',
  );
  return lines.join('\n');
}

const UPDATE_CODE = {
  sgd: `def update(p, g, state):
    """p ← p − η·g"""
    return p - LEARNING_RATE * g, state`,
  momentum: `def update(p, g, state):
    """v ← μ·v + g (v starts as g on the first update), then p ← p − η·v, as torch.optim.SGD."""
    v = g.copy() if STEP == 0 else MOMENTUM * state["v"] + g
    return p - LEARNING_RATE * v, {"v": v}`,
  adam: `def update(p, g, state):
    """Adam as torch.optim.Adam: the moments m, v, bias-corrected with t = STEP + 1."""
    t = STEP + 1
    m = state["m"] * BETA1 + (1.0 - BETA1) * g
    v = state["v"] * BETA2 + (1.0 - BETA2) * g * g
    step_size = LEARNING_RATE / (1.0 - BETA1**t)
    denom = np.sqrt(v) / np.sqrt(1.0 - BETA2**t) + EPSILON
    return p - step_size * (m / denom), {"m": m, "v": v}`,
} as const;

const ITERATION = `def optimizer_state(l, name):
    """The optimizer state of one parameter of layer l ("W" or "b") as arrays; sgd has none."""
    if OPTIMIZER == "sgd":
        return None
    return {key: np.array(value, dtype=np.float64) for key, value in STATE[l][name].items()}


def one_iteration():
    """Forward and backward on every sample of the batch, then one update with the batch gradients."""
    W = [np.array(layer["W"], dtype=np.float64) for layer in LAYERS]
    b = [np.array(layer["b"], dtype=np.float64) for layer in LAYERS]
    for l in range(len(LAYERS)):
        n_in = W[l - 1].shape[0] if l > 0 else len(BATCH_X[0])
        assert W[l].shape == (b[l].size, n_in)  # W.shape == (out, in)
    samples = [
        forward_backward(W, b, np.array(x, dtype=np.float64), np.array(y, dtype=np.float64))
        for x, y in zip(BATCH_X, BATCH_Y)
    ]
    n = len(samples)
    loss = sum(s["loss"] for s in samples) / n  # the batch loss: the mean over its samples
    # The batch gradient: the mean of the per-sample gradients.
    dLdW = [sum(s["dLdW"][l] for s in samples) / n for l in range(len(LAYERS))]
    dLdb = [sum(s["dLdb"][l] for s in samples) / n for l in range(len(LAYERS))]
    after = []
    for l in range(len(LAYERS)):
        W_new, _ = update(W[l], dLdW[l], optimizer_state(l, "W"))  # with SGD: W ← W − η·dL/dW
        b_new, _ = update(b[l], dLdb[l], optimizer_state(l, "b"))  # with SGD: b ← b − η·dL/db
        after.append({"W": W_new.tolist(), "b": b_new.tolist()})
    shown = samples[-1]  # the sample the app's graph shows after Update: the batch's last
    layers = [
        {
            "z": shown["z"][l].tolist(),
            "a": shown["a"][l].tolist(),
            "dLdz": shown["dLdz"][l].tolist(),
            "dLda": shown["dLda"][l + 1].tolist(),
            "dLdW": dLdW[l].tolist(),
            "dLdb": dLdb[l].tolist(),
        }
        for l in range(len(LAYERS))
    ]
    return {"loss": float(loss), "layers": layers, "after": {"layers": after}}`;

export function numpyScript(lesson: CodeLesson): string {
  return `#!/usr/bin/env python3
${docstring(lesson, 'one training iteration in NumPy, the backward pass written out by hand.', CODE_FILE_NAMES.numpy, 'Needs Python 3 and NumPy 1.21 or newer, nothing else.')}
import json
import sys

import numpy as np

${dataBlock(lesson)}

# Activations a = f(z), each with its derivative f'(z) beside it.
${activationFunctions(lesson)}


# The loss of one sample, and its gradient.
${LOSS_CODE[lesson.loss]}


def forward_backward(W, b, x, y):
    """One sample: forward layer by layer, the loss, then backward from the output layer to layer 1."""
${samplePass(lesson)}


${UPDATE_CODE[lesson.optimizer.kind]}


${ITERATION}


${SHOW_AND_MAIN}

if __name__ == "__main__":
    main()
`;
}
