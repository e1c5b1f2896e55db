import { RETENTION } from '../../src/main/portfolio/policy';
import { join } from 'node:path';
import type { Holding } from '../../src/shared/domain/holding';
import { DATABASE_FILE } from '../../src/main/core';
import { compact } from '../../src/main/store/compaction';
import { openDatabase } from '../../src/main/store/database';
import { SnapshotsRepo } from '../../src/main/store/snapshots-repo';
import { benchVenues, generateHoldings, insertConnection } from './data';

const CONNECTIONS = 10;
const HOLDINGS_PER_CONNECTION = 10;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const BATCH = 6 * HOUR;
export const YEAR_END = Date.UTC(2026, 10, 21, 0, 0, 0);

/**
 * `days` of 60-second polls of 10 connections (10 holdings each, every price moving every minute, so no
 * two reads are alike), written through the store, with compaction run as the app runs it (here once
 * per simulated day). Six simulated hours per transaction: the app commits every read, but a year of
 * fsyncs is setup, not what is measured. Returns the number of snapshots written.
 */
export async function buildYear(dir: string, days: number): Promise<number> {
  const start = YEAR_END - days * DAY;
  const db = openDatabase(join(dir, DATABASE_FILE));
  const repo = new SnapshotsRepo(db);
  const ids = Array.from({ length: CONNECTIONS }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  ids.forEach((id, i) => insertConnection(db, id, benchVenues[i % benchVenues.length] ?? 'rapidx', `Connection ${i}`, 60));
  const bases = ids.map((id, i) => generateHoldings(id, HOLDINGS_PER_CONNECTION, i + 1, new Date(start).toISOString()));
  let snapshots = 0;
  for (let batch = start; batch < YEAR_END; batch += BATCH) {
    db.transaction(() => {
      for (let t = batch; t < batch + BATCH; t += MIN) {
        const tick = (t - start) / MIN;
        ids.forEach((id, c) => {
          const holdings: Holding[] = (bases[c] ?? []).map((h, i) => ({ ...h, priceUsd: `${i + 1}.${tick}`, valueUsd: `${(i + 1) * 100 + c}.${tick}` }));
          repo.record({ connectionId: id, at: new Date(t), holdings, positions: [], accountTotals: [], accountCount: 7, totalUsd: `${1_000 + c}.${tick}` });
          snapshots += 1;
        });
      }
    })();
    if ((batch - start) % DAY === DAY - BATCH) await compact(db, batch + BATCH, RETENTION, async () => undefined);
  }
  await compact(db, YEAR_END, RETENTION, async () => undefined);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return snapshots;
}
