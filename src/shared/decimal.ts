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

/** Canonical text of a decimal: no exponent, no trailing zeros, "-0" folded to "0". */
export function decimalString(value: Decimal.Value): string {
  const d = new Dec(value);
  return d.isZero() ? '0' : d.toFixed();
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

/**
 * The exact sum of decimal strings. Plain decimals (what every stored value is) are added as scaled
 * BigInts, which is many times faster than decimal.js over a hundred thousand holdings; anything else
 * (an exponent) goes through decimal.js.
 */
export function sumDecimals(values: Iterable<string>): string {
  const list = [...values];
  const parts: { negative: boolean; digits: string; fraction: number }[] = [];
  let scale = 0;
  for (const value of list) {
    const match = plainDecimal.exec(value);
    if (!match) return slowSum(list);
    const fraction = match[3] ?? '';
    parts.push({ negative: match[1] === '-', digits: (match[2] ?? '0') + fraction, fraction: fraction.length });
    scale = Math.max(scale, fraction.length);
  }
  let total = 0n;
  for (const part of parts) {
    const scaled = BigInt(part.digits + '0'.repeat(scale - part.fraction));
    total += part.negative ? -scaled : scaled;
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

function slowSum(values: readonly string[]): string {
  let total = new Dec(0);
  for (const value of values) total = total.plus(value);
  return decimalString(total);
}
