import { compareDecimals, Dec, decimalString, fromScaled, toScaled } from '../../shared/decimal';
import type { PriceCheck, PricePoint } from '../../shared/domain/prices';
import { PRICE_SPREAD_LIMIT, PRICE_SPREAD_PLACES } from './policy';

/** Some rows of one asset at one price (a set's lowest or highest). */
export interface PriceObservation {
  readonly asset: string;
  readonly priceUsd: string;
  readonly rows: number;
  /** The price with where it came from: made only for each asset's lowest and highest, of tens of thousands. */
  readonly point: () => PricePoint;
}

/**
 * (max − min) ÷ min of an asset's prices (how far apart the prices its rows are valued at lie), rounded
 * half-even to PRICE_SPREAD_PLACES, and whether the exact quotient is over PRICE_SPREAD_LIMIT. Plain
 * decimals (every stored price) are worked in scaled integers: exact, and a division of decimal.js at
 * 60 digits cost a fifth of a millisecond, for each of a thousand assets per summary.
 */
export function priceSpread(min: string, max: string): { readonly spread: string; readonly overLimit: boolean } {
  const low = toScaled(min);
  const high = toScaled(max);
  const limit = toScaled(PRICE_SPREAD_LIMIT);
  if (!low || !high || !limit || low.units <= 0n) {
    const exact = new Dec(max).minus(min).div(min);
    return { spread: decimalString(exact.toDecimalPlaces(PRICE_SPREAD_PLACES, Dec.ROUND_HALF_EVEN)), overLimit: exact.gt(PRICE_SPREAD_LIMIT) };
  }
  const places = Math.max(low.places, high.places);
  const lowUnits = low.units * 10n ** BigInt(places - low.places);
  const difference = high.units * 10n ** BigInt(places - high.places) - lowUnits;
  // Rounded on the magnitude, then signed: BigInt division truncates toward zero.
  const scaled = (difference < 0n ? -difference : difference) * 10n ** BigInt(PRICE_SPREAD_PLACES);
  let quotient = scaled / lowUnits;
  const twiceRest = (scaled % lowUnits) * 2n;
  if (twiceRest > lowUnits || (twiceRest === lowUnits && quotient % 2n === 1n)) quotient += 1n;
  return { spread: fromScaled(difference < 0n ? -quotient : quotient, PRICE_SPREAD_PLACES), overLimit: difference * 10n ** BigInt(limit.places) > limit.units * lowUnits };
}

/** A running lowest and highest of an asset's price points. */
export interface PriceExtremes<P> {
  min: P;
  max: P;
}

/** Takes `point` as the new lowest or highest when its price lies outside the range so far (compared as decimals). */
export function widen<P>(range: PriceExtremes<P>, point: P, priceOf: (point: P) => string): void {
  const price = priceOf(point);
  if (compareDecimals(price, priceOf(range.min)) < 0) range.min = point;
  if (compareDecimals(price, priceOf(range.max)) > 0) range.max = point;
}

const observedPrice = (observation: PriceObservation): string => observation.priceUsd;

/**
 * Assets whose rows are valued at prices more than PRICE_SPREAD_LIMIT apart, widest first: a data check
 * to look at, never a correction (every row keeps its own price, and totals stay the sum of the rows).
 */
export function priceChecks(observations: readonly PriceObservation[]): PriceCheck[] {
  // Prices are compared as text (compareDecimals): a summary compares tens of thousands of them, and
  // decimal.js is needed only for the spread of each asset's two ends.
  const byAsset = new Map<string, PriceExtremes<PriceObservation> & { rows: number }>();
  for (const observation of observations) {
    const key = observation.asset.toUpperCase();
    const range = byAsset.get(key);
    if (!range) byAsset.set(key, { min: observation, max: observation, rows: observation.rows });
    else {
      range.rows += observation.rows;
      widen(range, observation, observedPrice);
    }
  }
  const checks: PriceCheck[] = [];
  for (const [asset, { min, max, rows }] of byAsset) {
    if (compareDecimals(min.priceUsd, '0') <= 0) continue;
    const { spread, overLimit } = priceSpread(min.priceUsd, max.priceUsd);
    if (overLimit) checks.push({ asset, spread, limit: PRICE_SPREAD_LIMIT, min: min.point(), max: max.point(), rows });
  }
  return checks.sort((a, b) => compareDecimals(b.spread, a.spread) || a.asset.localeCompare(b.asset));
}
