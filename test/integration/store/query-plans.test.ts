import { RETENTION } from '../../../src/main/portfolio/policy';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compact } from '../../../src/main/store/compaction';
import { openDatabase, type Db } from '../../../src/main/store/database';
import { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import { holding } from '../../support/holdings';
import { tempDir } from '../../support/temp-dir';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 21);

/**
 * A year of polling is millions of snapshot rows: every statement the store, the history views and
 * compaction run must search an index, never scan a big table. Each statement they prepare is
 * captured and its EXPLAIN QUERY PLAN checked.
 */
describe('query plans of the snapshot store', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  const prepared: string[] = [];

  beforeEach(() => {
    dir = tempDir();
    db = openDatabase(join(dir.path, 'holdfast.sqlite'));
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    db.prepare("INSERT INTO connections VALUES ('a', 'ltp', 'a', 'http://127.0.0.1:1', 'k…y', 1, 60, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('searches indexes for every read, write and compaction statement', async () => {
    const repo = new SnapshotsRepo(db);
    for (let t = NOW - 100 * 24 * HOUR; t < NOW; t += 6 * HOUR) {
      repo.record({ connectionId: 'a', at: new Date(t), holdings: [holding({ venue: 'ltp', asset: 'BTC', quantity: String(t), valueUsd: '1' })], positions: [], accountTotals: [], accountCount: 1, totalUsd: String(t) });
    }
    repo.latestWithHoldings(NOW);
    repo.snapshotsBetween(NOW - 24 * HOUR, NOW);
    repo.rollupBetween(NOW - 365 * 24 * HOUR, NOW, 5);
    repo.withHoldingsBetween(NOW - 30 * 24 * HOUR, NOW);
    repo.earliestTakenAt();
    await compact(db, NOW, RETENTION);

    const bigTables = /\bSCAN (snapshots|s|h|holding_sets|series_rollup)\b/;
    const checked = prepared.filter((sql) => /snapshots|holding_sets|series_rollup/.test(sql));
    expect(checked.length).toBeGreaterThan(10);
    for (const sql of checked) {
      const explain = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
      const parameters = sql.includes('@') ? [{ series: 1, from: 1, to: 2, grain: 3, step: 4 }] : Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 1);
      const plan = (explain.all(...parameters) as { detail: string }[]).map((r) => r.detail);
      // Scanning the partial index of unreferenced sets is fine: it holds only what compaction is about to delete.
      const significant = plan.join(' | ').replace(/SCAN holding_sets USING INDEX holding_sets_unreferenced/g, '');
      expect(significant, sql).not.toMatch(bigTables);
    }
  });
});
