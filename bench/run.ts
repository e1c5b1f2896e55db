// `npm run bench`: every benchmark case in one run on this machine, a table, then one line of JSON.
// Absolute times hold only for this machine on this day, so each time that has a floor (the same work
// done the plainest way, measured in the same run) is reported beside its ratio to it.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './lib/measure';
import { buildYearDir, YEAR_DIR_ENV } from './lib/year-dir';

/** Runs one case in its own Node process (bench/run-case.ts) and returns its figures. */
function runCase(name: string, env: NodeJS.ProcessEnv): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'run-case.ts'), name], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Record<string, number>) : reject(new Error(`case ${name} failed (${code})`))));
  });
}

interface Target {
  readonly key: string;
  readonly what: string;
  /** The floor's own figure and the ratio to it, where the figure has a floor. */
  readonly floor?: { readonly key: string; readonly ratio: string };
  readonly target: string;
  readonly met: (figures: Record<string, number>) => boolean | null;
}

const at = (figures: Record<string, number>, key: string) => figures[key] ?? Number.NaN;

const targets: Target[] = [
  { key: 'poll_vs_slowest', what: 'sync cycle over 5 venues (50–500 ms) ÷ 500 ms', target: '≤ 1.2', met: (f) => at(f, 'poll_vs_slowest') <= 1.2 },
  { key: 'ingest_vs_raw', what: 'rows/s through the store ÷ raw inserts (10,000 holdings)', target: '≥ 0.5', met: (f) => at(f, 'ingest_vs_raw') >= 0.5 },
  { key: 'history_1y_ms', what: '1-year net-worth series, 10 connections, ≤ 2,000 points', floor: { key: 'history_1y_floor_ms', ratio: 'history_vs_floor' }, target: '≤ 50', met: (f) => at(f, 'history_1y_ms') <= 50 },
  { key: 'db_mb_1y', what: 'database after a simulated year with compaction (MB)', target: '≤ 300', met: (f) => at(f, 'db_mb_1y') <= 300 },
  { key: 'disk_mb_1y', what: 'database + its backups after the year and four days of upkeep (MB)', target: '≤ 600', met: (f) => at(f, 'disk_mb_1y') <= 600 },
  { key: 'summary_20k_ms', what: 'portfolio summary, 20 × 1,000 holdings (via serve)', floor: { key: 'summary_20k_floor_ms', ratio: 'summary_vs_floor' }, target: '≤ 50', met: (f) => at(f, 'summary_20k_ms') <= 50 },
  { key: 'export_100k_ms', what: 'CSV export of 100,000 holdings', floor: { key: 'export_100k_floor_ms', ratio: 'export_vs_floor' }, target: '≤ 1000; ÷ floor ≤ 1.5', met: (f) => at(f, 'export_100k_ms') <= 1000 && at(f, 'export_vs_floor') <= 1.5 },
  { key: 'cold_start_ms', what: 'serve start → dashboard from cache (20k holdings)', floor: { key: 'cold_start_floor_ms', ratio: 'cold_start_vs_floor' }, target: '≤ 1000; ÷ floor ≤ 4', met: (f) => at(f, 'cold_start_ms') <= 1000 && at(f, 'cold_start_vs_floor') <= 4 },
  { key: 'cold_start_year_ms', what: 'serve start on the year database → dashboard, daily checks due', target: '≤ 1500', met: (f) => at(f, 'cold_start_year_ms') <= 1500 },
  { key: 'view_switch_20k_ms', what: 'Settings → Holdings with 20,000 holdings loaded', target: '< 1000', met: (f) => at(f, 'view_switch_20k_ms') < 1000 },
  { key: 'scale_summary', what: 'summary per holding at 100k ÷ at 10k', target: '≤ 1.3', met: (f) => at(f, 'scale_summary') <= 1.3 },
  { key: 'scale_export', what: 'export per row at 1M ÷ at 100k', target: '≤ 1.3', met: (f) => at(f, 'scale_export') <= 1.3 },
  { key: 'scale_history', what: 'history per day of range at 3 years ÷ at 1 year', target: '≤ 1.3', met: (f) => at(f, 'scale_history') <= 1.3 },
  { key: 'cpu_ms_per_read', what: 'CPU per connection-read of 1,000 holdings (10 connections)', target: '≤ 20', met: (f) => at(f, 'cpu_ms_per_read') <= 20 },
  { key: 'rss_growth_pct', what: 'RSS of the reading core after 1,000 reads vs after 10 (%)', target: '≤ 10', met: (f) => at(f, 'rss_growth_pct') <= 10 },
  { key: 'heap_growth_pct', what: 'renderer JS heap after an hour (240 refreshes, 240 switches) vs before (%)', target: '≤ 10; nothing left', met: (f) => at(f, 'heap_growth_pct') <= 10 && at(f, 'intervals_left') <= 0 && at(f, 'listeners_left') <= 0 },
  { key: 'rss_mb', what: 'peak RSS of serve during the summary case (MB)', target: 'report', met: () => null },
];

const started = performance.now();
const figures: Record<string, number> = {};
const step = async (name: string, body: () => Promise<Record<string, number>>) => {
  const stepStarted = performance.now();
  Object.assign(figures, await body());
  process.stderr.write(`bench: ${name} done in ${round((performance.now() - stepStarted) / 1000, 1)} s\n`);
};

for (const name of ['poll', 'ingest', 'summary', 'export', 'cold start']) await step(name, () => runCase(name, process.env));
// The simulated year is built once and shared by the cases that start on it.
const year = await buildYearDir();
figures.year_snapshots = year.snapshots;
figures.year_build_s = year.seconds;
process.stderr.write(`bench: year built in ${round(year.seconds, 1)} s\n`);
try {
  const env = { ...process.env, [YEAR_DIR_ENV]: year.dir };
  for (const name of ['year', 'cold start year']) await step(name, () => runCase(name, env));
} finally {
  rmSync(year.dir, { recursive: true, force: true });
}
for (const name of ['day', 'renderer hour', 'scale summary', 'scale export', 'scale history']) await step(name, () => runCase(name, process.env));

const format = (value: number | undefined) => (value === undefined ? '' : String(round(value, 2)));
const header = ['key', 'what', 'value', 'floor', 'ratio', 'target', 'met'];
const rows = targets.map((t) => {
  const met = t.met(figures);
  return [t.key, t.what, format(figures[t.key] ?? Number.NaN), t.floor ? format(figures[t.floor.key]) : '', t.floor ? format(figures[t.floor.ratio]) : '', t.target, met === null ? '' : met ? 'yes' : 'NO'];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
process.stdout.write(`\nHoldfast benchmarks, ${new Date().toISOString().slice(0, 10)}, ${round((performance.now() - started) / 1000, 0)} s\n\n`);
process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`);
for (const row of rows) process.stdout.write(`${line(row)}\n`);
process.stdout.write(`\n${JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v, 3)])))}\n`);
