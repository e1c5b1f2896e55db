import type { Db } from './database';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Holdings detail is kept in full for 48 h, hourly to 90 days, daily after; totals are never touched. */
export const DETAIL_FULL_MS = 2 * DAY;
export const DETAIL_HOURLY_MS = 90 * DAY;

export interface CompactionResult {
  readonly snapshotsThinned: number;
  readonly setsDeleted: number;
}

/**
 * One pass of compaction in small transactions, a day of snapshots at a time, so the poller's writes
 * never wait long and readers (WAL) never wait at all. Within each age band the first snapshot of
 * every hour (or day) per connection keeps its holdings; the others keep only their totals. Sets no
 * snapshot refers to any more (reference counts kept by triggers) are then deleted.
 */
export async function compact(db: Db, nowMs: number, yieldBetween: () => Promise<void> = () => new Promise((r) => setImmediate(r))): Promise<CompactionResult> {
  const oldest = db.prepare('SELECT MIN(taken_at) FROM snapshots WHERE set_id IS NOT NULL').pluck().get() as number | null;
  let snapshotsThinned = 0;
  if (oldest !== null) {
    // Window and grain are bound as integers (BigInt): a JS number binds as REAL, and REAL division would not bucket.
    const thin = db.prepare<{ from: bigint; to: bigint; grain: bigint }>(
      `UPDATE snapshots SET set_id = NULL
       WHERE set_id IS NOT NULL AND taken_at >= @from AND taken_at < @to
         AND (series, taken_at) NOT IN (SELECT series, MIN(taken_at) FROM snapshots
                                        WHERE taken_at >= @from AND taken_at < @to GROUP BY series, taken_at / @grain)`,
    );
    const fullCutoff = Math.floor((nowMs - DETAIL_FULL_MS) / HOUR) * HOUR;
    const hourlyCutoff = nowMs - DETAIL_HOURLY_MS;
    // Windows are whole days so that hour and day buckets never straddle two passes.
    for (let from = Math.floor(oldest / DAY) * DAY; from < fullCutoff; from += DAY) {
      const to = Math.min(from + DAY, fullCutoff);
      const grain = to <= hourlyCutoff ? DAY : HOUR;
      snapshotsThinned += db.transaction(() => thin.run({ from: BigInt(from), to: BigInt(to), grain: BigInt(grain) }).changes)();
      await yieldBetween();
    }
  }
  const orphans = db.prepare('DELETE FROM holding_sets WHERE id IN (SELECT id FROM holding_sets WHERE refs <= 0 LIMIT 500)');
  let setsDeleted = 0;
  for (;;) {
    const deleted = db.transaction(() => orphans.run().changes)();
    setsDeleted += deleted;
    if (deleted === 0) break;
    await yieldBetween();
  }
  return { snapshotsThinned, setsDeleted };
}
