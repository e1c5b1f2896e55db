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

export function sumDecimals(values: Iterable<string>): string {
  let total = new Dec(0);
  for (const value of values) total = total.plus(value);
  return decimalString(total);
}
