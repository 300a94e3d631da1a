/**
 * Running the exported scripts with Debian's Python (/usr/bin/python3, or $PYTHON): which of NumPy
 * and PyTorch it has, one script as a command, and many scripts in one interpreter (PyTorch takes
 * seconds to import, so its scripts share one import: each still runs as __main__ with --json).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

export const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const run = promisify(execFile);

/** null when `module` imports, else why not. */
export function missingModule(module: 'numpy' | 'torch'): string | null {
  const probe = spawnSync(PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} cannot run (${probe.error.message})`;
  if (probe.status !== 0) {
    const package_ = module === 'numpy' ? 'python3-numpy' : 'python3-torch';
    return `${PYTHON} has no ${module} (apt-get install ${package_})`;
  }
  return null;
}

/** `python3 script --json` in the script's folder; rejects on a non-zero exit. */
export async function runScript(path: string, cwd: string): Promise<string> {
  const { stdout } = await run(PYTHON, [path, '--json'], { cwd, maxBuffer: 16 << 20 });
  return stdout;
}

/** Runs `tasks` with at most `limit` at a time (the machine's cores are shared). */
export async function inPool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const k = next++;
      results[k] = await tasks[k]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const BATCH_RUNNER = `
import contextlib, io, json, runpy, sys, traceback
results = []
for path in sys.argv[1:]:
    out = io.StringIO()
    code = 0
    sys.argv = [path, "--json"]
    with contextlib.redirect_stdout(out):
        try:
            runpy.run_path(path, run_name="__main__")
        except SystemExit as error:
            code = error.code if isinstance(error.code, int) else 1
        except BaseException:
            code = 1
            out.write(traceback.format_exc())
    results.append({"code": code, "stdout": out.getvalue()})
print(json.dumps(results))
`;

export interface ScriptRun {
  /** 0 when the script finished; 1 when it raised (an assert, say). */
  code: number;
  stdout: string;
}

/** Each script run as \`python3 script --json\` would, one after another in one interpreter. */
export async function runScriptsTogether(paths: readonly string[]): Promise<ScriptRun[]> {
  const { stdout } = await run(PYTHON, ['-c', BATCH_RUNNER, ...paths], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as ScriptRun[];
}
