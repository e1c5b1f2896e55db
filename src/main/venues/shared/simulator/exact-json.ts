import { LosslessNumber, stringify } from 'lossless-json';

/**
 * A JSON number written digit for digit, beyond what a JS number holds: LTP account ids above 2^53,
 * Tread.fi's 18-decimal amounts. Put it anywhere in a simulator's answer body.
 */
export function exactNumber(digits: string): LosslessNumber {
  return new LosslessNumber(digits);
}

/** A simulator's answer as JSON text: exact numbers as their digits, everything else as JSON.stringify writes it. */
export function writeExactJson(value: unknown): string {
  return stringify(value) ?? 'null';
}
