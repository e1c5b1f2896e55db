import { version } from '../../../package.json';
import type { Reconciliation } from '../../shared/domain/portfolio';
import type { StoredBookPrice } from '../store/set-codec';
import type { SetPrice, SetSummary } from './set-summary';

/**
 * The rules a kept summary was made by: this release's, in this format. The rules are code (set-summary.ts),
 * so a summary kept by another release is made again; change FORMAT when the encoding below changes.
 */
const FORMAT = 1;
export const SET_SUMMARY_RULES = `${version}/${FORMAT}`;

/** An asset's range: [asset, rows, price, source] when its lowest and highest are one row, else both ends. */
type EncodedRange = [string, number, string, string | null] | [string, number, string, string | null, string, string | null];

interface EncodedSummary {
  readonly t: string;
  readonly u: number;
  readonly n: number;
  readonly r: readonly Omit<Reconciliation, 'connectionId' | 'venue'>[];
  readonly p: readonly EncodedRange[];
  readonly x: SetSummary['unpriced'];
  readonly b: readonly StoredBookPrice[];
  /** Book offers as [asset, price]. */
  readonly o: readonly [string, string][];
  /** Accounts as [id, label]. */
  readonly a: readonly [string, string][];
}

export function encodeSetSummary(summary: SetSummary): string {
  const encoded: EncodedSummary = {
    t: summary.totalUsd,
    u: summary.unpricedCount,
    n: summary.holdingCount,
    r: summary.reconciliation,
    p: [...summary.priceRanges].map(([asset, { min, max, rows }]): EncodedRange =>
      min === max ? [asset, rows, min.price, min.sourceUpdatedAt] : [asset, rows, min.price, min.sourceUpdatedAt, max.price, max.sourceUpdatedAt],
    ),
    x: summary.unpriced,
    b: summary.bookPrices,
    o: summary.bookOffers.map((o) => [o.asset, o.price]),
    a: summary.accounts.map((a) => [a.accountId, a.accountLabel]),
  };
  return JSON.stringify(encoded);
}

/** Whether parsed text has every part of this format: a row cut short or written otherwise is made again, never half read. */
function isEncodedSummary(value: unknown): value is EncodedSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.t === 'string' && typeof v.u === 'number' && typeof v.n === 'number' && [v.r, v.p, v.x, v.b, v.o, v.a].every(Array.isArray);
}

/** The summary kept in `text`, or null when the text is not one of this format. */
export function decodeSetSummary(text: string): SetSummary | null {
  let encoded: unknown;
  try {
    encoded = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isEncodedSummary(encoded)) return null;
  return {
    totalUsd: encoded.t,
    unpricedCount: encoded.u,
    holdingCount: encoded.n,
    reconciliation: encoded.r,
    priceRanges: new Map(
      encoded.p.map(([asset, rows, price, source, maxPrice, maxSource]) => {
        const min: SetPrice = { price, sourceUpdatedAt: source };
        const max: SetPrice = maxPrice === undefined ? min : { price: maxPrice, sourceUpdatedAt: maxSource ?? null };
        return [asset, { min, max, rows }];
      }),
    ),
    unpriced: encoded.x,
    bookPrices: encoded.b,
    bookOffers: encoded.o.map(([asset, price]) => ({ asset, price })),
    accounts: encoded.a.map(([accountId, accountLabel]) => ({ accountId, accountLabel })),
  };
}
