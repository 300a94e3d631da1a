/**
 * "Export code…" in the real app: the menu downloads both scripts under their names, and the NumPy
 * script, run with python3 --json, prints the numbers the graph's data-* attributes then show after
 * Forward, Backward and Update (or Step), to 1e-9 relative.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, choosePreset, exportCode } from './fixtures';
import { readGraph, type GraphSnapshot } from './helpers/graphDom';
import { PRESET_LABELS } from './helpers/lessons';
import { fourSignificant } from './helpers/numbers';
import { missingPythonModule, runWithJson } from './helpers/python';

interface ScriptJson {
  loss: number;
  layers: { z: number[]; a: number[]; dLdz: number[]; dLda: number[]; dLdW: number[][]; dLdb: number[] }[];
  after: { layers: { W: number[][]; b: number[] }[] };
}

const numpyMissing = missingPythonModule('numpy');
const torchMissing = missingPythonModule('torch');

let folder = '';
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'backprop-lab-e2e-code-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/**
 * Where the graph's attributes differ from the script's numbers: every node's z, a, dL/dz, dL/da,
 * every weight and bias after the update and, when `gradients` (a batch of one, whose sample
 * gradient is the batch gradient), every dL/dW and dL/db.
 */
function differences(graph: GraphSnapshot, script: ScriptJson, gradients: boolean): string[] {
  const problems: string[] = [];
  const check = (key: string, name: string, expected: number) => {
    const text = graph[key]?.attributes[name];
    const actual = Number(text);
    if (text === undefined || !(Math.abs(actual - expected) <= 1e-9 * Math.abs(expected)))
      problems.push(`${key} ${name}="${text}", the script says ${expected}`);
  };
  script.layers.forEach((layer, k) => {
    const l = k + 1;
    layer.z.forEach((_, i) => {
      check(`node:${l}:${i}`, 'data-z', layer.z[i]!);
      check(`node:${l}:${i}`, 'data-a', layer.a[i]!);
      check(`node:${l}:${i}`, 'data-dldz', layer.dLdz[i]!);
      check(`node:${l}:${i}`, 'data-dlda', layer.dLda[i]!);
      const after = script.after.layers[k]!;
      check(`bias:${l}:${i}`, 'data-b', after.b[i]!);
      if (gradients) check(`bias:${l}:${i}`, 'data-dldb', layer.dLdb[i]!);
      after.W[i]!.forEach((w, j) => {
        check(`edge:${l}:${i}:${j}`, 'data-w', w);
        if (gradients) check(`edge:${l}:${i}:${j}`, 'data-dldw', layer.dLdW[i]![j]!);
      });
    });
  });
  return problems;
}

async function runNumpy(page: Page) {
  const numpy = await exportCode(page, 'numpy', folder);
  const { json } = await runWithJson(numpy.path, folder);
  return json as ScriptJson;
}

test.describe('Export code…', () => {
  test.skip(
    numpyMissing !== null && !process.env.CI,
    `the exported scripts cannot be run here: ${numpyMissing}`,
  );

  test('downloads both scripts, and the NumPy one prints what Forward, Backward and Update then show', async ({
    appPage: page,
  }) => {
    await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
    const numpy = await exportCode(page, 'numpy', folder);
    const pytorch = await exportCode(page, 'pytorch', folder);
    expect(numpy.fileName).toBe('backprop-lab-numpy.py');
    expect(pytorch.fileName).toBe('backprop-lab-pytorch.py');
    const { json, stdout } = await runWithJson(numpy.path, folder);
    expect(stdout).toContain('Layer 1 (relu), W is 2 x 2');
    const script = json as ScriptJson;

    for (const name of ['Forward', 'Backward', 'Update'])
      await page.getByRole('button', { name, exact: true }).click();
    await expect.poll(async () => differences(await readGraph(page), script, true)).toEqual([]);
    await expect(page.getByTestId('loss-value')).toHaveText(fourSignificant(script.loss));

    if (torchMissing) {
      console.warn(`The downloaded PyTorch script is not run: ${torchMissing}`);
      return;
    }
    const fromTorch = await runWithJson(pytorch.path, folder);
    expect(fromTorch.stdout).toContain('NumPy check: agrees with backprop-lab-numpy.py');
  });

  test('mid-training with Adam on XOR (batch of 4), the script redoes the next Step', async ({
    appPage: page,
  }) => {
    await choosePreset(page, PRESET_LABELS.xor);
    await page.getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Adam' });
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await step.click();
    await step.click();
    const script = await runNumpy(page);
    await step.click();
    // The graph shows the batch's last sample and its own gradients; the weights are the update's.
    await expect.poll(async () => differences(await readGraph(page), script, false)).toEqual([]);
  });
});
