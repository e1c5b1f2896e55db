import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { benchDir } from './data';

/** Set by bench/run.ts: the simulated-year data folder it built once for every case that needs it. */
export const YEAR_DIR_ENV = 'HOLDFAST_BENCH_YEAR_DIR';

/** Builds the year in a process of its own (its heap held five million snapshots); resolves to the folder and the build's figures. */
export function buildYearDir(days = 365): Promise<{ dir: string; snapshots: number; seconds: number }> {
  const dir = benchDir('year');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'build-year.ts'), dir, String(days)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ dir, snapshots: Number(output.trim()), seconds: (performance.now() - started) / 1000 }) : reject(new Error(`building the year failed (${code})`))));
  });
}

/** The shared year folder, or (a case run on its own) one built now; `owned` says whether the caller must delete it. */
export async function yearDir(): Promise<{ dir: string; owned: boolean }> {
  const shared = process.env[YEAR_DIR_ENV];
  if (shared) return { dir: shared, owned: false };
  return { dir: (await buildYearDir()).dir, owned: true };
}
