import { z } from 'zod';
import { decimalText, epochMillisToIso, idText, integerText, optionalDecimalText } from '../shared/answer-schemas';

// Every documented field of the three answers (docs.tread.fi, "Accounts"; venues.md §5.3). Fields the
// normaliser reads follow the documented nullability; fields it does not read are optional, so that a
// deployment leaving one out cannot fail a read it does not affect. z.object drops unknown extra fields.

const assetType = z.enum(['token', 'position']);

/** An asset of GET /api/sor/get_cached_account_balance: decimals as strings, funding_fee a JSON number. */
const CachedAsset = z.object({
  symbol: z.string().min(1),
  amount: decimalText,
  margin_balance: optionalDecimalText,
  unrealized_profit: optionalDecimalText,
  notional: optionalDecimalText,
  wallet_type: z.string(),
  asset_type: assetType,
  funding_fee: optionalDecimalText,
  borrowed: optionalDecimalText,
  initial_margin: optionalDecimalText,
  maint_margin: optionalDecimalText,
  leverage: optionalDecimalText,
  margin_mode: z.string().nullish(),
});

const CachedBalance = z.object({
  exchange_name: z.string(),
  account_name: z.string().min(1),
  user_id: integerText.optional(),
  account_id: idText,
  username: z.string().optional(),
  equity: optionalDecimalText,
  assets: z.array(CachedAsset),
  equities: z.array(z.object({ total_equity: decimalText, market_type: z.string() })).optional(),
  transfers: z.array(z.unknown()).optional(),
  timestamp_millis: epochMillisToIso,
  created_at: z.string().optional(),
  vcefi_enabled: z.boolean().optional(),
});

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * ASSUMPTION: errors[] entries are undocumented ("accounts that failed to fetch"). Read an account
 * name or id where one is given and the first text among error/message/detail; a bare string is the message.
 */
const CachedError = z.union([
  z.string().transform((message) => ({ accountId: null, accountName: null, message: message.trim() || null })),
  z
    .object({
      account_name: z.string().nullish(),
      account_id: z.string().nullish(),
      error: z.unknown().optional(),
      message: z.unknown().optional(),
      detail: z.unknown().optional(),
    })
    .transform((entry) => ({
      accountId: text(entry.account_id) ?? null,
      accountName: text(entry.account_name) ?? null,
      message: text(entry.error) ?? text(entry.message) ?? text(entry.detail) ?? null,
    })),
]);

export const CachedAnswer = z.object({
  balances: z.array(CachedBalance),
  // Documented as always present; an absent list can only mean "no errors".
  errors: z.array(CachedError).default([]),
});
export type CachedAnswer = z.output<typeof CachedAnswer>;
export type CachedBalance = CachedAnswer['balances'][number];
export type CachedError = CachedAnswer['errors'][number];

/** An asset of GET /api/balances/: JSON numbers (kept exact by parseJsonExact), `size` for amount. */
const BalancesAsset = z.object({
  symbol: z.string().min(1),
  size: decimalText,
  notional: optionalDecimalText,
  market_type: z.string(),
  asset_type: assetType,
  unrealized_profit: optionalDecimalText,
  initial_margin: optionalDecimalText,
  maint_margin: optionalDecimalText,
  margin_balance: optionalDecimalText,
  leverage: optionalDecimalText,
  notional_pct_total: optionalDecimalText,
});

/** Keyed by account name. */
export const BalancesAnswer = z.record(z.string(), z.object({ exchange: z.string(), assets: z.array(BalancesAsset) }));
export type BalancesAnswer = z.output<typeof BalancesAnswer>;
export type BalancesAsset = z.output<typeof BalancesAsset>;

const Account = z.object({
  id: idText,
  name: z.string().min(1),
  user: integerText.optional(),
  username: z.string().nullish(),
  exchange: z.string().nullish(),
  margin_mode: z.string().nullish(),
  created_at: z.string().nullish(),
  credential_options: z.unknown().optional(),
  vcefi_enabled: z.boolean().nullish(),
  // Missing means active: only an explicit true excludes an account.
  archived: z.boolean().nullish(),
  wallet_type: z.string().nullish(),
  wallet_provider: z.string().nullish(),
  vault_address: z.string().nullish(),
  egress_ip: z.string().nullish(),
  // api_key, api_secret and password (masked) are left out on purpose: Holdfast keeps no exchange secrets.
});

/** A bare array (documented); Treadmagotchi also copes with `{accounts: [...]}`, so accept both. */
export const AccountsAnswer = z
  .unknown()
  .transform((body) => (typeof body === 'object' && body !== null && !Array.isArray(body) && 'accounts' in body ? body.accounts : body))
  .pipe(z.array(Account));
export type AccountsAnswer = z.output<typeof AccountsAnswer>;
