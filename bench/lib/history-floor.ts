import type { HistoryRange } from '../../src/shared/domain/portfolio';
import { rangeBounds, rollupStep } from '../../src/main/portfolio/history';
import type { Db } from '../../src/main/store/database';

const HOUR = 3_600_000;

/**
 * The floor of a net-worth series: a raw SQLite read of the rows the series is made from, no more. Where
 * the series steps whole hours those are the rollup rows of its grain in the range; else every snapshot.
 */
export function rawHistoryRead(db: Db, range: HistoryRange, nowMs: number, maxPoints: number): number {
  const earliest = db.prepare('SELECT MIN(taken_at) FROM snapshots').pluck().get() as number | null;
  const bounds = rangeBounds(range, nowMs, earliest);
  const step = rollupStep(bounds.from, bounds.to, maxPoints);
  const series = db.prepare('SELECT id FROM series').pluck().all() as number[];
  let rows = 0;
  if (step) {
    const grain = step.stepMs % (6 * HOUR) === 0 ? 6 : 1;
    const read = db.prepare('SELECT taken_at, confirmed_at, total_usd FROM series_rollup WHERE series = ? AND grain_hours = ? AND slot >= ? AND slot < ?').raw();
    for (const id of series) rows += read.all(id, grain, Math.floor(step.from / (grain * HOUR)), Math.ceil(bounds.to / (grain * HOUR))).length;
  } else {
    const read = db.prepare('SELECT taken_at, confirmed_ms, total_usd FROM snapshots WHERE series = ? AND taken_at >= ? AND taken_at < ?').raw();
    for (const id of series) rows += read.all(id, bounds.from, bounds.to).length;
  }
  return rows;
}
