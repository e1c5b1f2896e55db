import { compareDecimals } from '../../shared/decimal';
import type { Holding } from '../../shared/domain/holding';
import type { ManualPrice, PriceOrigin } from '../../shared/domain/prices';
import type { VenueId } from '../../shared/domain/venue';

/**
 * Which venue's price wins for an asset (design.md): RapidX/ConneX index prices, then LTP, then Tread.fi.
 * LTP's and Tread.fi's prices are quotients (value ÷ quantity), so an index price always outranks them.
 */
const sourceRank: Partial<Record<VenueId, number>> = { rapidx: 0, connex: 0, ltp: 1, treadfi: 2 };

/** Quoted in USD terms where no venue prices them. */
export const STABLECOINS: ReadonlySet<string> = new Set(['USDT', 'USDC', 'USD', 'FDUSD', 'DAI']);

/** Whether a venue's reads feed the price book; the others (Cadenza) are valued from it. */
export function isPriceSource(venue: VenueId): boolean {
  return sourceRank[venue] !== undefined;
}

export interface PricedFrom {
  readonly price: string;
  /** The venue whose snapshot gave the price, or the user's manual price. */
  readonly venue: VenueId | 'manual';
  /** When that snapshot was taken, or when the manual price was set. */
  readonly at: number;
  readonly connectionId?: string;
}

export type PriceBook = ReadonlyMap<string, PricedFrom>;

export interface PriceSource {
  readonly venue: VenueId;
  /** When its snapshot was taken: the newer of two equal-rank prices wins. */
  readonly at: number;
  readonly connectionId?: string;
  /** Its rows, or what they offer the book already worked out (bookOffersOf), as a stored set's summary keeps it. */
  readonly holdings?: readonly Pick<Holding, 'kind' | 'asset' | 'priceUsd'>[];
  readonly offers?: readonly BookOffer[];
}

/** A price one source offers the book for an asset: its first token row priced above zero (a later row never outranks it). */
export interface BookOffer {
  /** Upper case, as the book is keyed. */
  readonly asset: string;
  readonly price: string;
}

export function bookOffersOf(holdings: readonly Pick<Holding, 'kind' | 'asset' | 'priceUsd'>[]): BookOffer[] {
  const offers = new Map<string, BookOffer>();
  for (const holding of holdings) {
    if (holding.kind !== 'token' || holding.priceUsd === null || compareDecimals(holding.priceUsd, '0') <= 0) continue;
    const asset = holding.asset.toUpperCase();
    if (!offers.has(asset)) offers.set(asset, { asset, price: holding.priceUsd });
  }
  return [...offers.values()];
}

/**
 * Asset prices from the newest snapshot of every connection that prices its holdings; then, for an asset
 * no venue prices, the user's manual price (a venue's price always wins).
 */
export function buildPriceBook(sources: readonly PriceSource[], manual: readonly ManualPrice[] = []): PriceBook {
  const book = new Map<string, PricedFrom & { venue: VenueId }>();
  for (const source of sources) {
    const rank = sourceRank[source.venue];
    if (rank === undefined) continue;
    for (const { asset, price } of source.offers ?? bookOffersOf(source.holdings ?? [])) {
      const current = book.get(asset);
      const currentRank = current ? (sourceRank[current.venue] ?? Infinity) : Infinity;
      if (!current || rank < currentRank || (rank === currentRank && source.at > current.at)) {
        book.set(asset, { price, venue: source.venue, at: source.at, connectionId: source.connectionId });
      }
    }
  }
  const withManual = new Map<string, PricedFrom>(book);
  for (const price of manual) {
    const asset = price.asset.toUpperCase();
    if (!withManual.has(asset)) withManual.set(asset, { price: price.priceUsd, venue: 'manual', at: Date.parse(price.setAt) });
  }
  return withManual;
}

/** The book's price, else 1 for a stablecoin no venue prices, else unknown. */
export function priceOf(book: PriceBook, asset: string): string | null {
  const upper = asset.toUpperCase();
  return book.get(upper)?.price ?? (STABLECOINS.has(upper) ? '1' : null);
}

/** The book's price with where it came from, by priceOf's rule; null where no price is known. */
export function pricedFrom(book: PriceBook, asset: string): { price: string; origin: PriceOrigin } | null {
  const upper = asset.toUpperCase();
  const entry = book.get(upper);
  if (entry) {
    const at = new Date(entry.at).toISOString();
    return entry.venue === 'manual'
      ? { price: entry.price, origin: { kind: 'manual', venue: null, connectionId: null, at } }
      : { price: entry.price, origin: { kind: 'book', venue: entry.venue, connectionId: entry.connectionId ?? null, at } };
  }
  const peg = priceOf(book, upper);
  return peg === null ? null : { price: peg, origin: { kind: 'peg', venue: null, connectionId: null, at: null } };
}
