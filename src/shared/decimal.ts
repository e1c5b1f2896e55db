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

const isCanonical = (text: string) => text !== '-0' && canonicalPlain.test(text);

/** Canonical text of a decimal: no exponent, no trailing zeros, "-0" folded to "0". */
export function decimalString(value: Decimal.Value): string {
  // Most text a venue sends is canonical already: returning it as is skips decimal.js, which dominated
  // the CPU of reading 1,000 holdings (the constructor never rounds, so the text is the value exactly).
  if (typeof value === 'string' && isCanonical(value)) return value;
  const d = new Dec(value);
  return d.isZero() ? '0' : d.toFixed();
}

// A plain decimal (no exponent), as venues write them: "0050.250" is 50.25.
const plainText = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** A plain decimal's sign and its digits without leading or trailing zeros; null for anything else. */
function plainParts(text: string): { negative: boolean; whole: string; fraction: string } | null {
  const match = plainText.exec(text);
  if (!match || text === '' || text === '.' || /^[+-]\.?$/.test(text)) return null;
  const whole = (match[2] ?? '').replace(/^0+/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  // Zero has no sign: "-0.00" equals "0".
  return { negative: match[1] === '-' && (whole !== '' || fraction !== ''), whole, fraction };
}

/** Which of two magnitudes is larger: the longer whole part, else the digits in order (text order, once trailing zeros are gone). */
function compareMagnitudes(a: { whole: string; fraction: string }, b: { whole: string; fraction: string }): number {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  return a.fraction === b.fraction ? 0 : a.fraction < b.fraction ? -1 : 1;
}

/**
 * -1, 0 or 1 as `a` is below, equal to or above `b`, without decimal.js: the price checks compare tens of
 * thousands of prices per summary. Plain decimals (what venues send and the store keeps) too close for
 * doubles are compared by their digits; anything else that close (an exponent) goes through decimal.js.
 */
export function compareDecimals(a: string, b: string): number {
  if (a === b) return 0;
  // Text to double is correctly rounded, so never reverses an order: doubles that differ decide it. Only
  // decimals too close for a double to tell apart need their digits compared.
  const near = Number(a) - Number(b);
  if (near < 0) return -1;
  if (near > 0) return 1;
  const x = plainParts(a);
  const y = plainParts(b);
  if (!x || !y) return new Dec(a).comparedTo(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  return x.negative ? compareMagnitudes(y, x) : compareMagnitudes(x, y);
}

/** The canonical text of decimal text, or null when it is no decimal: text already canonical costs one pattern test, not two. */
export function canonicalDecimalText(text: string): string | null {
  if (isCanonical(text)) return text;
  return isDecimalText(text) ? decimalString(text) : null;
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
