import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../src/main/core';
import { medianMs } from '../lib/measure';
import { portfolioDir } from '../lib/portfolio-dir';
import { callServed, startServe } from '../lib/serve';

/**
 * The portfolio summary over 20 connections × 1,000 holdings, asked of a running `holdfast serve`, and
 * that process's peak RSS; against the floor of a raw SQLite read of the rows it is made from (each
 * connection's newest snapshot and its holdings).
 */
export async function summary20k(): Promise<Record<string, number>> {
  const dir = portfolioDir(20, 1_000);
  const served = await startServe(dir);
  const raw = new Database(join(dir, DATABASE_FILE), { readonly: true });
  try {
    const ms = await medianMs(15, 3, async () => {
      const data = (await callServed(served, 'portfolio.summary')) as { connections: unknown[] };
      if (data.connections.length !== 20) throw new Error('the summary does not cover 20 connections');
    });
    const newest = raw
      .prepare(
        `SELECT s.taken_at, s.total_usd, h.content FROM series c
         CROSS JOIN snapshots s ON s.series = c.id AND s.taken_at = (SELECT MAX(taken_at) FROM snapshots WHERE series = c.id AND set_id IS NOT NULL)
         JOIN holding_sets h ON h.id = s.set_id`,
      )
      .raw();
    const floorMs = await medianMs(15, 3, () => {
      if (newest.all().length !== 20) throw new Error('the raw read does not cover 20 connections');
    });
    return { summary_20k_ms: ms, summary_20k_floor_ms: floorMs, summary_vs_floor: ms / floorMs, rss_mb: served.peakRssMb() };
  } finally {
    raw.close();
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
