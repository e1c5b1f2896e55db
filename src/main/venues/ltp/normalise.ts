import type { AccountTotal, Holding } from '../../../shared/domain/holding';
import { Dec, derivedPrice } from '../../../shared/decimal';
import type { VenueRead } from '../connector';
import type { ReadMeta } from '../shared/read-meta';
import type { AccountCurrencyInfo, AccountWallet, AssetInfo } from './schemas';

/** The venue values each asset in USDT but gives no price: value ÷ quantity, when there is a quantity. */
function priceOf(asset: AssetInfo): string | null {
  if (asset.valueUsdt === null || new Dec(asset.totalBalance).isZero()) return null;
  return derivedPrice(asset.valueUsdt, asset.totalBalance);
}

function labelOf(wallet: AccountWallet): string {
  return wallet.accountNote ? wallet.accountNote : wallet.accountId;
}

function toHolding(wallet: AccountWallet, asset: AssetInfo, meta: ReadMeta): Holding {
  return {
    connectionId: meta.connectionId,
    venue: 'ltp',
    accountId: wallet.accountId,
    accountLabel: labelOf(wallet),
    wallet: wallet.accountType,
    exchange: wallet.venues,
    asset: asset.currency,
    kind: 'token',
    quantity: asset.totalBalance,
    available: asset.available,
    locked: asset.frozen,
    borrowed: null,
    equity: null,
    priceUsd: priceOf(asset),
    valueUsd: asset.valueUsdt,
    exposureUsd: null,
    unrealizedPnl: null,
    sourceUpdatedAt: null,
    fetchedAt: meta.fetchedAt,
  };
}

/** Every wallet of every account; the venue's own totalUsdt is kept to reconcile against the sum. */
export function normaliseAccountCurrencyInfo(wallets: AccountCurrencyInfo, meta: ReadMeta): VenueRead {
  const accountTotals: AccountTotal[] = wallets.flatMap((wallet) =>
    wallet.totalUsdt === null ? [] : [{ accountId: wallet.accountId, accountLabel: labelOf(wallet), wallet: wallet.accountType, reportedUsd: wallet.totalUsdt }],
  );
  return {
    holdings: wallets.flatMap((wallet) => wallet.assetInfo.map((asset) => toHolding(wallet, asset, meta))),
    uncountedPositions: [],
    positions: [],
    marginAccounts: [],
    accountTotals,
    accountCount: new Set(wallets.map((wallet) => wallet.accountId)).size,
    warnings: [],
  };
}
