import { parse } from 'lossless-json';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const MINUS = 0x2d;

const isJsonSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Where the string opening at `start` ends (after its closing quote), or -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  for (let quote = text.indexOf('"', start + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return quote + 1;
  }
  return -1;
}

/** Where a JSON number starting at `start` ends; a malformed one ends early and JSON.parse refuses what is left. */
function numberEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === MINUS) i += 1;
  // No integer part ("-", "-.5"): no number at all.
  if (!isDigit(text.charCodeAt(i))) return start;
  if (text.charCodeAt(i) === 0x30) i += 1;
  else while (isDigit(text.charCodeAt(i))) i += 1;
  if (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) for (i += 1; isDigit(text.charCodeAt(i)); ) i += 1;
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === 0x2b || sign === MINUS) j += 1;
    if (isDigit(text.charCodeAt(j))) for (i = j; isDigit(text.charCodeAt(i)); ) i += 1;
  }
  return i;
}

function followedByColon(text: string, from: number): boolean {
  let i = from;
  while (isJsonSpace(text.charCodeAt(i))) i += 1;
  return text.charCodeAt(i) === COLON;
}

/**
 * Turns every number in a parsed value into its text, in place, and counts the keys of every object.
 * Only called when each number's text is what JavaScript prints for its value, so String(n) is that text.
 */
function numbersToText(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (typeof item === 'number') value[i] = String(item);
      else count += numbersToText(item);
    }
    return count;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (typeof item === 'number') record[key] = String(item);
    else count += numbersToText(item);
    count += 1;
  }
  return count;
}

/** A number whose text JavaScript prints back the same ("12", "1.5", not "1.50", "1E3", "-0" or 2^53 + 1). */
const printsAsWritten = (text: string, start: number, end: number) => {
  const digits = text.slice(start, end);
  return String(Number(digits)) === digits;
};

/**
 * Parses JSON keeping every number as its source text: LTP ids above 2^53 and Tread.fi's
 * JSON-number amounts stay exact. Schemas then read numbers and decimal strings alike as text.
 *
 * The native JSON.parse does the parsing: several times faster than lossless-json's parser in
 * JavaScript over a 1,000-holding answer, and its strings are flat, which the schemas then test faster.
 * A scan first finds every number and counts the keys. When each number prints back as written (a
 * business code, a timestamp), the text is parsed as it is and the numbers turned into text after:
 * no second copy of a half-megabyte answer. Otherwise every number is quoted as it stands and that
 * text parsed. Quoting never makes bad JSON good (a number where a key must be is refused, a malformed
 * one leaves text JSON.parse refuses); the one difference left, a key given twice, which JSON.parse
 * takes the last of, goes to lossless-json, which refuses two values.
 */
export function parseJsonExact(text: string): unknown {
  const numbers: number[] = [];
  let asWritten = true;
  let keys = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (end === -1) break;
      if (followedByColon(text, end)) keys += 1;
      i = end;
    } else if (code === MINUS || isDigit(code)) {
      const end = numberEnd(text, i);
      // A number for a key, or no number at all: left as it is, for JSON.parse to refuse.
      if (end === i || followedByColon(text, end)) break;
      numbers.push(i, end);
      asWritten &&= printsAsWritten(text, i, end);
      i = end;
    } else {
      i += 1;
    }
  }
  let value: unknown;
  let parsedKeys: number;
  if (asWritten) {
    const parsed: unknown = JSON.parse(text);
    value = typeof parsed === 'number' ? String(parsed) : parsed;
    parsedKeys = numbersToText(value);
  } else {
    value = JSON.parse(quoteNumbers(text, numbers));
    parsedKeys = keyCount(value);
  }
  return parsedKeys === keys ? value : parse(text, null, (digits: string) => digits);
}

/** The text with each number found (start and end at [2i], [2i + 1]) in quotes. */
function quoteNumbers(text: string, numbers: readonly number[]): string {
  let quoted = '';
  let copied = 0;
  for (let n = 0; n < numbers.length; n += 2) {
    const start = numbers[n] as number;
    const end = numbers[n + 1] as number;
    quoted += `${text.slice(copied, start)}"${text.slice(start, end)}"`;
    copied = end;
  }
  return quoted + text.slice(copied);
}

/** Keys of every object in a parsed value. */
function keyCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += keyCount(item);
    return count;
  }
  for (const key in value) count += 1 + keyCount((value as Record<string, unknown>)[key]);
  return count;
}
