import { z } from 'zod';
import { DecimalString } from './holding';
import { VenueId } from './venue';

const Iso = z.iso.datetime();

/** The user's own USD price for an asset no venue prices: used after every venue price, never instead of one. */
export const ManualPrice = z.object({ asset: z.string(), priceUsd: DecimalString, setAt: Iso });
export type ManualPrice = z.infer<typeof ManualPrice>;

/** As typed: the domain says what a valid price is (a positive plain decimal), in a sentence when it is not. */
export const ManualPriceInput = z.object({ asset: z.string().trim().min(1).max(32), price: z.string().max(64) }).strict();
export type ManualPriceInput = z.infer<typeof ManualPriceInput>;

/** What setting or removing a manual price did: the price list now, and the connections read again so it takes effect. */
export const ManualPriceChange = z.object({ prices: z.array(ManualPrice), resynced: z.number().int() });
export type ManualPriceChange = z.infer<typeof ManualPriceChange>;

/**
 * Where a price came from: the row's own venue (`venue`), the price book (`book`: another venue's
 * snapshot), the user's manual price (`manual`, `at` = when it was set), or a stablecoin's peg of 1.
 */
export const PriceOrigin = z.object({
  kind: z.enum(['venue', 'book', 'manual', 'peg']),
  venue: VenueId.nullable(),
  connectionId: z.string().nullable(),
  at: Iso.nullable(),
});
export type PriceOrigin = z.infer<typeof PriceOrigin>;

/** A price the price book gave one asset of one connection's snapshot, recorded when the snapshot was valued. */
export const BookPrice = z.object({ connectionId: z.string(), asset: z.string(), priceUsd: DecimalString, origin: PriceOrigin });
export type BookPrice = z.infer<typeof BookPrice>;

/** Where some of an unpriced asset sits. */
export const UnpricedPlace = z.object({ connectionId: z.string(), venue: VenueId, accountLabel: z.string(), quantity: DecimalString, holdings: z.number().int() });
export type UnpricedPlace = z.infer<typeof UnpricedPlace>;

/** An asset left out of net worth: how much, where, and what it would be worth at a price known today (never added). */
export const UnpricedAsset = z.object({
  asset: z.string(),
  quantity: DecimalString,
  holdings: z.number().int(),
  places: z.array(UnpricedPlace),
  /** Today's price book (venue prices, then a manual price): what the next read would value it at; null: no price known. */
  indicative: z.object({ priceUsd: DecimalString, valueUsd: DecimalString, origin: PriceOrigin }).nullable(),
});
export type UnpricedAsset = z.infer<typeof UnpricedAsset>;

/** One end of a price spread: the price and where and when it came from. */
export const PricePoint = z.object({ priceUsd: DecimalString, connectionId: z.string(), venue: VenueId, origin: PriceOrigin });
export type PricePoint = z.infer<typeof PricePoint>;

/** An asset whose rows are valued at prices further apart than the policy allows: shown, never hidden or averaged. */
export const PriceCheck = z.object({
  asset: z.string(),
  /** (max − min) ÷ min, and the limit it exceeds (policy's PRICE_SPREAD_LIMIT), as fractions. */
  spread: DecimalString,
  limit: DecimalString,
  min: PricePoint,
  max: PricePoint,
  rows: z.number().int(),
});
export type PriceCheck = z.infer<typeof PriceCheck>;

/** Whether a book price recorded for a row's asset is the price the row was valued at. */
export function isRecordedPriceOf(row: { readonly priceUsd: string | null }, recorded: { readonly priceUsd: string }): boolean {
  return row.priceUsd !== null && recorded.priceUsd === row.priceUsd;
}

/**
 * A row's price origin given the book price recorded for its connection and asset: that one where it is
 * the row's price, else the row's own venue's price as of the venue's time (else the read's).
 */
export function originOfRow(
  row: { readonly connectionId: string; readonly venue: VenueId; readonly priceUsd: string | null; readonly sourceUpdatedAt: string | null; readonly fetchedAt: string },
  recorded: { readonly priceUsd: string; readonly origin: PriceOrigin } | undefined,
): PriceOrigin | null {
  if (row.priceUsd === null) return null;
  if (recorded && isRecordedPriceOf(row, recorded)) return recorded.origin;
  return { kind: 'venue', venue: row.venue, connectionId: row.connectionId, at: row.sourceUpdatedAt ?? row.fetchedAt };
}
