import { z } from 'zod';
import { decimalText, idText, optionalDecimalText } from '../shared/answer-schemas';

/** One currency of one account wallet. */
export const AssetInfo = z.looseObject({
  currency: z.string().min(1),
  totalBalance: decimalText,
  available: optionalDecimalText,
  // Absent in one older doc version.
  withdrawAvailable: optionalDecimalText,
  frozen: optionalDecimalText,
  valueUsdt: optionalDecimalText,
  network: z.string().nullish(),
});
export type AssetInfo = z.infer<typeof AssetInfo>;

/** One (accountId, accountType) pair; the same account repeats once per exchange sub-wallet. */
export const AccountWallet = z.looseObject({
  // A Long, often above 2^53: the exact digits, as the lossless parse kept them.
  accountId: idText.regex(/^\d+$/, 'expected an integer account id'),
  accountNote: z.string().nullish(),
  venues: z.string().min(1),
  accountType: z.string().min(1),
  totalUsdt: optionalDecimalText,
  assetInfo: z.array(AssetInfo),
});
export type AccountWallet = z.infer<typeof AccountWallet>;

/** `data` of GET /api/v1/asset/getAccountCurrencyInfo. */
export const AccountCurrencyInfo = z.array(AccountWallet);
export type AccountCurrencyInfo = z.infer<typeof AccountCurrencyInfo>;
