import type { AccountTotal, Holding, PositionDetail } from '../../shared/domain/holding';
import type { VenueId } from '../../shared/domain/venue';

/** A holding as stored: what belongs to the read, without the connection and fetch time a snapshot supplies. */
export interface HoldingRow {
  account_id: string;
  account_label: string;
  wallet: string | null;
  exchange: string | null;
  asset: string;
  kind: 'token' | 'position';
  quantity: string;
  available: string | null;
  locked: string | null;
  borrowed: string | null;
  equity: string | null;
  price_usd: string | null;
  value_usd: string | null;
  exposure_usd: string | null;
  unrealized_pnl: string | null;
  source_updated_at: string | null;
}

export function toHoldingRow(h: Holding): HoldingRow {
  return {
    account_id: h.accountId,
    account_label: h.accountLabel,
    wallet: h.wallet,
    exchange: h.exchange,
    asset: h.asset,
    kind: h.kind,
    quantity: h.quantity,
    available: h.available,
    locked: h.locked,
    borrowed: h.borrowed,
    equity: h.equity,
    price_usd: h.priceUsd,
    value_usd: h.valueUsd,
    exposure_usd: h.exposureUsd,
    unrealized_pnl: h.unrealizedPnl,
    source_updated_at: h.sourceUpdatedAt,
  };
}

export function fromHoldingRow(row: HoldingRow, connectionId: string, venue: VenueId, fetchedAt: string): Holding {
  return {
    connectionId,
    venue,
    accountId: row.account_id,
    accountLabel: row.account_label,
    wallet: row.wallet,
    exchange: row.exchange,
    asset: row.asset,
    kind: row.kind,
    quantity: row.quantity,
    available: row.available,
    locked: row.locked,
    borrowed: row.borrowed,
    equity: row.equity,
    priceUsd: row.price_usd,
    valueUsd: row.value_usd,
    exposureUsd: row.exposure_usd,
    unrealizedPnl: row.unrealized_pnl,
    sourceUpdatedAt: row.source_updated_at,
    fetchedAt,
  };
}

export interface PositionRow {
  account_id: string;
  exchange: string | null;
  asset: string;
  side: PositionDetail['side'];
  leverage: string | null;
  initial_margin: string | null;
  maint_margin: string | null;
  margin_balance: string | null;
  entry_price: string | null;
  mark_price: string | null;
  funding_fee: string | null;
}

export function toPositionRow(p: PositionDetail): PositionRow {
  return {
    account_id: p.accountId,
    exchange: p.exchange,
    asset: p.asset,
    side: p.side,
    leverage: p.leverage,
    initial_margin: p.initialMargin,
    maint_margin: p.maintMargin,
    margin_balance: p.marginBalance,
    entry_price: p.entryPrice,
    mark_price: p.markPrice,
    funding_fee: p.fundingFee,
  };
}

export function fromPositionRow(r: PositionRow): PositionDetail {
  return {
    accountId: r.account_id,
    exchange: r.exchange,
    asset: r.asset,
    side: r.side,
    leverage: r.leverage,
    initialMargin: r.initial_margin,
    maintMargin: r.maint_margin,
    marginBalance: r.margin_balance,
    entryPrice: r.entry_price,
    markPrice: r.mark_price,
    fundingFee: r.funding_fee,
  };
}

export interface AccountTotalRow {
  account_id: string;
  account_label: string;
  wallet: string | null;
  reported_usd: string;
}

export function toAccountTotalRow(t: AccountTotal): AccountTotalRow {
  return { account_id: t.accountId, account_label: t.accountLabel, wallet: t.wallet, reported_usd: t.reportedUsd };
}

export function fromAccountTotalRow(r: AccountTotalRow): AccountTotal {
  return { accountId: r.account_id, accountLabel: r.account_label, wallet: r.wallet, reportedUsd: r.reported_usd };
}
