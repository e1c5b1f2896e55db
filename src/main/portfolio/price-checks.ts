import { Dec, decimalString } from '../../shared/decimal';
import type { PriceCheck, PricePoint } from '../../shared/domain/prices';
import { PRICE_SPREAD_LIMIT, PRICE_SPREAD_PLACES } from './policy';

/** Some rows of one asset at one price (a set's lowest or highest). */
export interface PriceObservation {
  readonly asset: string;
  readonly point: PricePoint;
  readonly rows: number;
}

/** (max − min) ÷ min of an asset's prices: how far apart the prices its rows are valued at lie. */
export function priceSpread(min: string, max: string): Dec {
  return new Dec(max).minus(min).div(min);
}

/** A running lowest and highest of an asset's price points, each beside its parsed price. */
export interface PriceExtremes<P> {
  min: P;
  minPrice: Dec;
  max: P;
  maxPrice: Dec;
}

/** Takes `point` as the new lowest or highest when its `price` lies outside the range so far. */
export function widen<P>(range: PriceExtremes<P>, point: P, price: Dec): void {
  if (price.lt(range.minPrice)) {
    range.min = point;
    range.minPrice = price;
  }
  if (price.gt(range.maxPrice)) {
    range.max = point;
    range.maxPrice = price;
  }
}

/**
 * Assets whose rows are valued at prices more than PRICE_SPREAD_LIMIT apart, widest first: a data check
 * to look at, never a correction (every row keeps its own price, and totals stay the sum of the rows).
 */
export function priceChecks(observations: readonly PriceObservation[]): PriceCheck[] {
  // Each price is parsed once and kept beside its point: a summary compares tens of thousands of them.
  const byAsset = new Map<string, PriceExtremes<PricePoint> & { rows: number }>();
  for (const { asset, point, rows } of observations) {
    const key = asset.toUpperCase();
    const range = byAsset.get(key);
    const price = new Dec(point.priceUsd);
    if (!range) byAsset.set(key, { min: point, minPrice: price, max: point, maxPrice: price, rows });
    else {
      range.rows += rows;
      widen(range, point, price);
    }
  }
  const checks: PriceCheck[] = [];
  for (const [asset, { min, max, rows }] of byAsset) {
    if (new Dec(min.priceUsd).lte(0)) continue;
    const spread = priceSpread(min.priceUsd, max.priceUsd);
    if (spread.gt(PRICE_SPREAD_LIMIT)) checks.push({ asset, spread: decimalString(spread.toDecimalPlaces(PRICE_SPREAD_PLACES, Dec.ROUND_HALF_EVEN)), limit: PRICE_SPREAD_LIMIT, min, max, rows });
  }
  return checks.sort((a, b) => new Dec(b.spread).comparedTo(a.spread) || a.asset.localeCompare(b.asset));
}
