import type { Db } from './database';
import { compressSet, isCompressed } from './set-codec';

import { DAY, HOUR } from '../../shared/time';

const STATE_KEY = 'compaction';

/** How long holdings detail is kept in full and hourly before it thins to daily; the portfolio's policy decides. */
export interface Retention {
  readonly fullMs: number;
  readonly hourlyMs: number;
}

export interface CompactionResult {
  readonly snapshotsThinned: number;
  readonly setsDeleted: number;
}

/** How far each grain has been applied, so a pass starts where the last one stopped instead of at the first snapshot. */
interface Progress {
  hourlyUntil: number;
  dailyUntil: number;
}

function readProgress(db: Db): Progress {
  const stored = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(STATE_KEY);
  const parsed = stored ? (JSON.parse(stored) as Partial<Progress>) : {};
  return { hourlyUntil: parsed.hourlyUntil ?? 0, dailyUntil: parsed.dailyUntil ?? 0 };
}

function saveProgress(db: Db, progress: Progress): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(STATE_KEY, JSON.stringify(progress));
}

/**
 * One pass of compaction in small transactions, a day of one connection's snapshots at a time, so the
 * writes of this and every other Holdfast process never wait long and readers (WAL) never wait at all.
 * Within each age band the first snapshot of every hour (or day) per connection keeps its holdings,
 * compressed; the others keep only their totals.
 * Sets no snapshot refers to any more (reference counts kept by triggers) are then deleted.
 */
export async function compact(db: Db, nowMs: number, retention: Retention, yieldBetween: () => Promise<void> = () => new Promise((r) => setImmediate(r))): Promise<CompactionResult> {
  const series = db.prepare('SELECT id FROM series').pluck().all() as number[];
  const oldestOf = db.prepare<[number], number | null>('SELECT MIN(taken_at) FROM snapshots INDEXED BY snapshots_with_holdings WHERE series = ? AND set_id IS NOT NULL').pluck();
  const oldest = Math.min(...series.map((id) => oldestOf.get(id) ?? Infinity));
  let snapshotsThinned = 0;
  if (Number.isFinite(oldest)) {
    // Bound as integers (BigInt): a JS number binds as REAL, and REAL division would not bucket.
    // One series at a time, so that every statement is a range search on (series, taken_at).
    const thin = db.prepare<{ series: number; from: bigint; to: bigint; grain: bigint }>(
      `UPDATE snapshots SET set_id = NULL
       WHERE series = @series AND taken_at >= @from AND taken_at < @to AND set_id IS NOT NULL
         AND taken_at NOT IN (SELECT MIN(taken_at) FROM snapshots WHERE series = @series AND taken_at >= @from AND taken_at < @to
                              GROUP BY taken_at / @grain)`,
    );
    const kept = db.prepare<{ series: number; from: bigint; to: bigint }, { id: number; content: Buffer }>(
      `SELECT h.id, h.content FROM holding_sets h WHERE h.id IN
         (SELECT set_id FROM snapshots WHERE series = @series AND taken_at >= @from AND taken_at < @to AND set_id IS NOT NULL)`,
    );
    const store = db.prepare<[Buffer, number]>('UPDATE holding_sets SET content = ? WHERE id = ?');
    const progress = readProgress(db);
    const bands: [keyof Progress, number, number][] = [
      ['dailyUntil', DAY, Math.floor((nowMs - retention.hourlyMs) / DAY) * DAY],
      ['hourlyUntil', HOUR, Math.floor((nowMs - retention.fullMs) / HOUR) * HOUR],
    ];
    for (const [mark, grain, cutoff] of bands) {
      // Windows are whole days (the last one may end on an hour) so buckets never straddle two passes.
      for (let from = Math.max(progress[mark], mark === 'hourlyUntil' ? progress.dailyUntil : 0, Math.floor(oldest / DAY) * DAY); from < cutoff; ) {
        const to = Math.min(from + DAY, cutoff);
        for (const id of series) {
          const window = { series: id, from: BigInt(from), to: BigInt(to) };
          // Each (connection, day) is its own transaction; redoing one after a crash changes nothing more.
          snapshotsThinned += db.transaction(() => {
            const changes = thin.run({ ...window, grain: BigInt(grain) }).changes;
            for (const set of kept.all(window)) {
              if (!isCompressed(set.content)) store.run(compressSet(set.content), set.id);
            }
            return changes;
          }).immediate();
          await yieldBetween();
        }
        progress[mark] = to;
        saveProgress(db, progress);
        from = to;
      }
    }
  }
  const orphans = db.prepare('DELETE FROM holding_sets WHERE id IN (SELECT id FROM holding_sets INDEXED BY holding_sets_unreferenced WHERE refs <= 0 LIMIT 500)');
  let setsDeleted = 0;
  for (;;) {
    const deleted = db.transaction(() => orphans.run().changes).immediate();
    setsDeleted += deleted;
    if (deleted === 0) break;
    await yieldBetween();
  }
  return { snapshotsThinned, setsDeleted };
}
