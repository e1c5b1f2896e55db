import { RETENTION } from '../../../src/main/portfolio/policy';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compact } from '../../../src/main/store/compaction';
import { openDatabase, type Db } from '../../../src/main/store/database';
import { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import { valueSeries, type ValueRow } from '../../../src/main/portfolio/history';
import { holding } from '../../support/holdings';
import { tempDir } from '../../support/temp-dir';

const MIN = 60_000;
const HOUR = 60 * MIN;
const START = Date.UTC(2026, 9, 1);

const toValueRows = (rows: ReturnType<SnapshotsRepo['snapshotsBetween']>): ValueRow[] =>
  rows.map((r) => ({ connectionId: r.connection_id, takenAt: r.taken_at, confirmedAt: r.confirmed_at, valueUsd: r.total_usd }));

describe('the hourly rollup', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  let repo: SnapshotsRepo;
  beforeEach(() => {
    dir = tempDir();
    db = openDatabase(join(dir.path, 'holdfast.sqlite'));
    repo = new SnapshotsRepo(db);
    for (const id of ['a', 'b']) {
      db.prepare(`INSERT INTO connections VALUES ('${id}', 'ltp', '${id}', 'http://127.0.0.1:1', 'k…y', 1, 60, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`).run();
    }
    const record = (id: string, t: number, value: string) =>
      repo.record({ connectionId: id, at: new Date(t), holdings: [holding({ venue: 'ltp', asset: 'BTC', quantity: value, valueUsd: value })], positions: [], accountTotals: [], accountCount: 1, totalUsd: value });
    db.transaction(() => {
      for (let t = START; t < START + 3 * 24 * HOUR; t += 7 * MIN) {
        // b goes quiet for six hours on day two: a real gap.
        record('a', t, `${(t - START) / MIN}.25`);
        if (t < START + 30 * HOUR || t > START + 36 * HOUR) record('b', t + 13_000, `${(t - START) / MIN}.5`);
        // Identical reads in between only confirm.
        record('a', t + 3 * MIN, `${(t - START) / MIN}.25`);
      }
    })();
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  for (const stepHours of [1, 4, 6, 7, 24]) {
    it(`gives the same points every ${stepHours} h as every snapshot would, gaps included`, () => {
      const options = { from: START, to: START + 3 * 24 * HOUR, maxPoints: 72, stepMs: stepHours * HOUR, connectionIds: ['a', 'b'], toleranceMs: () => 3 * 7 * MIN };
      const fromSnapshots = valueSeries(toValueRows(repo.snapshotsBetween(options.from, options.to)), options);
      const fromRollup = valueSeries(toValueRows(repo.rollupBetween(options.from, options.to, stepHours)), options);
      expect(fromRollup).toEqual(fromSnapshots);
      expect(fromRollup.points.at(-1)?.missing).toBe(0);
      if (stepHours === 1) expect(fromRollup.points.filter((p) => p.missing === 1).length).toBeGreaterThanOrEqual(5);
    });
  }

  it('reads far fewer rows than the snapshots', () => {
    expect(repo.rollupBetween(START, START + 3 * 24 * HOUR, 1).length).toBeLessThan(repo.snapshotsBetween(START, START + 3 * 24 * HOUR).length / 5);
  });

  it('goes with its connection: removing one drops its series, snapshots and, after compaction, its holdings', async () => {
    db.prepare("DELETE FROM connections WHERE id = 'b'").run();
    expect(db.prepare('SELECT COUNT(*) FROM series').pluck().get()).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM series_rollup WHERE series NOT IN (SELECT id FROM series)').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM holding_sets WHERE refs != (SELECT COUNT(*) FROM snapshots WHERE set_id = holding_sets.id)').pluck().get()).toBe(0);
    const setsBefore = db.prepare('SELECT COUNT(*) FROM holding_sets').pluck().get() as number;
    const { setsDeleted } = await compact(db, START, RETENTION);
    expect(setsDeleted).toBeGreaterThan(0);
    expect(db.prepare('SELECT COUNT(*) FROM holding_sets').pluck().get()).toBe(setsBefore - setsDeleted);
    const left = db.prepare('SELECT set_id FROM snapshots WHERE set_id IS NOT NULL').pluck().all() as number[];
    expect(left.every((id) => repo.setContent(id).holdings.every((h) => !h.quantity.endsWith('.5')))).toBe(true);
  });
});
