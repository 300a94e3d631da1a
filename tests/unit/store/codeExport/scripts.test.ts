// @vitest-environment node
/**
 * The exported scripts, run with Debian's Python on every test lesson: their --json line must be the
 * engine's iteration to 1e-9 relative. A runtime that is missing is skipped with the reason printed,
 * except NumPy in CI (CI=true), which must be there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_FILE_NAMES, codeLessonOf, numpyScript, pytorchScript } from '../../../../src/store/codeExport';
import { contractProblems, engineIteration, lastJsonLine } from './contract';
import { testLessons } from './lessons';
import { inPool, missingModule, runScript, runScriptsTogether } from './python';

const numpyMissing = missingModule('numpy');
const torchMissing = missingModule('torch');
if (numpyMissing) console.warn(`The exported NumPy scripts are not run: ${numpyMissing}`);
if (torchMissing) console.warn(`The exported PyTorch scripts are not run: ${torchMissing}`);

const lessons = testLessons().map((lesson) => ({
  ...lesson,
  numpy: numpyScript(codeLessonOf(lesson.source)),
  pytorch: pytorchScript(codeLessonOf(lesson.source)),
  expected: engineIteration(lesson.source),
}));

let root = '';
/** A fresh folder under the test's temporary folder, holding the given files. */
function folderWith(name: string, files: Record<string, string>): string {
  const folder = join(root, name);
  mkdirSync(folder);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'backprop-lab-code-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('exported scripts run with python3 --json', () => {
  it.runIf(process.env.CI === 'true')('CI has NumPy to run them', () => {
    expect(numpyMissing, 'CI must install python3-numpy').toBeNull();
  });

  it.skipIf(numpyMissing !== null)(
    "the NumPy script prints the engine's iteration for every preset and random lesson",
    async () => {
      const outputs = await inPool(
        lessons.map((lesson, k) => () => {
          const folder = folderWith(`numpy-${k}`, { [CODE_FILE_NAMES.numpy]: lesson.numpy });
          return runScript(join(folder, CODE_FILE_NAMES.numpy), folder);
        }),
        2,
      );
      lessons.forEach((lesson, k) => {
        expect(outputs[k], lesson.name).toContain('Layer 1 (');
        expect(contractProblems(lastJsonLine(outputs[k]!), lesson.expected), lesson.name).toEqual([]);
      });
    },
    120_000,
  );

  it.skipIf(torchMissing !== null)(
    'the PyTorch script prints it too, and checks itself against the NumPy script beside it',
    async () => {
      const folders = lessons.map((lesson, k) =>
        folderWith(`both-${k}`, {
          [CODE_FILE_NAMES.numpy]: lesson.numpy,
          [CODE_FILE_NAMES.pytorch]: lesson.pytorch,
        }),
      );
      const first = lessons[0]!;
      const alone = folderWith('pytorch-alone', { [CODE_FILE_NAMES.pytorch]: first.pytorch });
      // The NumPy script of the same lesson, but a different learning rate: the check must catch it.
      const tampered = folderWith('tampered', {
        [CODE_FILE_NAMES.numpy]: first.numpy.replace(/^LEARNING_RATE = .*$/m, 'LEARNING_RATE = 0.123'),
        [CODE_FILE_NAMES.pytorch]: first.pytorch,
      });
      const runs = await runScriptsTogether(
        [...folders, alone, tampered].map((folder) => join(folder, CODE_FILE_NAMES.pytorch)),
      );
      lessons.forEach((lesson, k) => {
        const { code, stdout } = runs[k]!;
        expect(code, `${lesson.name}: ${stdout}`).toBe(0);
        expect(stdout, lesson.name).toContain('NumPy check: agrees with backprop-lab-numpy.py');
        expect(contractProblems(lastJsonLine(stdout), lesson.expected), lesson.name).toEqual([]);
      });
      const [aloneRun, tamperedRun] = runs.slice(lessons.length);
      expect(aloneRun!.stdout).toContain('NumPy check skipped');
      expect(contractProblems(lastJsonLine(aloneRun!.stdout), first.expected)).toEqual([]);
      expect(tamperedRun!.code).toBe(1);
      expect(tamperedRun!.stdout).toContain('PyTorch and backprop-lab-numpy.py differ');
      // And once as a command of its own, as a student runs it.
      const stdout = await runScript(join(folders[0]!, CODE_FILE_NAMES.pytorch), folders[0]!);
      expect(contractProblems(lastJsonLine(stdout), first.expected)).toEqual([]);
    },
    180_000,
  );
});
