import { parse } from 'lossless-json';

/**
 * Parses JSON keeping every number as its source text: LTP ids above 2^53 and Tread.fi's
 * JSON-number amounts stay exact. Schemas then read numbers and decimal strings alike as text.
 */
export function parseJsonExact(text: string): unknown {
  return parse(text, null, (digits: string) => digits);
}
