const plain = /^(-?)(\d+)(?:\.(\d+))?$/;

interface Scaled {
  readonly units: bigint;
  readonly places: number;
}

function parse(text: string): Scaled {
  const match = plain.exec(text);
  if (!match) throw new Error(`not a plain decimal: ${text}`);
  const fraction = match[3] ?? '';
  const units = BigInt((match[2] ?? '0') + fraction);
  return { units: match[1] === '-' ? -units : units, places: fraction.length };
}

function format(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
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
  if (drop <= 0) return format(product * 10n ** BigInt(-drop), places);
  const divisor = 10n ** BigInt(drop);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  let quotient = magnitude / divisor;
  const twice = (magnitude % divisor) * 2n;
  if (twice > divisor || (twice === divisor && quotient % 2n === 1n)) quotient += 1n;
  return format(negative ? -quotient : quotient, places);
}
