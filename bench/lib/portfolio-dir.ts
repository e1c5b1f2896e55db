import { join } from 'node:path';
import { DATABASE_FILE } from '../../src/main/core';
import { openDatabase } from '../../src/main/store/database';
import { SnapshotsRepo } from '../../src/main/store/snapshots-repo';
import { SyncLogRepo } from '../../src/main/store/sync-log-repo';
import { totalsOf } from '../../src/main/portfolio/valuation';
import { benchDir, benchVenues, generateHoldings, insertConnection } from './data';

/**
 * A data directory as the app leaves it after reading `connections` connections of `holdings` each:
 * connections, one fresh snapshot each and its sync-log line (so a starting app does not poll at once).
 * Past `distinct` connections the holdings repeat (under each connection's own id): a million rows in
 * seconds, with the same decimals as the first ones.
 */
export function portfolioDir(connections: number, holdings: number, distinct = connections): string {
  const dir = benchDir('portfolio');
  const db = openDatabase(join(dir, DATABASE_FILE));
  const snapshots = new SnapshotsRepo(db);
  const log = new SyncLogRepo(db);
  const now = new Date();
  const generated: ReturnType<typeof generateHoldings>[] = [];
  for (let c = 0; c < connections; c += 1) {
    const id = `00000000-0000-4000-8000-${String(c).padStart(12, '0')}`;
    insertConnection(db, id, benchVenues[c % benchVenues.length] ?? 'rapidx', `Desk ${c}`);
    const rows = c < distinct ? generateHoldings(id, holdings, c + 1, now.toISOString()) : (generated[c % distinct] ?? []).map((h) => ({ ...h, connectionId: id }));
    if (c < distinct) generated.push(rows);
    snapshots.record({ connectionId: id, at: now, holdings: rows, positions: [], accountTotals: [], accountCount: 7, totalUsd: totalsOf(rows).totalUsd });
    log.add(id, now, 'ok', `Read 7 accounts, ${holdings} holdings`);
  }
  db.close();
  return dir;
}
