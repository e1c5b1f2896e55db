import type { Options } from 'csv-stringify';
import { isDecimalText } from '../../shared/decimal';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). The full-width
 * forms are there because Apple Numbers folds them to their ASCII twins before it decides.
 */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell that a spreadsheet would run as a formula gets a leading `'`; a number (e.g. "-12.5") never does. */
export function guardFormula(text: string): string {
  return formulaStart.test(text) && !isDecimalText(text) ? `'${text}` : text;
}

/**
 * One CSV column. `text` cells (labels, ids, times: anything a user or a venue wrote) pass the formula
 * guard; `number` cells are exact decimal strings or counts, written as they are so they stay numeric.
 */
export interface Column<R> {
  readonly name: string;
  readonly kind: 'text' | 'number';
  readonly value: (record: R) => string | number | null;
}

export function textColumn<R>(name: string, value: (record: R) => string | null): Column<R> {
  return { name, kind: 'text', value };
}

export function numberColumn<R>(name: string, value: (record: R) => string | number | null): Column<R> {
  return { name, kind: 'number', value };
}

/** The cells of one record: unknown (null) is an empty cell, never 0. */
export function formatRecord<R>(columns: readonly Column<R>[], record: R): string[] {
  return columns.map((column) => {
    const value = column.value(record);
    if (value === null) return '';
    const text = String(value);
    return column.kind === 'text' ? guardFormula(text) : text;
  });
}

/** Header names can come from user text too (history's connection labels). */
export function formatHeader(names: readonly string[]): string[] {
  return names.map(guardFormula);
}

/**
 * RFC 4180: `,` separator, CRLF record ends, a field quoted only when it holds a quote, comma, CR or
 * LF, quotes doubled. No comment lines; the BOM is for Excel, which otherwise reads UTF-8 as ANSI.
 */
export function csvOptions(bom: boolean): Options {
  return { bom, delimiter: ',', quote: '"', escape: '"', record_delimiter: '\r\n', eof: true };
}
