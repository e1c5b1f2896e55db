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

/**
 * Parses JSON keeping every number as its source text: LTP ids above 2^53 and Tread.fi's
 * JSON-number amounts stay exact. Schemas then read numbers and decimal strings alike as text.
 *
 * Every number is quoted as it stands and the text handed to the native JSON.parse: several times
 * faster than lossless-json's parser in JavaScript over a 1,000-holding answer, and its strings are
 * flat, which the schemas then test faster. Quoting never makes bad JSON good (a number where a key
 * must be is refused, a malformed one leaves text JSON.parse refuses); the one difference left, a key
 * given twice, which JSON.parse takes the last of, goes to lossless-json, which refuses two values.
 */
export function parseJsonExact(text: string): unknown {
  let quoted = '';
  let copied = 0;
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
      if (end === i || followedByColon(text, end)) break;
      quoted += `${text.slice(copied, i)}"${text.slice(i, end)}"`;
      copied = i = end;
    } else {
      i += 1;
    }
  }
  const value: unknown = JSON.parse(quoted + text.slice(copied));
  return keyCount(value) === keys ? value : parse(text, null, (digits: string) => digits);
}
