import { z } from 'zod';
import type { MarginAccount } from '../../../shared/domain/holding';
import { exactDecimalText, idText, optionalDecimalText } from '../shared/answer-schemas';

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
