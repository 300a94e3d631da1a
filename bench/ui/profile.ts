/**
 * Where the main-thread time of a benchmark goes: a Chrome trace summed by event name inside the
 * windows the page marks with performance.measure, and a V8 CPU profile summed by function. Used by
 * the *.bench.ts files to say what costs what when a target is missed.
 */
import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: { data?: { name?: string } };
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
];

/** Event names worth reporting: script, style, layout, paint and the frame around them. */
const INTERESTING = new Set([
  'EventDispatch',
  'FunctionCall',
  'RunMicrotasks',
  'v8.run',
  'TimerFire',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'Commit',
  'UpdateLayer',
  'HitTest',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'ParseHTML',
  'RunTask',
  'ThreadControllerImpl::RunTask',
]);

/**
 * Sum, per measure name prefix, of each interesting event's inclusive duration on the renderer main
 * thread within that measure's window (nested events of the same name count once).
 */
export function summariseTrace(json: string): Map<string, Map<string, number>> {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name')
      threadNames.set(
        `${e.pid}:${e.tid}`,
        e.args?.data?.name ?? (e.args as { name?: string } | undefined)?.name ?? '',
      );
  }
  const main = events.filter((e) => threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const windows: { label: string; start: number; end: number }[] = [];
  const open = new Map<string, number>();
  for (const e of main) {
    if (e.cat !== 'blink.user_timing' || !e.name.startsWith('bench:')) continue;
    if (e.ph === 'b') open.set(e.name, e.ts);
    if (e.ph === 'e' && open.has(e.name)) {
      windows.push({ label: e.name.slice(6).replace(/#\d+$/, ''), start: open.get(e.name)!, end: e.ts });
      open.delete(e.name);
    }
    if (e.ph === 'X')
      windows.push({ label: e.name.slice(6).replace(/#\d+$/, ''), start: e.ts, end: e.ts + (e.dur ?? 0) });
  }
  const totals = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  for (const w of windows) counts.set(w.label, (counts.get(w.label) ?? 0) + 1);
  const complete = main.filter((e) => e.ph === 'X' && e.dur !== undefined && INTERESTING.has(e.name));
  for (const w of windows) {
    const byName = totals.get(w.label) ?? new Map<string, number>();
    const lastEnd = new Map<string, number>();
    for (const e of complete) {
      const start = Math.max(e.ts, w.start);
      const end = Math.min(e.ts + e.dur!, w.end);
      if (end <= start) continue;
      const from = Math.max(start, lastEnd.get(e.name) ?? -Infinity);
      if (end > from) byName.set(e.name, (byName.get(e.name) ?? 0) + (end - from) / 1000);
      lastEnd.set(e.name, Math.max(end, lastEnd.get(e.name) ?? -Infinity));
    }
    totals.set(w.label, byName);
  }
  for (const [label, byName] of totals) {
    const n = counts.get(label) ?? 1;
    for (const [name, ms] of byName) byName.set(name, ms / n);
  }
  return totals;
}

export function printTrace(totals: Map<string, Map<string, number>>): void {
  for (const [label, byName] of totals) {
    const parts = [...byName.entries()]
      .sort((a, b) => b[1] - a[1])
      .filter(([, ms]) => ms >= 0.05)
      .map(([name, ms]) => `${name} ${ms.toFixed(2)}`);
    console.log(`trace ${label.padEnd(18)} mean ms per window: ${parts.join(', ')}`);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total (inclusive) milliseconds per function over one or more profiles. */
function addProfile(profile: CpuProfile, self: Map<string, number>, total: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k] ?? 0) / 1000;
    const key = keyOf(byId.get(id)!);
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k2 = keyOf(byId.get(at)!);
      if (seen.has(k2)) continue;
      seen.add(k2);
      total.set(k2, (total.get(k2) ?? 0) + ms);
    }
  });
}

/** App functions worth a line of their own in the inclusive list: components and the known hot paths. */
const FOCUS =
  /^([A-Z]\w*|graphValuesFromSession|buildChartModel|drawHeatmap|sampleGrid|paintHeatmap|measure|trainFrame|trainBatch|commitTraining|transact|createFastTrainer|layoutNetwork|describeParameter|snapshotOf|cloneSession) /;

function printProfile(
  label: string,
  self: Map<string, number>,
  total: Map<string, number>,
  top: number,
  windows = 1,
) {
  const skip = (k: string) => k.startsWith('(idle)') || k.startsWith('(root)');
  const busy = [...self.entries()].filter(([k]) => !skip(k)).reduce((s, [, v]) => s + v, 0);
  console.log(`${label}: ${(busy / windows).toFixed(2)} ms busy per window; top self time (ms per window):`);
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .filter(([k]) => !skip(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, ms]) =>
          `  ${(ms / windows).toFixed(2).padStart(8)} ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${key}`,
      );
  for (const row of rows(self)) console.log(row);
  console.log(`${label}: top inclusive time (ms per window):`);
  for (const row of rows(total)) console.log(row);
  const focused = new Map([...total.entries()].filter(([k]) => FOCUS.test(k)));
  console.log(`${label}: components and app hot paths, inclusive (ms per window):`);
  for (const row of rows(focused)) console.log(row);
}

/** Stop the profile; print the functions with the most self time and their share of busy time. */
export async function stopProfile(cdp: CDPSession, top = 25): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  addProfile(profile, self, total);
  printProfile('cpu profile', self, total, top);
  await cdp.detach();
}

/**
 * Collect the profiles the page takes with console.profile(title) / console.profileEnd(title) while
 * `run` runs, and print them summed per title prefix (the part before '#').
 */
export async function profileConsoleWindows(
  page: Page,
  run: () => Promise<unknown>,
  top = 20,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const byTitle = new Map<string, { self: Map<string, number>; total: Map<string, number>; n: number }>();
  cdp.on('Profiler.consoleProfileFinished', (event) => {
    const title = (event.title ?? '').split('#')[0]!;
    const entry = byTitle.get(title) ?? { self: new Map(), total: new Map(), n: 0 };
    addProfile(event.profile as unknown as CpuProfile, entry.self, entry.total);
    entry.n += 1;
    byTitle.set(title, entry);
  });
  await run();
  for (const [title, { self, total, n }] of byTitle)
    printProfile(`profile ${title} (n=${n})`, self, total, top, n);
  await cdp.detach();
}
