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
 * every hour (or day) per connection keeps its holdings; the others keep only their totals.
 */
export async function compact(db: Db, nowMs: number, yieldBetween: () => Promise<void> = () => new Promise((r) => setImmediate(r))): Promise<CompactionResult> {
  const oldest = db.prepare('SELECT MIN(taken_at) FROM snapshots WHERE set_id IS NOT NULL').pluck().get() as number | null;
  if (oldest === null) return { snapshotsThinned: 0, setsDeleted: 0 };
  const thin = db.prepare<{ from: number; to: number; grain: number }>(
    `UPDATE snapshots SET set_id = NULL
     WHERE taken_at >= @from AND taken_at < @to AND set_id IS NOT NULL
       AND id NOT IN (SELECT MIN(id) FROM snapshots WHERE taken_at >= @from AND taken_at < @to
                      GROUP BY connection_id, taken_at / CAST(@grain AS INTEGER))`,
  );
  const orphans = db.prepare(
    `DELETE FROM holding_sets WHERE id IN
       (SELECT h.id FROM holding_sets h WHERE NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.set_id = h.id) LIMIT 500)`,
  );
  let snapshotsThinned = 0;
  let setsDeleted = 0;
  const fullCutoff = nowMs - DETAIL_FULL_MS;
  const hourlyCutoff = nowMs - DETAIL_HOURLY_MS;
  // Windows are aligned to whole days so that hour and day buckets never straddle two passes.
  for (let from = Math.floor(oldest / DAY) * DAY; from < fullCutoff; from += DAY) {
    const to = Math.min(from + DAY, Math.floor(fullCutoff / HOUR) * HOUR);
    if (to <= from) break;
    const grain = to <= hourlyCutoff ? DAY : HOUR;
    snapshotsThinned += db.transaction(() => thin.run({ from, to, grain }).changes)();
    await yieldBetween();
  }
  for (;;) {
    const deleted = db.transaction(() => orphans.run().changes)();
    setsDeleted += deleted;
    if (deleted === 0) break;
    await yieldBetween();
  }
  return { snapshotsThinned, setsDeleted };
}
