import { toFlatRows, type SimPortfolio } from '../../../../src/main/venues/cadenza/simulator/data';
import type { HttpAnswer } from '../../../../src/main/venues/shared/http';
import { parseJsonExact } from '../../../../src/main/venues/shared/lossless-json';

/** The text Cadenza would send for one page of these items. */
export function pageText(data: unknown[], total = data.length): string {
  return JSON.stringify({ data, success: true, errno: 0, error: null, pagination: { offset: 0, limit: 100, total } });
}

/** Portfolios as sent; tests may leave documented fields out. */
export function nestedText(book: readonly object[]): string {
  return pageText([...book]);
}

export function flatText(book: readonly SimPortfolio[]): string {
  return pageText(toFlatRows(book));
}

/** An HttpAnswer as shared/http.ts builds it: numbers kept as text, undefined body when not JSON. */
export function answer(status: number, text: string, headers: Record<string, string> = {}): HttpAnswer {
  let body: unknown;
  try {
    body = text.trim() === '' ? undefined : parseJsonExact(text);
  } catch {
    body = undefined;
  }
  return { status, headers: new Headers(headers), text, body };
}
