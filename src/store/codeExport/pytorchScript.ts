/**
 * The PyTorch script: the same iteration with autograd and torch.optim, the app's optimizer state
 * loaded into the optimizer. When the NumPy script of the same lesson sits in the same folder, it
 * runs that too and checks that both agree.
 */
import type { CodeLesson } from './lesson';
import { CODE_FILE_NAMES, SHOW_AND_MAIN, dataBlock, docstring } from './pythonCommon';

const OPTIMIZER_CODE = {
  sgd: `def make_optimizer(parameters):
    return torch.optim.SGD(parameters, lr=LEARNING_RATE)`,
  momentum: `def make_optimizer(parameters):
    optimizer = torch.optim.SGD(parameters, lr=LEARNING_RATE, momentum=MOMENTUM)
    if STEP > 0:  # before the first update torch has no buffer yet, and starts it as g
        buffers = [torch.tensor(STATE[l][name]["v"]) for l in range(len(LAYERS)) for name in ("W", "b")]
        load_state(optimizer, [{"momentum_buffer": v} for v in buffers])
    return optimizer`,
  adam: `def make_optimizer(parameters):
    optimizer = torch.optim.Adam(parameters, lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPSILON)
    if STEP > 0:
        moments = [STATE[l][name] for l in range(len(LAYERS)) for name in ("W", "b")]
        load_state(
            optimizer,
            [
                {"step": torch.tensor(float(STEP)), "exp_avg": torch.tensor(m["m"]), "exp_avg_sq": torch.tensor(m["v"])}
                for m in moments
            ],
        )
    return optimizer`,
} as const;

const LOAD_STATE = `

def load_state(optimizer, states):
    """Give each parameter (W1, b1, W2, b2, ...) the app's optimizer state."""
    state_dict = optimizer.state_dict()
    state_dict["state"] = dict(enumerate(states))
    optimizer.load_state_dict(state_dict)`;

const MODEL_CODE = `ACTIVATIONS = {
    "linear": lambda z: z,
    "relu": torch.relu,  # relu'(0) = 0
    "leakyRelu": lambda z: F.leaky_relu(z, 0.01),
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "softmax": lambda z: torch.softmax(z, dim=-1),
}


def make_parameters():
    """[(W1, b1), (W2, b2), ...] as leaf tensors that collect their gradients."""
    parameters = []
    n_in = len(BATCH_X[0])
    for layer in LAYERS:
        W = torch.tensor(layer["W"], requires_grad=True)
        b = torch.tensor(layer["b"], requires_grad=True)
        assert W.shape == (b.shape[0], n_in)  # W.shape == (out, in)
        parameters.append((W, b))
        n_in = b.shape[0]
    return parameters


def forward(parameters, x):
    """z and a of every layer for the rows of x (one sample per row), as torch.nn.Linear computes them."""
    zs, activations = [], []
    a = x
    for (W, b), layer in zip(parameters, LAYERS):
        z = a @ W.T + b  # z = W·a + b
        a = ACTIVATIONS[layer["activation"]](z)  # a = f(z)
        z.retain_grad()
        a.retain_grad()
        zs.append(z)
        activations.append(a)
    return zs, activations


def loss_of(z, a, y):
    """The mean over the output units and over the batch."""
    if LOSS == "mse":
        return F.mse_loss(a, y)
    if LOSS == "bce":
        return F.binary_cross_entropy_with_logits(z, y)  # from the logits, so it never overflows
    return F.cross_entropy(z, y)  # y as class probabilities (PyTorch 1.10 or newer)


def output_gradient(a, y):
    """dL/dŷ: the loss written on the output ŷ itself (the logits form above never builds it)."""
    a = a.detach().clone().requires_grad_(True)
    if LOSS == "mse":
        value = F.mse_loss(a, y)
    elif LOSS == "bce":
        value = F.binary_cross_entropy(a, y)
    else:
        value = -(y * torch.log(a)).sum(dim=-1).mean()
    value.backward()
    return a.grad


def trace_sample(parameters, x, y):
    """The values the app's graph shows for one sample: z, a, dL/dz and dL/da of every layer."""
    leaves = [(W.detach().clone().requires_grad_(True), b.detach().clone().requires_grad_(True)) for W, b in parameters]
    zs, activations = forward(leaves, x[None, :])
    loss_of(zs[-1], activations[-1], y[None, :]).backward()
    dLda = [a.grad for a in activations[:-1]] + [output_gradient(activations[-1], y[None, :])]
    return [
        {"z": z[0].tolist(), "a": a[0].tolist(), "dLdz": z.grad[0].tolist(), "dLda": g[0].tolist()}
        for z, a, g in zip(zs, activations, dLda)
    ]


def one_iteration():
    """Forward, loss and backward on the whole batch with autograd, then optimizer.step()."""
    parameters = make_parameters()
    optimizer = make_optimizer([p for pair in parameters for p in pair])
    X = torch.tensor(BATCH_X)
    Y = torch.tensor(BATCH_Y)
    shown = trace_sample(parameters, X[-1], Y[-1])  # the app's graph shows the batch's last sample
    optimizer.zero_grad()
    zs, activations = forward(parameters, X)
    loss = loss_of(zs[-1], activations[-1], Y)  # the batch loss, the mean over its samples
    loss.backward()  # so W.grad is the mean of the per-sample gradients
    layers = []
    for (W, b), values in zip(parameters, shown):
        assert W.grad.shape == W.shape and b.grad.shape == b.shape  # dL/dW.shape == W.shape
        layers.append({**values, "dLdW": W.grad.tolist(), "dLdb": b.grad.tolist()})
    optimizer.step()
    after = [{"W": W.tolist(), "b": b.tolist()} for W, b in parameters]
    return {"loss": loss.item(), "layers": layers, "after": {"layers": after}}`;

const NUMPY_CHECK = `def numpy_result():
    """The NumPy script's result, when one of this lesson is in this folder (as the browser saved it)."""
    folder = pathlib.Path(__file__).resolve().parent
    for path in sorted(folder.glob("backprop-lab-numpy*.py")):
        spec = importlib.util.spec_from_file_location("backprop_lab_numpy", path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except ImportError as error:  # NumPy itself is missing
            print("NumPy check skipped: %s" % error)
            return None, None
        if getattr(module, "LESSON_ID", None) == LESSON_ID:
            return path.name, module.one_iteration()
    return None, None


def largest_relative_difference(ours, theirs):
    if isinstance(ours, dict):
        assert sorted(ours) == sorted(theirs), "different keys"
        return max(largest_relative_difference(ours[k], theirs[k]) for k in ours)
    if isinstance(ours, list):
        assert len(ours) == len(theirs), "different lengths"
        return max([largest_relative_difference(a, b) for a, b in zip(ours, theirs)], default=0.0)
    scale = max(abs(ours), abs(theirs))
    return 0.0 if scale == 0 else abs(ours - theirs) / scale


def check_against_numpy(result):
    name, reference = numpy_result()
    if reference is None:
        print("NumPy check skipped: no backprop-lab-numpy.py of this lesson in this folder")
        return
    difference = largest_relative_difference(result, reference)
    assert difference <= 1e-9, "PyTorch and %s differ: largest relative difference %.3g" % (name, difference)
    print("NumPy check: agrees with %s (largest relative difference %.2g)" % (name, difference))`;

export function pytorchScript(lesson: CodeLesson): string {
  const kind = lesson.optimizer.kind;
  return `#!/usr/bin/env python3
${docstring(lesson, 'one training iteration in PyTorch, with autograd and torch.optim.', CODE_FILE_NAMES.pytorch, `Needs Python 3 and PyTorch 1.13 or newer, nothing else. Saved next to ${CODE_FILE_NAMES.numpy} of the\nsame lesson, it also runs that and checks that both agree to 1e-9.`)}
import importlib.util
import json
import pathlib
import sys

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

${dataBlock(lesson)}

${OPTIMIZER_CODE[kind]}${kind === 'sgd' ? '' : LOAD_STATE}


${MODEL_CODE}


${NUMPY_CHECK}


${SHOW_AND_MAIN.replace('    show(result)\n', '    show(result)\n    check_against_numpy(result)\n')}

if __name__ == "__main__":
    main()
`;
}
