import { DAY, HOUR } from '../../shared/time';

/**
 * The portfolio's constants, each stated once. Everything that decides whether a figure is fresh, how long
 * detail is kept, or how far a history point may reach back reads them from here.
 */

/** A connection is stale once this many of its poll intervals pass without a read confirming its data. */
export const STALE_AFTER_INTERVALS = 3;

/** Holdings detail is kept in full for 48 h, hourly to 90 days and daily after; every snapshot's total is kept. */
export const RETENTION = { fullMs: 2 * DAY, hourlyMs: 90 * DAY } as const;
export type Retention = typeof RETENTION;

/** The change figures a summary carries: 24 h, 7 d and 30 d back from its instant. */
export const CHANGE_WINDOWS = { '1d': DAY, '1w': 7 * DAY, '1m': 30 * DAY } as const;

/** "What changed" compares with this long ago unless asked otherwise. */
export const DEFAULT_CHANGES_SPAN_MS = DAY;

/**
 * How long after its last confirmation a stored value still counts as known at a later instant: the stale
 * limit, widened where compaction has thinned the detail (hourly after 48 h, daily after 90 days).
 */
export function knownForMs(intervalMs: number, ageMs: number, detail: boolean): number {
  const base = STALE_AFTER_INTERVALS * intervalMs;
  if (!detail) return base;
  if (ageMs > RETENTION.hourlyMs) return Math.max(base, DAY + HOUR);
  if (ageMs > RETENTION.fullMs) return Math.max(base, 2 * HOUR);
  return base;
}

/**
 * An asset whose rows are valued at prices further apart than this, as (max − min) ÷ min, is listed in the
 * data checks: 1 %, wider than venues' index prices differ at one moment, narrower than a stale or wrong feed.
 */
export const PRICE_SPREAD_LIMIT = '0.01';

/** A spread is shown to this many decimal places (half-even): 0.383781 is 38.3781 %. */
export const PRICE_SPREAD_PLACES = 6;

/** An allocation names its largest this many groups and folds the rest into "Other": a list that still reads at a glance. */
export const ALLOCATION_TOP = 15;
