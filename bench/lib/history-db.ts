import { join } from 'node:path';
import { DATABASE_FILE } from '../../src/main/core';
import { openDatabase } from '../../src/main/store/database';
import { benchDir, benchVenues, insertConnection } from './data';

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * `days` of compacted history for `connections` connections, a snapshot every `everyMin` minutes,
 * written straight into the tables (totals and both rollup grains, as SnapshotsRepo leaves them after
 * compaction) in one transaction: years of polls in seconds, for the history scale case.
 */
export function buildHistoryDb(days: number, endMs: number, connections = 10, everyMin = 5): string {
  const dir = benchDir('history');
  const db = openDatabase(join(dir, DATABASE_FILE));
  const snapshot = db.prepare('INSERT INTO snapshots (series, taken_at, total_usd) VALUES (?, ?, ?)');
  const rollup = db.prepare('INSERT INTO series_rollup VALUES (?, ?, ?, ?, ?, ?)');
  const start = endMs - days * 24 * HOUR;
  db.transaction(() => {
    for (let c = 0; c < connections; c += 1) {
      const id = `00000000-0000-4000-8000-${String(c).padStart(12, '0')}`;
      insertConnection(db, id, benchVenues[c % benchVenues.length] ?? 'rapidx', `Connection ${c}`, 60);
      const series = Number(db.prepare('INSERT INTO series (connection_id) VALUES (?)').run(id).lastInsertRowid);
      for (let t = start, tick = 0; t < endMs; t += everyMin * MIN, tick += 1) {
        const total = `${1_000 + c}.${tick}`;
        snapshot.run(series, t, total);
        // Each slot keeps its last snapshot: write it when the next poll falls in another slot.
        const next = t + everyMin * MIN;
        for (const grain of [1, 6]) {
          if (next >= endMs || Math.floor(next / (grain * HOUR)) !== Math.floor(t / (grain * HOUR))) rollup.run(series, grain, Math.floor(t / (grain * HOUR)), t, t, total);
        }
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return dir;
}
