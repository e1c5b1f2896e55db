import Decimal from 'decimal.js';

/**
 * Money arithmetic. 60 significant digits hold an 18-decimal quantity times a price exactly, and the
 * exponent limits keep toString() out of scientific notation, so a decimal string always round-trips.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -1000, toExpPos: 1000 });
export type Dec = Decimal;

// An exponent of at most three digits: `1e1000000000` would expand to a billion digits and exhaust memory.
const decimalPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?$/;

export function isDecimalText(text: string): boolean {
  return decimalPattern.test(text);
}

// Text already in canonical form: no sign but a minus, no leading zeros, no trailing fractional zeros, no exponent.
const canonicalPlain = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/** Canonical text of a decimal: no exponent, no trailing zeros, "-0" folded to "0". */
export function decimalString(value: Decimal.Value): string {
  // Most text a venue sends is canonical already: returning it as is skips decimal.js, which dominated
  // the CPU of reading 1,000 holdings (the constructor never rounds, so the text is the value exactly).
  if (typeof value === 'string' && value !== '-0' && canonicalPlain.test(value)) return value;
  const d = new Dec(value);
  return d.isZero() ? '0' : d.toFixed();
}

/** Which of two canonical non-negative decimals is larger: the longer whole part, or else the text order. */
function compareCanonicalMagnitudes(a: string, b: string): number {
  const wholeA = a.indexOf('.') === -1 ? a.length : a.indexOf('.');
  const wholeB = b.indexOf('.') === -1 ? b.length : b.indexOf('.');
  if (wholeA !== wholeB) return wholeA < wholeB ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * -1, 0 or 1 as `a` is below, equal to or above `b`. Canonical text (what every stored price is) is
 * compared as text, without decimal.js: the price checks compare tens of thousands of prices per summary.
 */
export function compareDecimals(a: string, b: string): number {
  if (a === '-0' || b === '-0' || !canonicalPlain.test(a) || !canonicalPlain.test(b)) return new Dec(a).comparedTo(b);
  const negativeA = a.startsWith('-');
  const negativeB = b.startsWith('-');
  if (negativeA !== negativeB) return negativeA ? -1 : 1;
  return negativeA ? compareCanonicalMagnitudes(b.slice(1), a.slice(1)) : compareCanonicalMagnitudes(a, b);
}

/** How many significant digits a price obtained by division keeps (design.md): enough for any quote, short enough to read. */
export const DERIVED_PRICE_DIGITS = 18;

/**
 * A price obtained by division (LTP `valueUsdt ÷ totalBalance`, Tread.fi `notional ÷ amount`), rounded
 * half-even to 18 significant digits. Values that venues report are never rounded; only this quotient is.
 */
export function derivedPrice(value: Decimal.Value, quantity: Decimal.Value): string {
  return decimalString(new Dec(value).div(quantity).toSignificantDigits(DERIVED_PRICE_DIGITS, Decimal.ROUND_HALF_EVEN));
}

const plainDecimal = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A plain decimal as an integer count of 10^-places: exact, and fast where decimal.js is not needed. */
export interface ScaledDecimal {
  readonly units: bigint;
  readonly places: number;
}

/** The scaled form of a plain decimal (no exponent), or null for anything else. */
export function toScaled(text: string): ScaledDecimal | null {
  const match = plainDecimal.exec(text);
  if (!match) return null;
  const fraction = match[3] ?? '';
  const units = BigInt((match[2] ?? '0') + fraction);
  return { units: match[1] === '-' ? -units : units, places: fraction.length };
}

/** Canonical text of a scaled decimal: no trailing zeros, "-0" folded to "0". */
export function fromScaled(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * The exact sum of decimal strings. Plain decimals (what every stored value is) are added as scaled
 * BigInts, which is many times faster than decimal.js over a hundred thousand holdings; anything else
 * (an exponent) goes through decimal.js.
 */
export function sumDecimals(values: Iterable<string>): string {
  const list = [...values];
  const parts: ScaledDecimal[] = [];
  let scale = 0;
  for (const value of list) {
    const part = toScaled(value);
    if (!part) return slowSum(list);
    parts.push(part);
    scale = Math.max(scale, part.places);
  }
  const powers = new Map<number, bigint>();
  let total = 0n;
  for (const part of parts) {
    const shift = scale - part.places;
    let power = powers.get(shift);
    if (power === undefined) powers.set(shift, (power = 10n ** BigInt(shift)));
    total += part.units * power;
  }
  return fromScaled(total, scale);
}

function slowSum(values: readonly string[]): string {
  let total = new Dec(0);
  for (const value of values) total = total.plus(value);
  return decimalString(total);
}
