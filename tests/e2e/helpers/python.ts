/**
 * Running a downloaded script with Debian's Python (/usr/bin/python3, or $PYTHON). Without NumPy the
 * script tests are skipped with the reason, except in CI (CI set), where they must run.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

/** null when `module` imports, else why not. */
export function missingPythonModule(module: 'numpy' | 'torch'): string | null {
  const probe = spawnSync(PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} cannot run (${probe.error.message})`;
  return probe.status === 0 ? null : `${PYTHON} has no ${module} (apt-get install python3-${module})`;
}

/** `python3 script --json` in the script's folder: its whole output, and the JSON of its last line. */
export async function runWithJson(path: string, cwd: string): Promise<{ stdout: string; json: unknown }> {
  const { stdout } = await promisify(execFile)(PYTHON, [path, '--json'], { cwd, maxBuffer: 16 << 20 });
  const lines = stdout.trimEnd().split('\n');
  return { stdout, json: JSON.parse(lines[lines.length - 1]!) };
}
