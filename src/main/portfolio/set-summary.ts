import { Dec, decimalString } from '../../shared/decimal';
import type { AccountTotal, Holding } from '../../shared/domain/holding';
import type { Reconciliation } from '../../shared/domain/portfolio';
import { isRecordedPriceOf } from '../../shared/domain/prices';
import type { StoredBookPrice } from '../store/set-codec';
import { exchangeName } from './exchange-names';
import { bookOffersOf, type BookOffer } from './price-book';
import { widen } from './price-checks';
import { sumsByKey, totalsOf } from './valuation';

/** One end of an asset's price range in a set: the row's price, and what a row needs to say where it came from. */
export interface SetPrice {
  readonly price: string;
  readonly sourceUpdatedAt: string | null;
}

/** An account a set names, with the label the set first gives it (the venue's). */
export interface SetAccount {
  readonly accountId: string;
  readonly accountLabel: string;
}

/** What the summary needs of one stored set of holdings; computed once per set, since sets never change. */
export interface SetSummary {
  readonly totalUsd: string;
  readonly unpricedCount: number;
  readonly holdingCount: number;
  readonly reconciliation: readonly Omit<Reconciliation, 'connectionId' | 'venue'>[];
  /** Per asset, the lowest and highest token price of its rows (the price checks), and how many rows have one. */
  readonly priceRanges: ReadonlyMap<string, { readonly min: SetPrice; readonly max: SetPrice; readonly rows: number }>;
  /** What net worth leaves out of this set: unpriced quantity per asset and account. */
  readonly unpriced: readonly { readonly asset: string; readonly accountLabel: string; readonly quantity: string; readonly holdings: number }[];
  readonly bookPrices: readonly StoredBookPrice[];
  /** What the set offers the price book, should its connection's venue be one that prices. */
  readonly bookOffers: readonly BookOffer[];
  /** Every account the set names, in the order its rows first name them (holdings, other positions, margin accounts, venue totals). */
  readonly accounts: readonly SetAccount[];
  /** The value of the priced rows per asset, as the rows name it: the allocation by asset. */
  readonly valueByAsset: ReadonlyMap<string, string>;
  /** The value of the priced rows per exchange, by its one name (exchange-names.ts): the allocation by exchange. */
  readonly valueByExchange: ReadonlyMap<string, string>;
  /** The manual prices that value a row, in the order the rows first use them: named under the net worth. */
  readonly manualPrices: readonly StoredBookPrice[];
}

/** The parts of a stored set a summary is made from. */
export interface SetParts {
  readonly holdings: readonly ValuedRow[];
  readonly accountTotals: readonly AccountTotal[];
  readonly bookPrices?: readonly StoredBookPrice[];
  /** Rows that name accounts without being summed: positions the venue's balances hold, margin accounts. */
  readonly otherAccountRows?: readonly SetAccount[];
}

type ValuedRow = Pick<Holding, 'accountId' | 'accountLabel' | 'wallet' | 'exchange' | 'asset' | 'kind' | 'quantity' | 'priceUsd' | 'valueUsd' | 'sourceUpdatedAt'>;

const setPriceText = (point: SetPrice): string => point.price;

function priceRanges(holdings: readonly ValuedRow[]): SetSummary['priceRanges'] {
  const ranges = new Map<string, { min: SetPrice; max: SetPrice; rows: number }>();
  for (const h of holdings) {
    if (h.kind !== 'token' || h.priceUsd === null) continue;
    const asset = h.asset.toUpperCase();
    const point = { price: h.priceUsd, sourceUpdatedAt: h.sourceUpdatedAt };
    const range = ranges.get(asset);
    if (!range) ranges.set(asset, { min: point, max: point, rows: 1 });
    else {
      range.rows += 1;
      widen(range, point, setPriceText);
    }
  }
  return ranges;
}

function unpricedOf(holdings: readonly ValuedRow[]): SetSummary['unpriced'] {
  const byPlace = new Map<string, { asset: string; accountLabel: string; quantity: Dec; holdings: number }>();
  for (const h of holdings) {
    if (h.valueUsd !== null) continue;
    const key = `${h.asset}\u0000${h.accountLabel}`;
    const place = byPlace.get(key);
    if (place) {
      place.quantity = place.quantity.plus(h.quantity);
      place.holdings += 1;
    } else byPlace.set(key, { asset: h.asset, accountLabel: h.accountLabel, quantity: new Dec(h.quantity), holdings: 1 });
  }
  return [...byPlace.values()].map((p) => ({ ...p, quantity: decimalString(p.quantity) }));
}

/** The exact sum of the priced rows' values per key; an unpriced row is in no group, as it is in no total. */
function valuesBy(holdings: readonly ValuedRow[], keyOf: (h: ValuedRow) => string): Map<string, string> {
  return sumsByKey(holdings.flatMap((h): [string, string][] => (h.valueUsd === null ? [] : [[keyOf(h), h.valueUsd]])));
}

/** Each manual price recorded for an asset (the last recorded one, as a row's origin reads it) that is a row's price, once, in row order. */
function manualPricesOf(holdings: readonly ValuedRow[], bookPrices: readonly StoredBookPrice[]): StoredBookPrice[] {
  if (!bookPrices.some((b) => b.origin.kind === 'manual')) return [];
  const recorded = new Map(bookPrices.map((b) => [b.asset, b]));
  const found: StoredBookPrice[] = [];
  for (const h of holdings) {
    const price = recorded.get(h.asset);
    if (price?.origin.kind !== 'manual' || !isRecordedPriceOf(h, price)) continue;
    found.push(price);
    recorded.delete(h.asset);
  }
  return found;
}

function accountsOf(...lists: readonly (readonly SetAccount[])[]): SetAccount[] {
  const found = new Map<string, SetAccount>();
  for (const rows of lists) {
    for (const row of rows) if (!found.has(row.accountId)) found.set(row.accountId, { accountId: row.accountId, accountLabel: row.accountLabel });
  }
  return [...found.values()];
}

/** Totals of a set, and each venue-reported account total beside the sum of our rows for that account (and wallet, where the venue splits by it). */
export function summariseSet({ holdings, accountTotals, bookPrices = [], otherAccountRows = [] }: SetParts): SetSummary {
  const totals = totalsOf(holdings);
  return {
    totalUsd: totals.totalUsd,
    unpricedCount: totals.unpricedCount,
    holdingCount: holdings.length,
    reconciliation: accountTotals.map((total) => {
      const rows = holdings.filter((h) => h.accountId === total.accountId && (total.wallet === null || h.wallet === total.wallet));
      const computed = totalsOf(rows).totalUsd;
      return {
        accountId: total.accountId,
        accountLabel: total.accountLabel,
        wallet: total.wallet,
        reportedUsd: total.reportedUsd,
        computedUsd: computed,
        differenceUsd: decimalString(new Dec(total.reportedUsd).minus(computed)),
      };
    }),
    priceRanges: priceRanges(holdings),
    unpriced: unpricedOf(holdings),
    bookPrices,
    bookOffers: bookOffersOf(holdings),
    accounts: accountsOf(holdings, otherAccountRows, accountTotals),
    valueByAsset: valuesBy(holdings, (h) => h.asset),
    valueByExchange: valuesBy(holdings, (h) => exchangeName(h.exchange)),
    manualPrices: manualPricesOf(holdings, bookPrices),
  };
}
