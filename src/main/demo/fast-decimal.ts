import { fromScaled, toScaled, type ScaledDecimal } from '../../shared/decimal';

function parse(text: string): ScaledDecimal {
  const scaled = toScaled(text);
  if (!scaled) throw new Error(`not a plain decimal: ${text}`);
  return scaled;
}

/**
 * a × b rounded half-even to `places` decimals, exactly, on scaled BigInts: the demo's year multiplies
 * a few million amounts by price factors, which decimal.js at 60 digits makes take seconds.
 */
export function multiplyDecimals(a: string, b: string, places: number): string {
  const x = parse(a);
  const y = parse(b);
  const product = x.units * y.units;
  const drop = x.places + y.places - places;
  if (drop <= 0) return fromScaled(product * 10n ** BigInt(-drop), places);
  const divisor = 10n ** BigInt(drop);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  let quotient = magnitude / divisor;
  const twice = (magnitude % divisor) * 2n;
  if (twice > divisor || (twice === divisor && quotient % 2n === 1n)) quotient += 1n;
  return fromScaled(negative ? -quotient : quotient, places);
}
