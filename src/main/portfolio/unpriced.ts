import { Dec, decimalString } from '../../shared/decimal';
import type { UnpricedAsset, UnpricedPlace } from '../../shared/domain/prices';
import { pricedFrom, type PriceBook } from './price-book';

/** Unpriced rows of one asset in one place (an account of a connection). */
export interface UnpricedRow extends UnpricedPlace {
  readonly asset: string;
}

/**
 * What net worth leaves out, per asset: its quantity summed over every venue and account, where it sits,
 * and what it would be worth at the price the book knows today (a venue's price, else a manual one). That
 * value is indicative only, never added to a total: the stored reads were valued without it.
 */
export function unpricedAssets(rows: readonly UnpricedRow[], book: PriceBook): UnpricedAsset[] {
  const byAsset = new Map<string, { asset: string; quantity: Dec; holdings: number; places: Map<string, UnpricedPlace> }>();
  for (const row of rows) {
    const key = row.asset.toUpperCase();
    let entry = byAsset.get(key);
    if (!entry) byAsset.set(key, (entry = { asset: key, quantity: new Dec(0), holdings: 0, places: new Map() }));
    entry.quantity = entry.quantity.plus(row.quantity);
    entry.holdings += row.holdings;
    const placeKey = `${row.connectionId}\u0000${row.accountLabel}`;
    const place = entry.places.get(placeKey);
    entry.places.set(placeKey, {
      connectionId: row.connectionId,
      venue: row.venue,
      accountLabel: row.accountLabel,
      quantity: place ? decimalString(new Dec(place.quantity).plus(row.quantity)) : decimalString(row.quantity),
      holdings: (place?.holdings ?? 0) + row.holdings,
    });
  }
  const assets = [...byAsset.values()].map((entry): UnpricedAsset => {
    const quantity = decimalString(entry.quantity);
    const priced = pricedFrom(book, entry.asset);
    return {
      asset: entry.asset,
      quantity,
      holdings: entry.holdings,
      places: [...entry.places.values()].sort((a, b) => new Dec(b.quantity).abs().comparedTo(new Dec(a.quantity).abs())),
      indicative: priced ? { priceUsd: priced.price, valueUsd: decimalString(new Dec(quantity).times(priced.price)), origin: priced.origin } : null,
    };
  });
  // Largest indicative value first; assets with no price known after, by name.
  return assets.sort((a, b) => {
    if (a.indicative && b.indicative) return new Dec(b.indicative.valueUsd).abs().comparedTo(new Dec(a.indicative.valueUsd).abs()) || a.asset.localeCompare(b.asset);
    if (a.indicative || b.indicative) return a.indicative ? -1 : 1;
    return a.asset.localeCompare(b.asset);
  });
}
