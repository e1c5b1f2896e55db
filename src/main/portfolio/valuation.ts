import { Dec, decimalString, sumDecimals } from '../../shared/decimal';
import type { Holding } from '../../shared/domain/holding';
import { priceOf, type PriceBook } from './price-book';

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
