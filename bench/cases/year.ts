import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Holding } from '../../src/shared/domain/holding';
import { createCore, DATABASE_FILE } from '../../src/main/core';
import { MemorySecretStore } from '../../src/main/secrets/memory-secret-store';
import { compact } from '../../src/main/store/compaction';
import { openDatabase } from '../../src/main/store/database';
import { SnapshotsRepo } from '../../src/main/store/snapshots-repo';
import { benchDir, benchVenues, generateHoldings, insertConnection } from '../lib/data';
import { medianMs } from '../lib/measure';

const CONNECTIONS = 10;
const HOLDINGS_PER_CONNECTION = 10;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const BATCH = 6 * HOUR;

/**
 * A year of 60-second polls of 10 connections (10 holdings each, every price moving every minute, so
 * no two reads are alike), written through the store six simulated hours per transaction, with compaction
 * run as the app runs it (here once per simulated day). Then: the database's size, and the time of a
 * one-year net-worth series of at most 2,000 points through the real handler.
 */
export async function simulatedYear(days = 365, inspect?: (file: string) => void): Promise<{ history_1y_ms: number; db_mb_1y: number; year_snapshots: number; year_build_s: number }> {
  const dir = benchDir('year');
  const file = join(dir, DATABASE_FILE);
  const end = Date.UTC(2026, 10, 21, 0, 0, 0);
  const start = end - days * DAY;
  const built = performance.now();
  try {
    const db = openDatabase(file);
    const repo = new SnapshotsRepo(db);
    const ids = Array.from({ length: CONNECTIONS }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    ids.forEach((id, i) => insertConnection(db, id, benchVenues[i % benchVenues.length] ?? 'rapidx', `Connection ${i}`, 60));
    const bases = ids.map((id, i) => generateHoldings(id, HOLDINGS_PER_CONNECTION, i + 1, new Date(start).toISOString()));

    let snapshots = 0;
    // Six simulated hours per transaction: the app commits every read, but a year of fsyncs is setup, not what is measured.
    for (let hour = start; hour < end; hour += BATCH) {
      db.transaction(() => {
        for (let t = hour; t < hour + BATCH; t += MIN) {
          const tick = (t - start) / MIN;
          ids.forEach((id, c) => {
            const holdings: Holding[] = (bases[c] ?? []).map((h, i) => ({ ...h, priceUsd: `${i + 1}.${tick}`, valueUsd: `${(i + 1) * 100 + c}.${tick}` }));
            repo.record({ connectionId: id, at: new Date(t), holdings, positions: [], accountTotals: [], accountCount: 7, totalUsd: `${1_000 + c}.${tick}` });
            snapshots += 1;
          });
        }
      })();
      if ((hour - start) % DAY === DAY - BATCH) await compact(db, hour + BATCH, async () => undefined);
    }
    await compact(db, end, async () => undefined);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const sizeMb = statSync(file).size / 1024 / 1024;
    inspect?.(file);
    const buildSeconds = (performance.now() - built) / 1000;

    const core = createCore({ dataDir: dir, mode: 'cli', secrets: new MemorySecretStore(), now: () => new Date(end) });
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
