import { Dec, decimalString } from '../../shared/decimal';

/** A fraction of the mark price: 6 places is a ten-thousandth of a percent, finer than any venue's mark. */
const DISTANCE_PLACES = 6;

/**
 * How far the mark may move before the position is liquidated: |mark − liq| ÷ mark, rounded half-even to
 * 6 places. Null where either price is unknown (a null liquidation price means it cannot be liquidated).
 */
export function distanceToLiquidation(markPrice: string | null, liquidationPrice: string | null): string | null {
  if (markPrice === null || liquidationPrice === null) return null;
  const mark = new Dec(markPrice);
  if (mark.isZero()) return null;
  return decimalString(mark.minus(liquidationPrice).abs().div(mark).toDecimalPlaces(DISTANCE_PLACES, Dec.ROUND_HALF_EVEN));
}
