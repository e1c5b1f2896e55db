import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/main/store/database';
import { SnapshotsRepo } from '../../src/main/store/snapshots-repo';
import { benchDir, generateHoldings, insertConnection } from '../lib/data';
import { median } from '../lib/measure';

const ROWS = 10_000;
const RUNS = 7;

/** Rows per second through the store (hashing, set, snapshot, rollup) against bare prepared inserts of the same rows. */
export async function ingestVsRaw(): Promise<{ ingest_vs_raw: number; ingest_rows_per_s: number; raw_rows_per_s: number }> {
  const dir = benchDir('ingest');
  try {
    const storeTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const holdings = generateHoldings('c1', ROWS, run + 1, new Date().toISOString());

      const db = openDatabase(join(dir, `store-${run}.sqlite`));
      insertConnection(db, 'c1', 'rapidx', 'bench');
      const repo = new SnapshotsRepo(db);
      let started = performance.now();
      repo.record({ connectionId: 'c1', at: new Date(), holdings, positions: [], accountTotals: [], accountCount: 7, totalUsd: '1' });
      if (run > 0) storeTimes.push(performance.now() - started);
      db.close();

      const raw = new Database(join(dir, `raw-${run}.sqlite`));
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = FULL');
      raw.exec(`CREATE TABLE holdings (set_id INTEGER, ordinal INTEGER, account_id TEXT, account_label TEXT, wallet TEXT, exchange TEXT, asset TEXT,
        kind TEXT, quantity TEXT, available TEXT, locked TEXT, borrowed TEXT, equity TEXT, price_usd TEXT, value_usd TEXT, exposure_usd TEXT,
        unrealized_pnl TEXT, source_updated_at TEXT, PRIMARY KEY (set_id, ordinal)) WITHOUT ROWID`);
      const insert = raw.prepare('INSERT INTO holdings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
      started = performance.now();
      raw.transaction(() => {
        holdings.forEach((h, i) =>
          insert.run(1, i, h.accountId, h.accountLabel, h.wallet, h.exchange, h.asset, h.kind, h.quantity, h.available, h.locked, h.borrowed, h.equity, h.priceUsd, h.valueUsd, h.exposureUsd, h.unrealizedPnl, h.sourceUpdatedAt),
        );
      })();
      if (run > 0) rawTimes.push(performance.now() - started);
      raw.close();
    }
    const storeRate = ROWS / (median(storeTimes) / 1000);
    const rawRate = ROWS / (median(rawTimes) / 1000);
    return { ingest_vs_raw: storeRate / rawRate, ingest_rows_per_s: storeRate, raw_rows_per_s: rawRate };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
