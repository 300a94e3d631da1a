#!/usr/bin/env python3
"""PyTorch reference values for the engine tests (tests/unit/engine/torch.test.ts and friends).

Regenerate, from the project root:

    /usr/bin/python3 tests/reference/torch_reference.py

It needs the Debian packages python3-torch and python3-numpy, rewrites
tests/fixtures/torch-reference.json and then runs `npx prettier --write` on it (the project checks
formatting of every JSON file). Commit the script and the JSON together.

Everything runs in float64 with the conventions of DESIGN.md, so the engine must agree to ~1e-12:
- W of a layer has shape (out, in) and z = a_prev @ W.T + b, as torch.nn.Linear;
- losses are means over the output units and over the batch: mse = F.mse_loss,
  bce = F.binary_cross_entropy_with_logits, crossEntropy = F.cross_entropy with probability targets
  (mean over the batch only, as the engine sums −y·log ŷ over the classes);
- optimizers are torch.optim.SGD, SGD(momentum=μ) and Adam, with no weight decay.

The output layer's dL/dŷ is taken from the probability form of the loss on a leaf ŷ
(F.mse_loss, F.binary_cross_entropy, −Σ y·log ŷ), since the logits form never builds ŷ.
"""

import json
import pathlib
import subprocess

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / "torch-reference.json"

ACTIVATIONS = {
    "linear": lambda z: z,
    "relu": torch.relu,
    "leakyRelu": lambda z: F.leaky_relu(z, 0.01),
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "softmax": lambda z: torch.softmax(z, dim=-1),
}
# Units whose derivative has a kink at 0: a reference value computed next to it is worthless.
KINKED = {"relu", "leakyRelu"}


def layer(W, b, activation):
    return {"W": W, "b": b, "activation": activation}


def sample(x, y):
    return {"x": x, "y": y}


MAZUR = {
    "layers": [
        layer([[0.15, 0.2], [0.25, 0.3]], [0.35, 0.35], "sigmoid"),
        layer([[0.4, 0.45], [0.5, 0.55]], [0.6, 0.6], "sigmoid"),
    ],
    "loss": "mse",
}
RELU_BCE = {
    "layers": [
        layer(
            [[0.5, -0.3, 0.8], [-0.6, 0.2, 0.1], [0.3, 0.9, -0.4], [-0.2, -0.7, 0.5]],
            [0.1, -0.2, 0.05, 0.3],
            "relu",
        ),
        layer([[0.7, -0.5, 0.4, 0.2], [-0.3, 0.6, -0.8, 0.9]], [0.0, 0.1], "sigmoid"),
    ],
    "loss": "bce",
}
RELU_BCE_DATA = [sample([1.0, -0.5, 0.3], [1.0, 0.0]), sample([-0.4, 0.8, 0.6], [0.0, 1.0])]
TANH_CE = {
    "layers": [
        layer([[0.4, -0.7], [0.9, 0.3], [-0.5, 0.6]], [0.1, 0.0, -0.1], "tanh"),
        layer([[0.5, -0.4, 0.3], [-0.6, 0.8, 0.2], [0.1, 0.7, -0.9]], [0.05, -0.05, 0.0], "softmax"),
    ],
    "loss": "crossEntropy",
}
# One one-hot and one soft target, so both forms of the cross-entropy target are covered.
TANH_CE_DATA = [sample([0.5, -1.0], [0.0, 1.0, 0.0]), sample([1.5, 0.2], [0.2, 0.5, 0.3])]
LEAKY_MSE = {
    "layers": [
        layer([[0.8, -0.6], [-0.9, 0.4], [0.3, 0.7]], [0.1, -0.1, -0.5], "leakyRelu"),
        layer([[0.6, -0.2, 0.5], [-0.4, 0.9, 0.3]], [0.2, -0.3], "linear"),
    ],
    "loss": "mse",
}
LEAKY_MSE_DATA = [
    sample([1.0, 0.5], [0.5, -0.2]),
    sample([-0.8, 0.3], [-0.1, 0.4]),
    sample([0.2, -1.2], [0.9, 0.0]),
]
DEEP_SOFTMAX_MSE = {
    "layers": [
        layer(
            [[0.3, -0.5, 0.2], [0.6, 0.1, -0.4], [-0.7, 0.8, 0.5], [0.2, 0.4, 0.9]],
            [0.1, -0.1, 0.2, 0.0],
            "relu",
        ),
        layer(
            [[0.5, -0.3, 0.2, 0.7], [-0.4, 0.6, 0.1, -0.2], [0.3, 0.2, -0.8, 0.4]],
            [0.0, 0.1, -0.1],
            "tanh",
        ),
        layer([[0.9, -0.6, 0.3], [-0.2, 0.5, 0.7], [0.4, 0.1, -0.5]], [0.1, 0.0, -0.2], "softmax"),
    ],
    "loss": "mse",
}
DEEP_DATA = [
    sample([0.5, 0.2, -0.3], [1.0, 0.0, 0.0]),
    sample([-0.6, 0.9, 0.4], [0.0, 1.0, 0.0]),
    sample([0.8, -0.4, 0.7], [0.0, 0.0, 1.0]),
]

CASES = [
    {
        "name": "mazur-sigmoid-mse",
        "model": MAZUR,
        "data": [sample([0.05, 0.1], [0.01, 0.99])],
        "optimizer": {"kind": "sgd", "learningRate": 0.5},
        "batchSize": 1,
        "steps": 3,
    },
    {
        "name": "relu-sigmoid-bce",
        "model": RELU_BCE,
        "data": RELU_BCE_DATA,
        "optimizer": {"kind": "sgd", "learningRate": 0.1},
        "batchSize": 2,
        "steps": 3,
    },
    {
        "name": "tanh-softmax-crossEntropy",
        "model": TANH_CE,
        "data": TANH_CE_DATA,
        "optimizer": {"kind": "sgd", "learningRate": 0.2},
        "batchSize": 2,
        "steps": 3,
    },
    {
        # Batch 2 over 3 samples: the batches wrap cyclically ([0, 1], [2, 0], [1, 2]).
        "name": "leakyRelu-linear-mse-cyclic",
        "model": LEAKY_MSE,
        "data": LEAKY_MSE_DATA,
        "optimizer": {"kind": "sgd", "learningRate": 0.05},
        "batchSize": 2,
        "steps": 3,
    },
    {
        "name": "relu-sigmoid-bce-momentum",
        "model": RELU_BCE,
        "data": RELU_BCE_DATA,
        "optimizer": {"kind": "momentum", "learningRate": 0.1, "momentum": 0.9},
        "batchSize": 2,
        "steps": 3,
    },
    {
        "name": "tanh-softmax-crossEntropy-adam",
        "model": TANH_CE,
        "data": TANH_CE_DATA,
        "optimizer": {"kind": "adam", "learningRate": 0.01},
        "batchSize": 2,
        "steps": 3,
    },
    {
        # mse on a softmax output goes through the full softmax Jacobian, not the fused form.
        "name": "relu-tanh-softmax-mse-adam",
        "model": DEEP_SOFTMAX_MSE,
        "data": DEEP_DATA,
        "optimizer": {"kind": "adam", "learningRate": 0.05},
        "batchSize": 3,
        "steps": 3,
    },
]

# Optimizers alone: fixed gradient sequences fed to torch.optim on a (1 × 4) W and a (1) b.
OPTIMIZER_GRADS = [
    {"W": [[0.5, -1.2, 0.0, 1e-9]], "b": [2.0]},
    {"W": [[-0.3, -0.8, 0.4, 1e-9]], "b": [-1.5]},
    {"W": [[0.1, 0.6, -0.4, -2e-9]], "b": [5.0]},
    {"W": [[0.2, 0.0, 0.3, 1e-9]], "b": [-0.25]},
]
OPTIMIZER_START = {"W": [[0.1, -0.2, 0.3, -0.4]], "b": [0.05]}
OPTIMIZER_RUNS = [
    {"kind": "sgd", "learningRate": 0.1},
    {"kind": "momentum", "learningRate": 0.1},
    {"kind": "momentum", "learningRate": 0.05, "momentum": 0.5},
    {"kind": "adam", "learningRate": 0.01},
    {"kind": "adam", "learningRate": 0.1, "beta1": 0.8, "beta2": 0.99, "epsilon": 1e-6},
]


def make_optimizer(config, params):
    lr = config["learningRate"]
    if config["kind"] == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if config["kind"] == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=config.get("momentum", 0.9))
    return torch.optim.Adam(
        params,
        lr=lr,
        betas=(config.get("beta1", 0.9), config.get("beta2", 0.999)),
        eps=config.get("epsilon", 1e-8),
    )


def leaf_params(spec):
    return [
        (torch.tensor(l["W"]).requires_grad_(True), torch.tensor(l["b"]).requires_grad_(True))
        for l in spec["layers"]
    ]


def forward(spec, params, x):
    """z_l and a_l for every layer, with .retain_grad() so dL/dz and dL/da can be read back."""
    zs, as_ = [], []
    a = x
    for l, (W, b) in zip(spec["layers"], params):
        z = a @ W.T + b
        if l["activation"] in KINKED and z.abs().min().item() < 1e-6:
            raise ValueError("a relu unit sits on its kink; pick other numbers")
        a = ACTIVATIONS[l["activation"]](z)
        z.retain_grad()
        a.retain_grad()
        zs.append(z)
        as_.append(a)
    return zs, as_


def loss_from_output(loss, z, a, y):
    if loss == "mse":
        return F.mse_loss(a, y)
    if loss == "bce":
        return F.binary_cross_entropy_with_logits(z, y)
    return F.cross_entropy(z, y)


def output_grad(loss, a, y):
    """dL/dŷ of the probability form of the loss, on a leaf ŷ."""
    a = a.detach().clone().requires_grad_(True)
    if loss == "mse":
        value = F.mse_loss(a, y)
    elif loss == "bce":
        value = F.binary_cross_entropy(a, y)
    else:
        value = -(y * torch.log(a)).sum(dim=-1).mean()
    value.backward()
    return a.grad


def trace_sample(spec, s):
    params = leaf_params(spec)
    x = torch.tensor([s["x"]]).requires_grad_(True)
    y = torch.tensor([s["y"]])
    zs, as_ = forward(spec, params, x)
    loss = loss_from_output(spec["loss"], zs[-1], as_[-1], y)
    loss.backward()
    layers = []
    for l, ((W, b), z, a) in enumerate(zip(params, zs, as_)):
        last = l == len(params) - 1
        dLda = output_grad(spec["loss"], a, y) if last else a.grad
        layers.append(
            {
                "z": z[0].tolist(),
                "a": a[0].tolist(),
                "dLdz": z.grad[0].tolist(),
                "dLda": dLda[0].tolist(),
                "dLdW": W.grad.tolist(),
                "dLdb": b.grad.tolist(),
            }
        )
    return {"loss": loss.item(), "output": as_[-1][0].tolist(), "dLdx": x.grad[0].tolist(), "layers": layers}


def batch_of(data, step, batch_size):
    return [data[(step * batch_size + k) % len(data)] for k in range(batch_size)]


def batch_gradients(spec, batch):
    params = leaf_params(spec)
    x = torch.tensor([s["x"] for s in batch])
    y = torch.tensor([s["y"] for s in batch])
    zs, as_ = forward(spec, params, x)
    loss = loss_from_output(spec["loss"], zs[-1], as_[-1], y)
    loss.backward()
    return {
        "loss": loss.item(),
        "dLdW": [W.grad.tolist() for W, _ in params],
        "dLdb": [b.grad.tolist() for _, b in params],
    }


def train(case):
    spec = case["model"]
    params = leaf_params(spec)
    optimizer = make_optimizer(case["optimizer"], [p for pair in params for p in pair])
    losses, after = [], []
    for step in range(case["steps"]):
        batch = batch_of(case["data"], step, case["batchSize"])
        optimizer.zero_grad()
        zs, as_ = forward(spec, params, torch.tensor([s["x"] for s in batch]))
        loss = loss_from_output(spec["loss"], zs[-1], as_[-1], torch.tensor([s["y"] for s in batch]))
        loss.backward()
        losses.append(loss.item())
        optimizer.step()
        after.append([{"W": W.tolist(), "b": b.tolist()} for W, b in params])
    return losses, after


def run_case(case):
    losses, after = train(case)
    return {
        **case,
        "samples": [trace_sample(case["model"], s) for s in case["data"]],
        "firstBatch": batch_gradients(case["model"], batch_of(case["data"], 0, case["batchSize"])),
        "losses": losses,
        "after": after,
    }


def run_optimizer(config):
    W = torch.tensor(OPTIMIZER_START["W"]).requires_grad_(True)
    b = torch.tensor(OPTIMIZER_START["b"]).requires_grad_(True)
    optimizer = make_optimizer(config, [W, b])
    after = []
    for grads in OPTIMIZER_GRADS:
        W.grad = torch.tensor(grads["W"])
        b.grad = torch.tensor(grads["b"])
        optimizer.step()
        after.append({"W": W.tolist(), "b": b.tolist()})
    return {"optimizer": config, "after": after}


def main():
    fixture = {
        "generator": "tests/reference/torch_reference.py",
        "torch": torch.__version__,
        "dtype": "float64",
        "cases": [run_case(case) for case in CASES],
        "optimizers": {
            "start": OPTIMIZER_START,
            "grads": OPTIMIZER_GRADS,
            "runs": [run_optimizer(config) for config in OPTIMIZER_RUNS],
        },
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fixture, indent=1, allow_nan=False) + "\n")
    subprocess.run(["npx", "prettier", "--write", str(OUT.relative_to(ROOT))], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
