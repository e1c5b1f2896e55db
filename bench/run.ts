// `npm run bench`: every benchmark case in one run on this machine, a table, then one line of JSON.
// Ratios are measured in the same run as their baselines; data sets are generated, never checked in.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { round } from './lib/measure';

/** Runs one case in its own Node process (bench/run-case.ts) and returns its figures. */
function runCase(name: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'run-case.ts'), name], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Record<string, number>) : reject(new Error(`case ${name} failed (${code})`))));
  });
}

interface Target {
  readonly key: string;
  readonly what: string;
  readonly target: string;
  readonly met: (value: number) => boolean | null;
}

const targets: Target[] = [
  { key: 'poll_vs_slowest', what: 'sync cycle over 5 venues (50–500 ms) ÷ 500 ms', target: '≤ 1.2', met: (v) => v <= 1.2 },
  { key: 'ingest_vs_raw', what: 'rows/s through the store ÷ raw inserts (10,000 holdings)', target: '≥ 0.5', met: (v) => v >= 0.5 },
  { key: 'history_1y_ms', what: '1-year net-worth series, 10 connections, ≤ 2,000 points', target: '≤ 50', met: (v) => v <= 50 },
  { key: 'db_mb_1y', what: 'database after a simulated year with compaction (MB)', target: '≤ 300', met: (v) => v <= 300 },
  { key: 'summary_20k_ms', what: 'portfolio summary, 20 × 1,000 holdings (via serve)', target: '≤ 50', met: (v) => v <= 50 },
  { key: 'export_100k_ms', what: 'CSV export of 100,000 holdings', target: '≤ 1000', met: (v) => v <= 1000 },
  { key: 'cold_start_ms', what: 'serve start → dashboard rendered from cache', target: '≤ 1500', met: (v) => v <= 1500 },
  { key: 'view_switch_20k_ms', what: 'Settings → Holdings with 20,000 holdings loaded', target: '< 1000', met: (v) => v < 1000 },
  { key: 'rss_mb', what: 'peak RSS of serve during the summary case (MB)', target: 'report', met: () => null },
];

const started = performance.now();
const figures: Record<string, number> = {};
for (const name of ['poll', 'ingest', 'summary', 'export', 'cold start', 'year']) {
  const stepStarted = performance.now();
  Object.assign(figures, await runCase(name));
  process.stderr.write(`bench: ${name} done in ${round((performance.now() - stepStarted) / 1000, 1)} s\n`);
}

const rows = targets.map((t) => {
  const value = figures[t.key] ?? Number.NaN;
  const met = t.met(value);
  return [t.key, t.what, String(round(value, 2)), t.target, met === null ? '' : met ? 'yes' : 'NO'];
});
const widths = ['key', 'what', 'value', 'target', 'met'].map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
process.stdout.write(`\nHoldfast benchmarks, ${new Date().toISOString().slice(0, 10)}, ${round((performance.now() - started) / 1000, 0)} s\n\n`);
process.stdout.write(`${line(['key', 'what', 'value', 'target', 'met'])}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`);
for (const row of rows) process.stdout.write(`${line(row)}\n`);
process.stdout.write(`\n${JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v, 3)])))}\n`);
