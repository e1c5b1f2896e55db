import { sumDecimals } from '../../shared/decimal';
import type { HistoryPoint, HistoryRange } from '../../shared/domain/portfolio';
import { DAY, HOUR, MINUTE, SECOND } from '../../shared/time';

/** A connection's value from `takenAt`, confirmed unchanged until `confirmedAt`. */
export interface ValueRow {
  readonly connectionId: string;
  readonly takenAt: number;
  readonly confirmedAt: number;
  readonly valueUsd: string;
}

const rangeMs: Record<Exclude<HistoryRange, 'all'>, number> = { '1d': DAY, '1w': 7 * DAY, '1m': 30 * DAY, '1y': 365 * DAY };

export function rangeBounds(range: HistoryRange, nowMs: number, earliestMs: number | null): { from: number; to: number } {
  if (range === 'all') return { from: Math.min(earliestMs ?? nowMs - DAY, nowMs - MINUTE), to: nowMs };
  return { from: nowMs - rangeMs[range], to: nowMs };
}

export interface SeriesOptions {
  readonly from: number;
  readonly to: number;
  readonly maxPoints: number;
  /** A fixed step (e.g. whole hours for the hourly rollup); otherwise the range over maxPoints. */
  readonly stepMs?: number;
  readonly connectionIds: readonly string[];
  /**
   * How long after its last confirmation a value still counts as known, for a row of a given age.
   * Past that the point is a gap: a missing read is never filled in as if its value were known.
   */
  readonly toleranceMs: (connectionId: string, row: ValueRow) => number;
}

export function stepFor(from: number, to: number, maxPoints: number): number {
  return Math.max(SECOND, Math.ceil((to - from) / maxPoints));
}

/**
 * Steps of an hour or more, rounded up to 1–4, 6, 12 or a whole number of 24 hours, with the range start
 * aligned to the step's grain: points then fall on the slots of the rollups (hourly and six-hourly), and
 * there are never more than maxPoints of them. Null when the step is under an hour.
 */
export function rollupStep(from: number, to: number, maxPoints: number): { from: number; stepMs: number } | null {
  const hours = Math.ceil(stepFor(from, to, maxPoints) / HOUR);
  if (stepFor(from, to, maxPoints) < HOUR) return null;
  const nice = hours <= 4 ? hours : hours <= 6 ? 6 : hours <= 12 ? 12 : Math.ceil(hours / 24) * 24;
  const grain = nice % 6 === 0 ? 6 * HOUR : HOUR;
  return { from: Math.floor(from / grain) * grain, stepMs: nice * HOUR };
}

/**
 * Sum of every connection's value at each step's end. Each connection contributes the newest row taken
 * before that time, if it was confirmed recently enough; otherwise it counts as missing.
 */
export function valueSeries(rows: readonly ValueRow[], options: SeriesOptions): { stepMs: number; points: HistoryPoint[] } {
  const stepMs = options.stepMs ?? stepFor(options.from, options.to, options.maxPoints);
  const byConnection = new Map<string, ValueRow[]>(options.connectionIds.map((id) => [id, []]));
  for (const row of rows) byConnection.get(row.connectionId)?.push(row);
  for (const list of byConnection.values()) list.sort((a, b) => a.takenAt - b.takenAt);
  const cursors = new Map<string, number>([...byConnection.keys()].map((id) => [id, -1]));

  const points: HistoryPoint[] = [];
  for (let end = options.from + stepMs; end < options.to + stepMs; end += stepMs) {
    const t = Math.min(end, options.to);
    const known: string[] = [];
    let missing = 0;
    for (const [id, list] of byConnection) {
      let cursor = cursors.get(id) ?? -1;
      while (cursor + 1 < list.length && (list[cursor + 1]?.takenAt ?? Infinity) < t) cursor += 1;
      cursors.set(id, cursor);
      const row = list[cursor];
      if (row && t - row.confirmedAt <= options.toleranceMs(id, row)) {
        known.push(row.valueUsd);
      } else {
        missing += 1;
      }
    }
    points.push({ t: new Date(t).toISOString(), valueUsd: known.length > 0 ? sumDecimals(known) : null, missing });
  }
  return { stepMs, points };
}
