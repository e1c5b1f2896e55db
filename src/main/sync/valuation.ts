import { Dec, decimalString, sumDecimals } from '../../shared/decimal';
import type { Holding } from '../../shared/domain/holding';
import type { VenueId } from '../../shared/domain/venue';

/** Which venue's price wins for an asset: RapidX/ConneX index prices, then LTP, then Tread.fi (design.md). */
const sourceRank: Partial<Record<VenueId, number>> = { rapidx: 0, connex: 0, ltp: 1, treadfi: 2 };

/** Quoted in USD terms where no venue prices them. */
export const STABLECOINS: ReadonlySet<string> = new Set(['USDT', 'USDC', 'USD', 'FDUSD', 'DAI']);

export interface PricedFrom {
  readonly price: string;
  readonly venue: VenueId;
  readonly at: number;
}

export type PriceBook = ReadonlyMap<string, PricedFrom>;

export interface PriceSource {
  readonly venue: VenueId;
  /** When its snapshot was taken: the newer of two equal-rank prices wins. */
  readonly at: number;
  readonly holdings: readonly Holding[];
}

/** Asset prices from the newest snapshot of every connection that prices its holdings. */
export function buildPriceBook(sources: readonly PriceSource[]): PriceBook {
  const book = new Map<string, PricedFrom>();
  for (const source of sources) {
    const rank = sourceRank[source.venue];
    if (rank === undefined) continue;
    for (const holding of source.holdings) {
      if (holding.kind !== 'token' || holding.priceUsd === null || new Dec(holding.priceUsd).lte(0)) continue;
      const asset = holding.asset.toUpperCase();
      const current = book.get(asset);
      const currentRank = current ? (sourceRank[current.venue] ?? Infinity) : Infinity;
      if (!current || rank < currentRank || (rank === currentRank && source.at > current.at)) {
        book.set(asset, { price: holding.priceUsd, venue: source.venue, at: source.at });
      }
    }
  }
  return book;
}

export function priceOf(book: PriceBook, asset: string): string | null {
  const upper = asset.toUpperCase();
  return book.get(upper)?.price ?? (STABLECOINS.has(upper) ? '1' : null);
}

/** Fills price and value for tokens their venue left unvalued (Cadenza); an asset with no price stays null. */
export function valueHoldings(holdings: readonly Holding[], book: PriceBook): Holding[] {
  return holdings.map((holding) => {
    if (holding.valueUsd !== null || holding.kind !== 'token') return holding;
    const price = holding.priceUsd ?? priceOf(book, holding.asset);
    if (price === null) return holding;
    return { ...holding, priceUsd: price, valueUsd: decimalString(new Dec(holding.quantity).times(price)) };
  });
}

export interface Totals {
  readonly totalUsd: string;
  readonly unpricedCount: number;
}

/** Totals are always the sum of the rows shown; unpriced rows are counted, never guessed. */
export function totalsOf(holdings: readonly Pick<Holding, 'valueUsd'>[]): Totals {
  const values: string[] = [];
  for (const holding of holdings) if (holding.valueUsd !== null) values.push(holding.valueUsd);
  return { totalUsd: sumDecimals(values), unpricedCount: holdings.length - values.length };
}
