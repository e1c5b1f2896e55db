import type { BookPrice, PriceOrigin, PricePoint } from '../../shared/domain/prices';
import type { VenueId } from '../../shared/domain/venue';
import { isPriceSource } from './price-book';
import type { PriceObservation } from './price-checks';
import { rowPriceOrigin } from './price-origin';
import type { SetPrice, SetSummary } from './set-summary';
import type { StoredBookPrice } from '../store/set-codec';
import type { ConnectionSnapshot } from './snapshot-reader';
import type { UnpricedRow } from './unpriced';

/** One connection's newest set, as the summary's unpriced part and price checks read it. */
export interface StoredSet {
  readonly connectionId: string;
  readonly venue: VenueId;
  /** When a read last confirmed the set: a venue price without a time of its own is as of then. */
  readonly fetchedAt: string;
  readonly set: SetSummary;
}

/** The same newest sets, as last read: the reader hands out one object per stored set while it is cached. */
export function sameStoredSets(a: readonly StoredSet[], b: readonly StoredSet[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i];
    return y !== undefined && x.set === y.set && x.connectionId === y.connectionId && x.venue === y.venue && x.fetchedAt === y.fetchedAt;
  });
}

export function unpricedRowsOf({ connectionId, venue, set }: StoredSet): UnpricedRow[] {
  return set.unpriced.map((u) => ({ ...u, connectionId, venue }));
}

/** A set's lowest and highest price per asset, each able to say where it came from; the rows are counted once. */
export function priceObservationsOf({ connectionId, venue, fetchedAt, set }: StoredSet): PriceObservation[] {
  let recorded: ReadonlyMap<string, StoredBookPrice> | undefined;
  const pointOf = (asset: string, end: SetPrice): PricePoint => {
    recorded ??= new Map(set.bookPrices.map((b) => [b.asset.toUpperCase(), b]));
    const row = { connectionId, venue, kind: 'token' as const, priceUsd: end.price, sourceUpdatedAt: end.sourceUpdatedAt, fetchedAt };
    // A range's price is never null, so its row always has an origin.
    return { priceUsd: end.price, connectionId, venue, origin: rowPriceOrigin(row, recorded.get(asset)) as PriceOrigin };
  };
  const observations: PriceObservation[] = [];
  for (const [asset, range] of set.priceRanges) {
    observations.push({ asset, priceUsd: range.min.price, rows: range.rows, point: () => pointOf(asset, range.min) });
    // A range of one price is one observation: its second end could move neither bound.
    if (range.max !== range.min) observations.push({ asset, priceUsd: range.max.price, rows: 0, point: () => pointOf(asset, range.max) });
  }
  return observations;
}

/**
 * Every price of a snapshot that did not come from the row's own venue, once per asset and price: what
 * the Holdings rows need to say where their price came from. A venue that prices its own rows and
 * recorded no book price has none, and is not scanned.
 */
export function bookPricesOfSnapshot(snapshot: ConnectionSnapshot): BookPrice[] {
  const connectionId = snapshot.snapshot.connection_id;
  const first = snapshot.holdings[0];
  if (!first || (snapshot.bookPrices.length === 0 && isPriceSource(first.venue))) return [];
  const recorded = new Map(snapshot.bookPrices.map((b) => [b.asset, b]));
  const found = new Map<string, BookPrice>();
  for (const row of snapshot.holdings) {
    const key = `${row.asset}\u0000${row.priceUsd}`;
    if (row.priceUsd === null || found.has(key)) continue;
    const origin = rowPriceOrigin(row, recorded.get(row.asset));
    if (origin && origin.kind !== 'venue') found.set(key, { connectionId, asset: row.asset, priceUsd: row.priceUsd, origin });
  }
  return [...found.values()];
}
