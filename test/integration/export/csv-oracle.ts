import { parse } from 'csv-parse/sync';

/** Any RFC 4180 parser must read the file as it is: no options beyond skipping Excel's BOM. */
export function parseCsv(text: string | Buffer): string[][] {
  return parse(text, { bom: true }) as string[][];
}

/**
 * The formula guard of design.md, written out again here so the tests do not grade the code by itself:
 * text starting with = + - @ tab or CR that is not a number gets a leading apostrophe.
 */
export function guarded(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

/** A value as its CSV cell: null is empty, text is guarded, decimals and counts are written as they are. */
export function cell(value: string | number | null | undefined, kind: 'text' | 'number'): string {
  if (value === null || value === undefined) return '';
  return kind === 'text' ? guarded(String(value)) : String(value);
}
