import { z } from 'zod';
import { DecimalString } from './holding';
import { VenueId } from './venue';

const Iso = z.iso.datetime();

export const RiskPosition = z.object({
  instrument: z.string(),
  side: z.enum(['long', 'short', 'flat']),
  quantity: DecimalString,
  markPrice: DecimalString.nullable(),
  /** Null: the venue gives none, or the position cannot be liquidated. */
  liquidationPrice: DecimalString.nullable(),
  distanceToLiquidation: DecimalString.nullable(),
});
export type RiskPosition = z.infer<typeof RiskPosition>;

/** One account on one exchange: the venue's margin figures (unknown as null) and its nearest liquidation. */
export const RiskAccount = z.object({
  connectionId: z.string(),
  venue: VenueId,
  accountId: z.string(),
  accountLabel: z.string(),
  exchange: z.string().nullable(),
  equityUsd: DecimalString.nullable(),
  maintMarginUsd: DecimalString.nullable(),
  /** The venue's ratios, passed through exactly. */
  uniMMR: DecimalString.nullable(),
  riskRatio: DecimalString.nullable(),
  accountStatus: z.string().nullable(),
  /** The smallest distance to liquidation among its positions. */
  nearestLiquidation: DecimalString.nullable(),
  positions: z.array(RiskPosition),
});
export type RiskAccount = z.infer<typeof RiskAccount>;

export const RiskView = z.object({ asOf: Iso, accounts: z.array(RiskAccount) });
export type RiskView = z.infer<typeof RiskView>;
