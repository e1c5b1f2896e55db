import { z } from 'zod';
import {
  decimalRule,
  decimalText,
  epochMillisRule,
  epochMillisToIso,
  exactDecimalText,
  idRule,
  idText,
  optionalDecimalRule,
  optionalDecimalText,
  textRule,
  venueRecord,
} from '../shared/answer-schemas';

// The records RapidX and ConneX answer alike (venues.md §2.2, venue-docs/ltp-family-positions-and-account.md).

/**
 * One asset of one portfolio on one exchange: the record of RapidX `/api/v1/user/asset` and ConneX
 * `/api/v1/trading/portfolio/assets` alike. The docs never show a null, but they do not promise none
 * either: a value that is missing or null is unknown (null), a value of the wrong type is a changed API.
 * Fields the venue adds later pass through untouched. One venueRecord: an answer has one per holding.
 */
export const AssetRecord = venueRecord((r, field) => ({
  ...r,
  portfolioId: field('portfolioId', idRule, r.portfolioId),
  coin: field('coin', textRule, r.coin),
  exchangeType: field('exchangeType', textRule, r.exchangeType),
  balance: field('balance', decimalRule, r.balance),
  available: field('available', optionalDecimalRule, r.available),
  frozen: field('frozen', optionalDecimalRule, r.frozen),
  debt: field('debt', optionalDecimalRule, r.debt),
  equity: field('equity', optionalDecimalRule, r.equity),
  createAt: field('createAt', epochMillisRule, r.createAt),
  updateAt: field('updateAt', epochMillisRule, r.updateAt),
  borrow: field('borrow', optionalDecimalRule, r.borrow),
  overdraw: field('overdraw', optionalDecimalRule, r.overdraw),
  indexPrice: field('indexPrice', optionalDecimalRule, r.indexPrice),
  marginValue: field('marginValue', optionalDecimalRule, r.marginValue),
  virtualBorrow: field('virtualBorrow', optionalDecimalRule, r.virtualBorrow),
  upnl: field('upnl', optionalDecimalRule, r.upnl),
  debtMargin: field('debtMargin', optionalDecimalRule, r.debtMargin),
  perpMargin: field('perpMargin', optionalDecimalRule, r.perpMargin),
  maxTransferable: field('maxTransferable', optionalDecimalRule, r.maxTransferable),
  equityValue: field('equityValue', optionalDecimalRule, r.equityValue),
}));
export type AssetRecord = z.infer<typeof AssetRecord>;

/** One row of `GET /api/v1/trading/account`: a portfolio's margin on one exchange, every field a string. */
export const MarginAccountRecord = z.looseObject({
  portfolioId: idText,
  exchangeType: z.string().min(1),
  equity: optionalDecimalText,
  marginValue: optionalDecimalText,
  validMargin: optionalDecimalText,
  availableMargin: optionalDecimalText,
  frozenMargin: optionalDecimalText,
  maintainMargin: optionalDecimalText,
  perpMargin: optionalDecimalText,
  debtMargin: optionalDecimalText,
  openLossMargin: optionalDecimalText,
  positionValue: optionalDecimalText,
  upnl: optionalDecimalText,
  // Ratios are shown as the venue wrote them (issue 16 §4): never rounded or reformatted.
  uniMMR: exactDecimalText,
  riskRatio: exactDecimalText,
  accountStatus: z.string().nullish(),
  positionMode: z.string().nullish(),
});
export type MarginAccountRecord = z.infer<typeof MarginAccountRecord>;

export const MarginAccountList = z.array(MarginAccountRecord);

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
