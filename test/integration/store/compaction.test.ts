import { RETENTION } from '../../../src/main/portfolio/policy';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compact } from '../../../src/main/store/compaction';
import { openDatabase, type Db } from '../../../src/main/store/database';
import { isCompressed } from '../../../src/main/store/set-codec';
import { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import { holding } from '../../support/holdings';
import { tempDir } from '../../support/temp-dir';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

/** 120 days of reads every 20 minutes for two connections, each read different. */
function fill(db: Db): void {
  for (const id of ['a', 'b']) {
    db.prepare(`INSERT INTO connections VALUES ('${id}', 'rapidx', '${id}', 'http://127.0.0.1:1', 'k…y', 1, 60, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`).run();
  }
  const repo = new SnapshotsRepo(db);
  db.transaction(() => {
    for (let t = NOW - 120 * DAY; t <= NOW; t += 20 * MIN) {
      for (const id of ['a', 'b']) {
        const quantity = `${t / MIN}.${id === 'a' ? 1 : 2}`;
        repo.record({ connectionId: id, at: new Date(t), holdings: [holding({ venue: 'rapidx', asset: 'BTC', quantity, valueUsd: quantity })], positions: [], accountTotals: [], accountCount: 1, totalUsd: quantity });
      }
    }
  })();
}

/** The filled database, written once per file (17 000 snapshots take a while); each test works on a copy. */
let template: ReturnType<typeof tempDir>;
const templateFile = () => join(template.path, 'holdfast.sqlite');
beforeAll(() => {
  template = tempDir();
  const db = openDatabase(templateFile());
  fill(db);
  // Closing checkpoints the WAL, so the one file holds everything.
  db.close();
});
afterAll(() => template.remove());

/** A fresh copy of the filled database, as if `fill` had just run on it. */
function filledCopy(dir: string): Db {
  copyFileSync(templateFile(), join(dir, 'holdfast.sqlite'));
  return openDatabase(join(dir, 'holdfast.sqlite'));
}

describe('compaction', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  beforeEach(() => {
    dir = tempDir();
    db = filledCopy(dir.path);
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  const withDetail = (from: number, to: number) =>
    db.prepare('SELECT series AS connection_id, taken_at FROM snapshots WHERE set_id IS NOT NULL AND taken_at >= ? AND taken_at < ?').all(from, to) as { connection_id: string; taken_at: number }[];

  it('keeps every total, and holdings in full for 48 h, hourly to 90 days, daily after', async () => {
    const totalsBefore = db.prepare('SELECT series, taken_at, total_usd FROM snapshots ORDER BY series, taken_at').all();
    const result = await compact(db, NOW, RETENTION);
    expect(result.snapshotsThinned).toBeGreaterThan(0);
    expect(db.prepare('SELECT series, taken_at, total_usd FROM snapshots ORDER BY series, taken_at').all()).toEqual(totalsBefore);

    const recent = withDetail(NOW - 2 * DAY, NOW + 1);
    expect(recent.length).toBe(2 * (2 * 24 * 3 + 1));

    const hourlyBand = withDetail(NOW - 89 * DAY, NOW - 3 * DAY);
    const hours = new Set(hourlyBand.map((r) => `${r.connection_id} ${Math.floor(r.taken_at / HOUR)}`));
    expect(hourlyBand.length).toBe(hours.size);
    expect(hours.size).toBe(2 * 86 * 24);

    const dailyBand = withDetail(NOW - 119 * DAY, NOW - 91 * DAY);
    const days = new Set(dailyBand.map((r) => `${r.connection_id} ${Math.floor(r.taken_at / DAY)}`));
    expect(dailyBand.length).toBe(days.size);
    expect(days.size).toBe(2 * 28);
  });

  it('deletes the holdings no snapshot refers to any more, and is idempotent', async () => {
    const setsBefore = db.prepare('SELECT COUNT(*) FROM holding_sets').pluck().get() as number;
    const first = await compact(db, NOW, RETENTION);
    expect(first.setsDeleted).toBe(first.snapshotsThinned);
    expect(db.prepare('SELECT COUNT(*) FROM holding_sets').pluck().get()).toBe(setsBefore - first.setsDeleted);
    // Every set's reference count equals the snapshots that point at it (counted once per set, not per row:
    // snapshots has no index on set_id, and a correlated count would scan it once per set).
    const refsOff = `SELECT COUNT(*) FROM holding_sets h
      LEFT JOIN (SELECT set_id, COUNT(*) AS n FROM snapshots WHERE set_id IS NOT NULL GROUP BY set_id) c ON c.set_id = h.id
      WHERE h.refs != COALESCE(c.n, 0)`;
    expect(db.prepare(refsOff).pluck().get()).toBe(0);
    expect(await compact(db, NOW, RETENTION)).toEqual({ snapshotsThinned: 0, setsDeleted: 0 });
  });

  it('gives the same result in daily passes (time-warped) as in one, and remembers where it stopped', async () => {
    const detail = (of: Db) => of.prepare('SELECT series, taken_at FROM snapshots WHERE set_id IS NOT NULL ORDER BY series, taken_at').all();
    for (let day = NOW - 118 * DAY; day <= NOW; day += DAY) await compact(db, day, RETENTION);
    const once = tempDir();
    const other = filledCopy(once.path);
    try {
      await compact(other, NOW, RETENTION);
      expect(detail(db)).toEqual(detail(other));
    } finally {
      other.close();
      once.remove();
    }
    const progress = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'compaction'").pluck().get() as string) as { hourlyUntil: number; dailyUntil: number };
    expect(progress.hourlyUntil).toBe(Math.floor((NOW - 2 * DAY) / HOUR) * HOUR);
    expect(progress.dailyUntil).toBe(Math.floor((NOW - 90 * DAY) / DAY) * DAY);
  });

  it('compresses the holdings it keeps beyond 48 hours, and they read back the same', async () => {
    const repo = new SnapshotsRepo(db);
    const sample = db.prepare('SELECT set_id FROM snapshots WHERE taken_at < ? AND set_id IS NOT NULL ORDER BY taken_at LIMIT 1').pluck().get(NOW - 100 * DAY) as number;
    const before = repo.setContent(sample);
    await compact(db, NOW, RETENTION);
    const content = (id: number) => db.prepare('SELECT content FROM holding_sets WHERE id = ?').pluck().get(id) as Buffer;
    expect(isCompressed(content(sample))).toBe(true);
    expect(repo.setContent(sample)).toEqual(before);
    const recent = db.prepare('SELECT set_id FROM snapshots WHERE taken_at > ?').pluck().all(NOW - DAY) as number[];
    expect(recent.every((id) => !isCompressed(content(id)))).toBe(true);
  });

  it('lets an as-of read of a compacted time fall back to the hour’s kept snapshot', async () => {
    await compact(db, NOW, RETENTION);
    const at = NOW - 10 * DAY + 45 * MIN;
    const latest = new SnapshotsRepo(db).latestWithHoldings(at);
    expect(latest).toHaveLength(2);
    for (const snapshot of latest) expect(Math.floor(snapshot.taken_at / HOUR)).toBe(Math.floor(at / HOUR));
  });
});
