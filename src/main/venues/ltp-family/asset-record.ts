import { z } from 'zod';
import type { Holding } from '../../../shared/domain/holding';
import { decimalText, epochMillisToIso, idText, optionalDecimalText } from '../shared/answer-schemas';
import type { ReadMeta } from '../shared/read-meta';

/**
 * One asset of one portfolio on one exchange: the record of RapidX `/api/v1/user/asset` and ConneX
 * `/api/v1/trading/portfolio/assets` alike. The docs never show a null, but they do not promise none
 * either: a value that is missing or null is unknown (null), a value of the wrong type is a changed API.
 * Fields the venue adds later pass through untouched.
 */
export const AssetRecord = z.looseObject({
  portfolioId: idText,
  coin: z.string().min(1),
  exchangeType: z.string().min(1),
  balance: decimalText,
  available: optionalDecimalText,
  frozen: optionalDecimalText,
  debt: optionalDecimalText,
  equity: optionalDecimalText,
  createAt: epochMillisToIso,
  updateAt: epochMillisToIso,
  borrow: optionalDecimalText,
  overdraw: optionalDecimalText,
  indexPrice: optionalDecimalText,
  marginValue: optionalDecimalText,
  virtualBorrow: optionalDecimalText,
  upnl: optionalDecimalText,
  debtMargin: optionalDecimalText,
  perpMargin: optionalDecimalText,
  maxTransferable: optionalDecimalText,
  equityValue: optionalDecimalText,
});
export type AssetRecord = z.infer<typeof AssetRecord>;

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
