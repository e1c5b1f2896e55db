import { Dec, decimalString, sumDecimals } from '../../shared/decimal';
import type { CashLine, ExposureLeg, UnderlyingExposure } from '../../shared/domain/exposure';
import type { Holding } from '../../shared/domain/holding';
import { priceOf, STABLECOINS, type PriceBook } from './price-book';
import { underlyingOf } from './underlying';

/** A spot leg counts the coin's equity where the venue reports one (net of debt: RapidX, ConneX), else its quantity. */
function spotQuantity(holding: Holding): string {
  return holding.equity ?? holding.quantity;
}

function legOf(holding: Holding): ExposureLeg {
  const spot = holding.kind === 'token';
  return {
    connectionId: holding.connectionId,
    venue: holding.venue,
    accountId: holding.accountId,
    accountLabel: holding.accountLabel,
    exchange: holding.exchange,
    instrument: holding.asset,
    kind: spot ? 'spot' : 'perp',
    quantity: spot ? spotQuantity(holding) : holding.quantity,
  };
}

const abs = (value: string) => (value.startsWith('-') ? value.slice(1) : value);
const times = (quantity: string, price: string | null) => (price === null ? null : decimalString(new Dec(quantity).times(price)));

/**
 * Net long or short per coin across every venue: spot legs plus signed perp legs, valued at the price
 * book's price. Stablecoins are cash, apart. Largest |net USD| first; coins with no price last.
 * `holdings` are token holdings and position holdings (signed base quantity), as stored.
 */
export function exposureOf(holdings: readonly Holding[], book: PriceBook): { underlyings: UnderlyingExposure[]; cash: CashLine[] } {
  const byUnderlying = new Map<string, ExposureLeg[]>();
  const cash = new Map<string, { quantity: string[]; value: string[]; priced: boolean }>();
  for (const holding of holdings) {
    const underlying = holding.kind === 'token' ? holding.asset.toUpperCase() : underlyingOf(holding.asset);
    if (holding.kind === 'token' && STABLECOINS.has(underlying)) {
      const line = cash.get(underlying) ?? { quantity: [], value: [], priced: false };
      line.quantity.push(holding.quantity);
      if (holding.valueUsd !== null) {
        line.value.push(holding.valueUsd);
        line.priced = true;
      }
      cash.set(underlying, line);
      continue;
    }
    const legs = byUnderlying.get(underlying) ?? [];
    legs.push(legOf(holding));
    byUnderlying.set(underlying, legs);
  }

  const underlyings = [...byUnderlying.entries()].map(([underlying, legs]): UnderlyingExposure => {
    const spot = sumDecimals(legs.filter((l) => l.kind === 'spot').map((l) => l.quantity));
    const perp = sumDecimals(legs.filter((l) => l.kind === 'perp').map((l) => l.quantity));
    const net = sumDecimals([spot, perp]);
    const price = priceOf(book, underlying);
    return {
      underlying,
      spotQuantity: spot,
      perpQuantity: perp,
      netQuantity: net,
      priceUsd: price,
      netUsd: times(net, price),
      grossUsd: times(sumDecimals(legs.map((l) => abs(l.quantity))), price),
      legs,
    };
  });
  underlyings.sort((a, b) => {
    if (a.netUsd === null || b.netUsd === null) return a.netUsd === b.netUsd ? a.underlying.localeCompare(b.underlying) : a.netUsd === null ? 1 : -1;
    return new Dec(abs(b.netUsd)).comparedTo(abs(a.netUsd)) || a.underlying.localeCompare(b.underlying);
  });
  return {
    underlyings,
    cash: [...cash.entries()]
      .map(([asset, line]) => ({ asset, quantity: sumDecimals(line.quantity), valueUsd: line.priced ? sumDecimals(line.value) : null }))
      .sort((a, b) => a.asset.localeCompare(b.asset)),
  };
}
