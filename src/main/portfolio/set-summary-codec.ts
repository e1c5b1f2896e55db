import { version } from '../../../package.json';
import type { Reconciliation } from '../../shared/domain/portfolio';
import type { StoredBookPrice } from '../store/set-codec';
import type { SetPrice, SetSummary } from './set-summary';

/**
 * The rules a kept summary was made by: this release's, in this format. The rules are code (set-summary.ts),
 * so a summary kept by another release is made again; change FORMAT when the encoding below changes.
 */
const FORMAT = 3;
export const SET_SUMMARY_RULES = `${version}/${FORMAT}`;

/** An asset's range: [asset, rows, price, source] when its lowest and highest are one row, else both ends. */
type EncodedRange = [string, number, string, string | null] | [string, number, string, string | null, string, string | null];

/** The values per asset and per exchange, as [key, value] pairs. */
type EncodedValues = [[string, string][], [string, string][]];

/** Everything but the values per group and the price ranges, which are most of a summary and which only the allocation and the price checks read. */
interface EncodedSummary {
  readonly t: string;
  readonly u: number;
  readonly n: number;
  readonly r: readonly Omit<Reconciliation, 'connectionId' | 'venue'>[];
  /** The length of the price ranges' line: a row cut short is told by it without parsing that line. */
  readonly l: number;
  /** The length of the values' line, likewise. */
  readonly g: number;
  readonly x: SetSummary['unpriced'];
  readonly b: readonly StoredBookPrice[];
  /** Book offers as [asset, price]. */
  readonly o: readonly [string, string][];
  /** Accounts as [id, label]. */
  readonly a: readonly [string, string][];
  readonly m: readonly StoredBookPrice[];
}

/**
 * The summary as three lines of JSON: the rest, the values per group, then the price ranges. A summary is
 * read at every start, the values only when the allocation is asked for and the price ranges only when
 * the price checks are, so each is parsed only then. JSON never holds a raw line break, so the first two
 * divide the three.
 */
export function encodeSetSummary(summary: SetSummary): string {
  const ranges = [...summary.priceRanges].map(([asset, { min, max, rows }]): EncodedRange =>
    min === max ? [asset, rows, min.price, min.sourceUpdatedAt] : [asset, rows, min.price, min.sourceUpdatedAt, max.price, max.sourceUpdatedAt],
  );
  const rangesText = JSON.stringify(ranges);
  const values: EncodedValues = [[...summary.valueByAsset], [...summary.valueByExchange]];
  const valuesText = JSON.stringify(values);
  const encoded: EncodedSummary = {
    t: summary.totalUsd,
    u: summary.unpricedCount,
    n: summary.holdingCount,
    r: summary.reconciliation,
    l: rangesText.length,
    g: valuesText.length,
    x: summary.unpriced,
    b: summary.bookPrices,
    o: summary.bookOffers.map((o) => [o.asset, o.price]),
    a: summary.accounts.map((a) => [a.accountId, a.accountLabel]),
    m: summary.manualPrices,
  };
  return `${JSON.stringify(encoded)}\n${valuesText}\n${rangesText}`;
}

/** Whether parsed text has every part of this format: a row cut short or written otherwise is made again, never half read. */
function isEncodedSummary(value: unknown): value is EncodedSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.t === 'string' && typeof v.u === 'number' && typeof v.n === 'number' && typeof v.l === 'number' && typeof v.g === 'number' && [v.r, v.x, v.b, v.o, v.a, v.m].every(Array.isArray);
}

function decodeRanges(text: string): SetSummary['priceRanges'] {
  const encoded = JSON.parse(text) as EncodedRange[];
  return new Map(
    encoded.map(([asset, rows, price, source, maxPrice, maxSource]) => {
      const min: SetPrice = { price, sourceUpdatedAt: source };
      const max: SetPrice = maxPrice === undefined ? min : { price: maxPrice, sourceUpdatedAt: maxSource ?? null };
      return [asset, { min, max, rows }];
    }),
  );
}

/** The summary kept in `text`, or null when the text is not one of this format. */
export function decodeSetSummary(text: string): SetSummary | null {
  const split = text.indexOf('\n');
  if (split < 0) return null;
  const rest = text.slice(split + 1);
  let encoded: unknown;
  try {
    encoded = JSON.parse(text.slice(0, split));
  } catch {
    return null;
  }
  if (!isEncodedSummary(encoded) || rest.length !== encoded.g + 1 + encoded.l || rest[encoded.g] !== '\n') return null;
  const valuesText = rest.slice(0, encoded.g);
  const rangesText = rest.slice(encoded.g + 1);
  let ranges: SetSummary['priceRanges'] | undefined;
  let values: EncodedValues | undefined;
  let byAsset: Map<string, string> | undefined;
  let byExchange: Map<string, string> | undefined;
  const parsedValues = () => (values ??= JSON.parse(valuesText) as EncodedValues);
  return {
    totalUsd: encoded.t,
    unpricedCount: encoded.u,
    holdingCount: encoded.n,
    reconciliation: encoded.r,
    get priceRanges() {
      return (ranges ??= decodeRanges(rangesText));
    },
    unpriced: encoded.x,
    bookPrices: encoded.b,
    bookOffers: encoded.o.map(([asset, price]) => ({ asset, price })),
    accounts: encoded.a.map(([accountId, accountLabel]) => ({ accountId, accountLabel })),
    get valueByAsset() {
      return (byAsset ??= new Map(parsedValues()[0]));
    },
    get valueByExchange() {
      return (byExchange ??= new Map(parsedValues()[1]));
    },
    manualPrices: encoded.m,
  };
}
