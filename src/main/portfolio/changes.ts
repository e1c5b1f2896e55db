import { Dec, decimalString, sumDecimals } from '../../shared/decimal';
import type { AssetChange } from '../../shared/domain/exposure';
import type { Holding } from '../../shared/domain/holding';

/** Effects are quotients (a price is value ÷ quantity): 18 decimal places, the rest lands in the quantity effect. */
const EFFECT_PLACES = 18;

interface AssetSide {
  /** Every row's quantity, priced or not: what the trader holds. */
  readonly quantity: string;
  /** The priced rows only: what the value and the price are made of. */
  readonly pricedQuantity: string;
  readonly value: string | null;
}

function sides(holdings: readonly Holding[]): Map<string, AssetSide> {
  const rows = new Map<string, Holding[]>();
  for (const holding of holdings) {
    const key = holding.asset.toUpperCase();
    const list = rows.get(key);
    if (list) list.push(holding);
    else rows.set(key, [holding]);
  }
  const result = new Map<string, AssetSide>();
  for (const [asset, list] of rows) {
    const priced = list.filter((h) => h.valueUsd !== null);
    result.set(asset, {
      quantity: sumDecimals(list.map((h) => h.quantity)),
      pricedQuantity: sumDecimals(priced.map((h) => h.quantity)),
      value: priced.length > 0 ? sumDecimals(priced.map((h) => h.valueUsd as string)) : null,
    });
  }
  return result;
}

const empty: AssetSide = { quantity: '0', pricedQuantity: '0', value: null };

/**
 * The price effect is what the change would have been had the quantity held at `from` stayed: that
 * quantity × (price then → price now), prices being value ÷ quantity. An asset that appeared or vanished
 * has no price at one end, so all of its change is quantity effect. Both effects add up to the change exactly.
 */
function priceEffect(from: AssetSide, to: AssetSide): Dec {
  const heldThen = new Dec(from.pricedQuantity);
  const heldNow = new Dec(to.pricedQuantity);
  if (from.value === null || to.value === null || heldThen.isZero() || heldNow.isZero()) return new Dec(0);
  const priceThen = new Dec(from.value).div(heldThen);
  const priceNow = new Dec(to.value).div(heldNow);
  return priceNow.minus(priceThen).times(heldThen).toDecimalPlaces(EFFECT_PLACES);
}

/** Per asset, what changed between two instants' holdings, largest change first. */
export function changesBetween(fromHoldings: readonly Holding[], toHoldings: readonly Holding[]): AssetChange[] {
  const from = sides(fromHoldings);
  const to = sides(toHoldings);
  const assets = new Set([...from.keys(), ...to.keys()]);
  return [...assets]
    .map((asset): AssetChange => {
      const then = from.get(asset) ?? empty;
      const now = to.get(asset) ?? empty;
      const change = new Dec(now.value ?? 0).minus(then.value ?? 0);
      const price = priceEffect(then, now);
      return {
        asset,
        quantityFrom: then.quantity,
        quantityTo: now.quantity,
        valueFromUsd: then.value,
        valueToUsd: now.value,
        changeUsd: decimalString(change),
        priceEffectUsd: decimalString(price),
        quantityEffectUsd: decimalString(change.minus(price)),
      };
    })
    .sort((a, b) => new Dec(b.changeUsd).abs().comparedTo(new Dec(a.changeUsd).abs()) || a.asset.localeCompare(b.asset));
}
