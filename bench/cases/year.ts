import { spawn } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, DATABASE_FILE } from '../../src/main/core';
import { MemorySecretStore } from '../../src/main/secrets/memory-secret-store';
import { benchDir } from '../lib/data';
import { medianMs } from '../lib/measure';
import { YEAR_END } from '../lib/year-data';

/** Builds the year in a process of its own, so the history is then timed in a heap that did not just hold five million snapshots. */
function buildInChild(dir: string, days: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'lib', 'build-year.ts'), dir, String(days)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(output.trim())) : reject(new Error(`building the year failed (${code})`))));
  });
}

/**
 * A year of 60-second polls of 10 connections (see lib/year-data.ts), then: the database's size, and
 * the time of a one-year net-worth series of at most 2,000 points through the real handler.
 */
export async function simulatedYear(days = 365): Promise<{ history_1y_ms: number; db_mb_1y: number; year_snapshots: number; year_build_s: number }> {
  const dir = benchDir('year');
  const built = performance.now();
  try {
    const snapshots = await buildInChild(dir, days);
    const buildSeconds = (performance.now() - built) / 1000;
    const sizeMb = statSync(join(dir, DATABASE_FILE)).size / 1024 / 1024;
    const core = createCore({ dataDir: dir, mode: 'cli', secrets: new MemorySecretStore(), now: () => new Date(YEAR_END) });
    try {
      const ms = await medianMs(7, 2, async () => {
        const reply = await core.dispatch('history.series', { range: '1y', maxPoints: 2000 });
        if (!reply.ok) throw new Error(reply.error.message);
      });
      return { history_1y_ms: ms, db_mb_1y: sizeMb, year_snapshots: snapshots, year_build_s: buildSeconds };
    } finally {
      await core.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
