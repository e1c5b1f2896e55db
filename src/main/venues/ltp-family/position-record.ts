import { z } from 'zod';
import { Dec, decimalString, derivedPrice } from '../../../shared/decimal';
import type { Holding, PositionDetail } from '../../../shared/domain/holding';
import { decimalText, epochMillisToIso, idText, optionalDecimalText } from '../shared/answer-schemas';
import type { ReadMeta } from '../shared/read-meta';

/**
 * One row of `GET /api/v1/trading/position` (venue-docs/ltp-family-positions-and-account.md). Every
 * field is a string on the wire; `liqPrice` is null when the position cannot be liquidated. Fields
 * Holdfast does not map are declared loosely so that a change there cannot fail a read.
 */
export const PositionRecord = z.looseObject({
  positionId: z.string().nullish(),
  portfolioId: idText,
  sym: z.string().regex(/^[A-Z0-9]+_[A-Z0-9]+_/, 'expected a symbol like BINANCE_PERP_BTC_USDT'),
  positionSide: z.string().nullish(),
  positionQty: decimalText,
  positionValue: optionalDecimalText,
  avgPrice: optionalDecimalText,
  markPrice: optionalDecimalText,
  liqPrice: optionalDecimalText,
  unrealizedPNL: optionalDecimalText,
  unrealizedPNLRate: optionalDecimalText,
  leverage: optionalDecimalText,
  maxLeverage: optionalDecimalText,
  positionMargin: optionalDecimalText,
  positionMM: optionalDecimalText,
  riskLevel: z.string().nullish(),
  fee: optionalDecimalText,
  fundingFee: optionalDecimalText,
  createAt: epochMillisToIso,
  updateAt: epochMillisToIso,
  tpslOrder: z.unknown().optional(),
});
export type PositionRecord = z.infer<typeof PositionRecord>;

export const PositionList = z.array(PositionRecord);

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
