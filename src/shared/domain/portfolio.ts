import { z } from 'zod';
import { DecimalString, Holding, PositionDetail, ReadErrorKind } from './holding';
import { BookPrice, UnpricedAsset } from './prices';
import { VenueId } from './venue';
import { groupBys, historyRanges } from './choices';

const Iso = z.iso.datetime();

export const ConnectionStatus = z.enum(['ok', 'stale', 'error', 'never', 'paused', 'syncing', 'disabled']);
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;

export const ReadError = z.object({ kind: ReadErrorKind, message: z.string() });
export type ReadError = z.infer<typeof ReadError>;

export const ConnectionHealth = z.object({
  connectionId: z.string(),
  venue: VenueId,
  label: z.string(),
  status: ConnectionStatus,
  /** When the data shown was first read, and when a read last confirmed it unchanged. */
  lastSnapshotAt: Iso.nullable(),
  confirmedAt: Iso.nullable(),
  ageSec: z.number().int().nullable(),
  totalUsd: DecimalString.nullable(),
  holdingCount: z.number().int(),
  lastError: ReadError.extend({ at: Iso }).nullable(),
});
export type ConnectionHealth = z.infer<typeof ConnectionHealth>;

/** The venue's own total for an account beside the sum of the rows we show for it. */
export const Reconciliation = z.object({
  connectionId: z.string(),
  venue: VenueId,
  accountId: z.string(),
  accountLabel: z.string(),
  wallet: z.string().nullable(),
  reportedUsd: DecimalString,
  computedUsd: DecimalString,
  differenceUsd: DecimalString,
});
export type Reconciliation = z.infer<typeof Reconciliation>;

export const ChangeWindow = z.enum(['1d', '1w', '1m']);
export type ChangeWindow = z.infer<typeof ChangeWindow>;

/** Net worth now against net worth at `since`, by the history's rule for a value at an instant. */
export const NetWorthChange = z.object({
  window: ChangeWindow,
  since: Iso,
  /** Net worth at `since`; null when no connection had a known value then: there is no baseline, and no change. */
  baselineUsd: DecimalString.nullable(),
  changeUsd: DecimalString.nullable(),
  /** Enabled connections with no known value at `since`: the baseline is partial. */
  missing: z.number().int(),
});
export type NetWorthChange = z.infer<typeof NetWorthChange>;

export const PortfolioSummary = z.object({
  asOf: Iso,
  netWorthUsd: DecimalString,
  unpricedCount: z.number().int(),
  /** Every enabled connection's last read failed. */
  offline: z.boolean(),
  connections: z.array(ConnectionHealth),
  reconciliation: z.array(Reconciliation),
  changes: z.array(NetWorthChange),
  /** What net worth leaves out, per asset: quantity, where it sits, and a value at a price known today. */
  unpriced: z.array(UnpricedAsset),
});
export type PortfolioSummary = z.infer<typeof PortfolioSummary>;

export const GroupBy = z.enum(groupBys);
export type GroupBy = z.infer<typeof GroupBy>;

export const HoldingsQuery = z
  .object({
    at: Iso.optional(),
    groupBy: GroupBy.optional(),
    filter: z
      .object({
        text: z.string().optional(),
        venue: VenueId.optional(),
        connectionId: z.string().optional(),
        kind: z.enum(['token', 'position']).optional(),
      })
      .optional(),
  })
  .strict();
export type HoldingsQuery = z.infer<typeof HoldingsQuery>;

export const HoldingGroup = z.object({
  key: z.string(),
  valueUsd: DecimalString,
  unpricedCount: z.number().int(),
  holdings: z.array(Holding),
});
export type HoldingGroup = z.infer<typeof HoldingGroup>;

export const HoldingsView = z.object({
  asOf: Iso,
  /** True when `at` asked for a past time: the UI labels it as such. */
  past: z.boolean(),
  totalUsd: DecimalString,
  unpricedCount: z.number().int(),
  holdings: z.array(Holding),
  groups: z.array(HoldingGroup).nullable(),
  /** The rows' unpriced part, per asset (as PortfolioSummary.unpriced, at this instant). */
  unpriced: z.array(UnpricedAsset),
  /** Where the price book's prices came from, per connection and asset; any other row's price is its own venue's. */
  bookPrices: z.array(BookPrice),
});
export type HoldingsView = z.infer<typeof HoldingsView>;

/** One group of an allocation: an asset, a venue or an exchange, and the value of its priced holdings. */
export const AllocationSlice = z.object({ key: z.string(), valueUsd: DecimalString });
export type AllocationSlice = z.infer<typeof AllocationSlice>;

/** The largest groups by value, then "Other": the rest, largest first, summed. */
export const Allocation = z.object({
  slices: z.array(AllocationSlice),
  /** Null when nothing is left over: a single leftover is one of the slices. */
  other: z.object({ valueUsd: DecimalString, slices: z.array(AllocationSlice) }).nullable(),
});
export type Allocation = z.infer<typeof Allocation>;

/** An asset the net worth values at the user's manual price, the price, and when it was set (when known). */
export const ManuallyValued = z.object({ asset: z.string(), priceUsd: DecimalString, setAt: Iso.nullable() });
export type ManuallyValued = z.infer<typeof ManuallyValued>;

/** How the net worth now is spread, from the newest data of every enabled connection. */
export const AllocationView = z.object({
  asOf: Iso,
  /** Σ value of every priced holding: the total the shares are of. */
  totalUsd: DecimalString,
  byAsset: Allocation,
  byVenue: Allocation,
  byExchange: Allocation,
  manualPrices: z.array(ManuallyValued),
});
export type AllocationView = z.infer<typeof AllocationView>;

export const Position = Holding.extend(PositionDetail.omit({ accountId: true, exchange: true, asset: true }).shape).extend({
  /** The coin the instrument is on (BTC for BINANCE_PERP_BTC_USDT). */
  underlying: z.string(),
  /** |mark − liquidation| ÷ mark, 6 places; null where either is unknown. */
  distanceToLiquidation: DecimalString.nullable(),
});
export type Position = z.infer<typeof Position>;

export const PositionsView = z.object({ asOf: Iso, positions: z.array(Position) });
export type PositionsView = z.infer<typeof PositionsView>;

export const HistoryRange = z.enum(historyRanges);
export type HistoryRange = z.infer<typeof HistoryRange>;

export const HistoryQuery = z
  .object({
    range: HistoryRange.default('1m'),
    maxPoints: z.number().int().min(2).max(2000).default(500),
    /** One asset's value series instead of net worth. */
    asset: z.string().optional(),
  })
  .strict();
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const HistoryPoint = z.object({
  t: Iso,
  /** Null where no connection had data: a gap, never interpolated. */
  valueUsd: DecimalString.nullable(),
  /** Connections with no known value at this time. */
  missing: z.number().int(),
});
export type HistoryPoint = z.infer<typeof HistoryPoint>;

export const HistoryView = z.object({
  range: HistoryRange,
  asset: z.string().nullable(),
  from: Iso,
  to: Iso,
  stepMs: z.number().int(),
  points: z.array(HistoryPoint),
});
export type HistoryView = z.infer<typeof HistoryView>;
