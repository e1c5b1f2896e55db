import { Dec, decimalString, sumDecimals } from '../../shared/decimal';
import type { Holding } from '../../shared/domain/holding';
import type { BookPrice } from '../../shared/domain/prices';
import { priceOf, pricedFrom, type PriceBook } from './price-book';

/** Whether any token of a read waits for the price book to be valued (its venue gave no value). */
export function needsPriceBook(holdings: readonly Holding[]): boolean {
  return holdings.some((h) => h.valueUsd === null && h.kind === 'token');
}

/**
 * Fills value for holdings their venue left unvalued (Cadenza): a token at the price book's price (an asset
 * with no price stays null); a position at its unrealised P&L in its USD-pegged quote, because these
 * positions are the ones whose P&L the venue's balances do not hold (RapidX/ConneX positions, already in
 * their equity, are never holdings: VenueRead.uncountedPositions).
 */
export function valueHoldings(holdings: readonly Holding[], book: PriceBook): Holding[] {
  return holdings.map((holding) => {
    if (holding.valueUsd !== null) return holding;
    if (holding.kind === 'position') return holding.unrealizedPnl === null ? holding : { ...holding, valueUsd: holding.unrealizedPnl };
    const price = holding.priceUsd ?? priceOf(book, holding.asset);
    if (price === null) return holding;
    return { ...holding, priceUsd: price, valueUsd: decimalString(new Dec(holding.quantity).times(price)) };
  });
}

/**
 * Where valueHoldings took each book price of a read (once per asset): stored with the snapshot, so a row
 * says which venue's price, or which manual price, valued it then, whatever the book says later.
 */
export function bookPricesOf(holdings: readonly Holding[], book: PriceBook): Omit<BookPrice, 'connectionId'>[] {
  const prices = new Map<string, Omit<BookPrice, 'connectionId'>>();
  for (const holding of holdings) {
    if (holding.valueUsd !== null || holding.kind !== 'token' || holding.priceUsd !== null || prices.has(holding.asset)) continue;
    const priced = pricedFrom(book, holding.asset);
    if (priced) prices.set(holding.asset, { asset: holding.asset, priceUsd: priced.price, origin: priced.origin });
  }
  return [...prices.values()];
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

/** The exact sum of each key's values, keys in the order first given. */
export function sumsByKey(values: Iterable<readonly [string, string]>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const [key, value] of values) {
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return new Map([...groups].map(([key, group]) => [key, sumDecimals(group)]));
}
