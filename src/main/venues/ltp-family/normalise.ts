import { Dec, decimalString, derivedPrice } from '../../../shared/decimal';
import type { Holding, MarginAccount, PositionDetail, ReadWarning } from '../../../shared/domain/holding';
import type { VenueRead } from '../connector';
import { noNames, type NameLookup } from '../shared/name-cache';
import type { ReadMeta } from '../shared/read-meta';
import type { TradingAnswers } from './client';
import type { AssetRecord, MarginAccountRecord, PositionRecord } from './schemas';

/** design.md's row for rapidx and connex; the label is the portfolio's name where the venue gave one, else its id. */
export function assetRecordToHolding(record: AssetRecord, venue: 'rapidx' | 'connex', meta: ReadMeta, accountLabel = record.portfolioId): Holding {
  return {
    connectionId: meta.connectionId,
    venue,
    accountId: record.portfolioId,
    accountLabel,
    wallet: null,
    exchange: record.exchangeType,
    asset: record.coin,
    kind: 'token',
    quantity: record.balance,
    available: record.available,
    locked: record.frozen,
    borrowed: record.borrow,
    equity: record.equity,
    priceUsd: record.indexPrice,
    valueUsd: record.equityValue,
    exposureUsd: null,
    unrealizedPnl: record.upnl,
    sourceUpdatedAt: record.updateAt,
    fetchedAt: meta.fetchedAt,
  };
}

/** The venue's USDT figures stand for USD, as the asset records' equityValue does. */
export function marginAccountOf(record: MarginAccountRecord, accountLabel: string): MarginAccount {
  return {
    accountId: record.portfolioId,
    accountLabel,
    exchange: record.exchangeType,
    equityUsd: record.equity,
    maintMarginUsd: record.maintainMargin,
    marginBalanceUsd: record.marginValue,
    positionValueUsd: record.positionValue,
    unrealizedPnlUsd: record.upnl,
    uniMMR: record.uniMMR,
    riskRatio: record.riskRatio,
    accountStatus: record.accountStatus ?? null,
  };
}

/** Exchanges whose `positionQty` is in coins; OKX counts contracts, and an exchange added later is not assumed either way. */
const COIN_SIZED = new Set(['BINANCE', 'EDX']);

export function exchangeOf(sym: string): string {
  return sym.slice(0, sym.indexOf('_'));
}

/**
 * The signed size in base coins, or null when it cannot be known. Coin-sized exchanges give it as is;
 * elsewhere `sign(positionQty) × |positionValue| ÷ markPrice` gives it without knowing the contract size
 * (the value is taken unsigned: the docs give no sign for it, and the sign is the quantity's).
 */
export function baseQuantity(exchange: string, positionQty: string, positionValue: string | null, markPrice: string | null): string | null {
  const quantity = new Dec(positionQty);
  if (COIN_SIZED.has(exchange)) return decimalString(quantity);
  if (positionValue === null || markPrice === null || new Dec(markPrice).lte(0)) return null;
  // The one rule for a figure obtained by division (18 significant digits, half-even), here coins rather than a price.
  const coins = derivedPrice(new Dec(positionValue).abs(), markPrice);
  return quantity.isNegative() ? decimalString(new Dec(coins).neg()) : coins;
}

/**
 * What one record is: an open position (its row in the unified holding shape, listed with the positions
 * but never summed into net worth, and its detail); a size-0 row, which ConneX lists for every pair that
 * ever had a leverage set and which is no position; or a contract-sized row whose coins cannot be known.
 */
export type PositionRows = { readonly kind: 'open'; readonly row: Holding; readonly detail: PositionDetail } | { readonly kind: 'size-0' } | { readonly kind: 'unsized' };

/** A price of 0 is no price: a liquidation price the venue leaves at 0 means none, never "liquidated at 0". */
function priceOrNull(price: string | null): string | null {
  return price === null || new Dec(price).isZero() ? null : price;
}

/** One record to what it is. An open position's P&L is inside the asset records' equity, so its value to net worth is 0 (see VenueRead). */
export function positionRecordToRows(record: PositionRecord, venue: 'rapidx' | 'connex', accountLabel: string, meta: ReadMeta): PositionRows {
  if (new Dec(record.positionQty).isZero()) return { kind: 'size-0' };
  const exchange = exchangeOf(record.sym);
  const quantity = baseQuantity(exchange, record.positionQty, record.positionValue, record.markPrice);
  if (quantity === null) return { kind: 'unsized' };
  const short = new Dec(quantity).isNegative();
  const notional = record.positionValue === null ? null : decimalString(new Dec(record.positionValue).abs());
  const row: Holding = {
    connectionId: meta.connectionId,
    venue,
    accountId: record.portfolioId,
    accountLabel,
    wallet: null,
    exchange,
    asset: record.sym,
    kind: 'position',
    quantity,
    available: null,
    locked: null,
    borrowed: null,
    equity: null,
    priceUsd: record.markPrice,
    valueUsd: '0',
    exposureUsd: notional === null ? null : short ? decimalString(new Dec(notional).neg()) : notional,
    unrealizedPnl: record.unrealizedPNL,
    sourceUpdatedAt: record.updateAt,
    fetchedAt: meta.fetchedAt,
  };
  const detail: PositionDetail = {
    accountId: record.portfolioId,
    exchange,
    asset: record.sym,
    side: short ? 'short' : 'long',
    leverage: record.leverage,
    initialMargin: record.positionMargin,
    maintMargin: record.positionMM,
    marginBalance: null,
    entryPrice: record.avgPrice,
    markPrice: record.markPrice,
    fundingFee: record.fundingFee,
    liquidationPrice: priceOrNull(record.liqPrice),
    notionalUsd: notional,
    riskLevel: record.riskLevel ?? null,
  };
  return { kind: 'open', row, detail };
}

/**
 * RapidX and ConneX balances read with their positions: true for both venues, whose asset equity is
 * available + frozen + uPnL (venue-docs/ltp-family-positions-and-account.md). Their positions therefore
 * go to VenueRead.uncountedPositions and add nothing to net worth.
 */
export const LTP_FAMILY_POSITION_PNL_IN_BALANCES = true;

/** What a read without the trading endpoints or names has: nothing more than the assets. */
export const noTrading: TradingAnswers = { positions: [], accounts: [], warnings: [] };

/** The trading answers and names that join the assets of one read. */
export type ReadExtras = Partial<Pick<LtpFamilyParts, 'trading' | 'names'>>;

export interface LtpFamilyParts {
  readonly venue: 'rapidx' | 'connex';
  readonly assets: readonly AssetRecord[];
  /** Portfolios seen, including empty ones. */
  readonly accountCount: number;
  readonly trading?: TradingAnswers;
  readonly names?: NameLookup;
  readonly meta: ReadMeta;
}

/** Assets, positions and margin of one read as one VenueRead; every portfolio labelled by its name where known. */
export function assembleLtpFamilyRead(parts: LtpFamilyParts): VenueRead {
  const { venue, meta } = parts;
  const trading = parts.trading ?? noTrading;
  const names = parts.names ?? noNames;
  const label = (portfolioId: string) => names.names.get(portfolioId) ?? portfolioId;
  const warnings: ReadWarning[] = [...trading.warnings, ...(names.warning ? [names.warning] : [])];
  const uncountedPositions: Holding[] = [];
  const positions: PositionDetail[] = [];
  for (const record of trading.positions) {
    const rows = positionRecordToRows(record, venue, label(record.portfolioId), meta);
    if (rows.kind === 'open') {
      uncountedPositions.push(rows.row);
      positions.push(rows.detail);
    } else if (rows.kind === 'unsized') {
      warnings.push({
        accountId: record.portfolioId,
        accountLabel: label(record.portfolioId),
        message: `Position ${record.sym} is left out: its size is in contracts and the venue sent no mark price or value to turn it into coins.`,
      });
    }
  }
  return {
    holdings: parts.assets.map((record) => assetRecordToHolding(record, venue, meta, label(record.portfolioId))),
    uncountedPositions,
    positions,
    marginAccounts: trading.accounts.map((record) => marginAccountOf(record, label(record.portfolioId))),
    accountTotals: [],
    accountCount: parts.accountCount,
    warnings,
  };
}
