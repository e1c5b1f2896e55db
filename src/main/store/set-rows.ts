import { inflateSync } from 'node:zlib';
import { isCompressed, storedHoldingOf, VALUE_USD_FIELD, type StoredHolding } from './set-codec';

const HOLDINGS_START = '{"h":[';
const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NULL_START = 0x6e; // n

/**
 * A set's holdings kept as its JSON text with where each row lies in it, so a reader can hold a
 * million rows as bytes outside the JS heap and decode each one only when it is needed.
 */
export interface SetRows {
  /** The set as plain (inflated) JSON. */
  readonly json: Buffer;
  /** Start and end byte of row i at [2i] and [2i + 1]. */
  readonly spans: Uint32Array;
  /** The same for each row's valueUsd field, quotes included (or `null`). */
  readonly valueSpans: Uint32Array;
  readonly count: number;
}

function malformed(): Error {
  return new Error('a stored holding set is not in the form set-codec writes');
}

/** The end of the string whose opening quote is at `open`: the next quote not escaped by an odd run of backslashes. */
function stringEnd(json: Buffer, open: number): number {
  let close = json.indexOf(QUOTE, open + 1);
  for (;;) {
    if (close < 0) throw malformed();
    let slashes = 0;
    while (json[close - 1 - slashes] === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return close + 1;
    close = json.indexOf(QUOTE, close + 1);
  }
}

/**
 * Finds each holding row in the set's JSON. encodeSet writes the holdings first, as arrays of strings
 * and nulls, so a scan field by field finds them (a string skipped to its closing quote, natively);
 * multi-byte UTF-8 never holds an ASCII byte, so scanning bytes is exact.
 */
export function setRows(blob: Buffer): SetRows {
  const json = isCompressed(blob) ? inflateSync(blob) : blob;
  if (json.toString('latin1', 0, HOLDINGS_START.length) !== HOLDINGS_START) throw malformed();
  const spans: number[] = [];
  const valueSpans: number[] = [];
  let i = HOLDINGS_START.length;
  while (json[i] === OPEN) {
    spans.push(i);
    for (let field = 0; ; field += 1) {
      const start = i + 1;
      if (json[start] === QUOTE) i = stringEnd(json, start);
      else if (json[start] === NULL_START) i = start + 'null'.length;
      else throw malformed();
      if (field === VALUE_USD_FIELD) valueSpans.push(start, i);
      if (json[i] === CLOSE) break;
      if (json[i] !== COMMA) throw malformed();
    }
    i += 1;
    spans.push(i);
    if (json[i] === COMMA) i += 1;
  }
  if (json[i] !== CLOSE || valueSpans.length !== spans.length) throw malformed();
  return { json, spans: Uint32Array.from(spans), valueSpans: Uint32Array.from(valueSpans), count: spans.length / 2 };
}

/** Row `index` of a set, decoded on its own. */
export function holdingAt(rows: SetRows, index: number): StoredHolding {
  const start = rows.spans[2 * index] ?? 0;
  const end = rows.spans[2 * index + 1] ?? 0;
  return storedHoldingOf(JSON.parse(rows.json.toString('utf8', start, end)) as (string | null)[]);
}

/** Row `index`'s valueUsd, read without decoding the row: a decimal string has no escapes, so its bytes between the quotes are it. */
export function valueAt(rows: SetRows, index: number): string | null {
  const start = rows.valueSpans[2 * index] ?? 0;
  const end = rows.valueSpans[2 * index + 1] ?? 0;
  return rows.json[start] === QUOTE ? rows.json.toString('latin1', start + 1, end - 1) : null;
}
