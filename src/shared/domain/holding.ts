import { z } from 'zod';
import { VenueId } from './venue';

/** Exact decimal as canonical text: no exponent, no thousands separator. Money never passes through a JS number. */
export const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a canonical decimal string');

const Decimal = DecimalString.nullable();
const Timestamp = z.iso.datetime();

/** The unified holding of design.md: field names and order are fixed; unknown values are null, never 0. */
export const Holding = z.object({
  connectionId: z.string(),
  venue: VenueId,
  accountId: z.string(),
  accountLabel: z.string(),
  wallet: z.string().nullable(),
  exchange: z.string().nullable(),
  asset: z.string(),
  kind: z.enum(['token', 'position']),
  quantity: DecimalString,
  available: Decimal,
  locked: Decimal,
  borrowed: Decimal,
  equity: Decimal,
  priceUsd: Decimal,
  valueUsd: Decimal,
  exposureUsd: Decimal,
  unrealizedPnl: Decimal,
  sourceUpdatedAt: Timestamp.nullable(),
  fetchedAt: Timestamp,
});
export type Holding = z.infer<typeof Holding>;

export const holdingFields = Object.keys(Holding.shape) as (keyof Holding)[];

/** What a perp position carries beyond the unified holding; joined to it by (accountId, exchange, asset). */
export const PositionDetail = z.object({
  accountId: z.string(),
  exchange: z.string().nullable(),
  asset: z.string(),
  side: z.enum(['long', 'short', 'flat']),
  leverage: Decimal,
  initialMargin: Decimal,
  maintMargin: Decimal,
  marginBalance: Decimal,
  entryPrice: Decimal,
  markPrice: Decimal,
  fundingFee: Decimal,
  /** The venue's estimate; null where it gives none or the position cannot be liquidated (never 0). */
  liquidationPrice: Decimal,
  /** |base quantity| × mark in the USD-pegged quote: the venue's own figure, else computed (Cadenza). */
  notionalUsd: Decimal,
  /** The venue's own risk level, passed through as it sent it (RapidX/ConneX `riskLevel`). */
  riskLevel: z.string().nullable(),
});
export type PositionDetail = z.infer<typeof PositionDetail>;

/** A total the venue reports itself (LTP totalUsdt, Tread.fi equity), kept to reconcile against our sum. */
export const AccountTotal = z.object({
  accountId: z.string(),
  accountLabel: z.string(),
  wallet: z.string().nullable(),
  reportedUsd: DecimalString,
});
export type AccountTotal = z.infer<typeof AccountTotal>;

/**
 * One account's margin on one exchange as the venue reports it (RapidX/ConneX `/api/v1/trading/account`).
 * Ratios are the venue's text, exactly: `uniMMR` is 999999 when nothing is at risk, `riskRatio` 1 ÷ uniMMR.
 */
export const MarginAccount = z.object({
  accountId: z.string(),
  accountLabel: z.string(),
  exchange: z.string().nullable(),
  equityUsd: Decimal,
  maintMarginUsd: Decimal,
  marginBalanceUsd: Decimal,
  positionValueUsd: Decimal,
  unrealizedPnlUsd: Decimal,
  uniMMR: Decimal,
  riskRatio: Decimal,
  /** NORMAL, MARGIN_CALL, CANCEL_OPEN, CANCEL_ALL, LIQUIDATING, TAKEOVER, or what the venue adds later. */
  accountStatus: z.string().nullable(),
});
export type MarginAccount = z.infer<typeof MarginAccount>;

/** A problem with part of a read (e.g. one Tread.fi account failed) while the rest succeeded. */
export const ReadWarning = z.object({
  accountId: z.string().nullable(),
  accountLabel: z.string().nullable(),
  message: z.string(),
});
export type ReadWarning = z.infer<typeof ReadWarning>;

/** Why a venue read failed at the venue or on the way to it. */
export const VenueErrorKind = z.enum(['auth', 'permission', 'rate_limit', 'network', 'timeout', 'server', 'bad_response']);
export type VenueErrorKind = z.infer<typeof VenueErrorKind>;

/**
 * Why a read failed on this computer, never the venue's fault: `storage` (the database was busy, full,
 * read-only or the disk failed), `keychain` (locked, missing or without this connection's credentials),
 * `internal` (a bug in Holdfast).
 */
export const LocalErrorKind = z.enum(['storage', 'keychain', 'internal']);
export type LocalErrorKind = z.infer<typeof LocalErrorKind>;

/** Every kind a failed read can have, as the sync log, `sync --json` and the app show it. */
export const ReadErrorKind = z.enum([...VenueErrorKind.options, ...LocalErrorKind.options]);
export type ReadErrorKind = z.infer<typeof ReadErrorKind>;
