import { z } from 'zod';
import { DecimalString } from './holding';
import { VenueId } from './venue';

const Iso = z.iso.datetime();

/** One place a coin is held: a spot balance or a perp position, signed (short is negative). */
export const ExposureLeg = z.object({
  connectionId: z.string(),
  venue: VenueId,
  accountId: z.string(),
  /** The account's name as shown everywhere (the user's alias, else the venue's name, else the id). */
  accountLabel: z.string(),
  exchange: z.string().nullable(),
  instrument: z.string(),
  kind: z.enum(['spot', 'perp']),
  quantity: DecimalString,
});
export type ExposureLeg = z.infer<typeof ExposureLeg>;

export const UnderlyingExposure = z.object({
  underlying: z.string(),
  spotQuantity: DecimalString,
  perpQuantity: DecimalString,
  netQuantity: DecimalString,
  /** The price book's price; null where no venue prices the coin (then every USD figure is null). */
  priceUsd: DecimalString.nullable(),
  netUsd: DecimalString.nullable(),
  grossUsd: DecimalString.nullable(),
  legs: z.array(ExposureLeg),
});
export type UnderlyingExposure = z.infer<typeof UnderlyingExposure>;

/** Stablecoins are cash, listed apart rather than as an exposure. */
export const CashLine = z.object({ asset: z.string(), quantity: DecimalString, valueUsd: DecimalString.nullable() });
export type CashLine = z.infer<typeof CashLine>;

export const ExposureView = z.object({ asOf: Iso, underlyings: z.array(UnderlyingExposure), cash: z.array(CashLine) });
export type ExposureView = z.infer<typeof ExposureView>;

export const AssetChange = z.object({
  asset: z.string(),
  quantityFrom: DecimalString,
  quantityTo: DecimalString,
  valueFromUsd: DecimalString.nullable(),
  valueToUsd: DecimalString.nullable(),
  changeUsd: DecimalString,
  /** What the change would have been had quantities stayed as they were at `from`. */
  priceEffectUsd: DecimalString,
  /** The rest of the change: bought, sold, deposited, withdrawn. */
  quantityEffectUsd: DecimalString,
});
export type AssetChange = z.infer<typeof AssetChange>;

export const ChangesView = z.object({
  from: Iso,
  to: Iso,
  netWorthFromUsd: DecimalString,
  netWorthToUsd: DecimalString,
  changeUsd: DecimalString,
  priceEffectUsd: DecimalString,
  quantityEffectUsd: DecimalString,
  assets: z.array(AssetChange),
});
export type ChangesView = z.infer<typeof ChangesView>;

export const ChangesQuery = z.object({ from: Iso.optional(), to: Iso.optional() }).strict();
export type ChangesQuery = z.infer<typeof ChangesQuery>;
