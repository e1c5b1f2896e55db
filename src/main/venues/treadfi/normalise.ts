import { Dec, decimalString, derivedPrice } from '../../../shared/decimal';
import type { AccountTotal, Holding, PositionDetail, ReadWarning } from '../../../shared/domain/holding';
import type { VenueRead } from '../connector';
import type { ReadMeta } from '../shared/read-meta';
import type { AccountsAnswer, BalancesAnswer, BalancesAsset, CachedAnswer, CachedBalance, CachedError } from './schemas';

/** One asset as both balance endpoints reduce to it. */
interface AssetRow {
  readonly symbol: string;
  readonly wallet: string | null;
  readonly assetType: 'token' | 'position';
  readonly amount: string;
  readonly notional: string | null;
  readonly unrealizedProfit: string | null;
  readonly borrowed: string | null;
  readonly initialMargin: string | null;
  readonly maintMargin: string | null;
  readonly marginBalance: string | null;
  readonly leverage: string | null;
  readonly fundingFee: string | null;
}

interface AccountRows {
  readonly accountId: string;
  readonly accountLabel: string;
  readonly exchange: string | null;
  readonly equity: string | null;
  readonly sourceUpdatedAt: string | null;
  readonly assets: readonly AssetRow[];
}

/** What /api/accounts/ (with archived ones) tells: which accounts are live, their ids by name. */
interface Directory {
  readonly activeIds: ReadonlySet<string>;
  readonly archivedIds: ReadonlySet<string>;
  readonly archivedNames: ReadonlySet<string>;
  readonly idByName: ReadonlyMap<string, string>;
}

function directoryOf(accounts: AccountsAnswer): Directory {
  const archived = accounts.filter((account) => account.archived === true);
  const active = accounts.filter((account) => account.archived !== true);
  return {
    activeIds: new Set(active.map((account) => account.id)),
    archivedIds: new Set(archived.map((account) => account.id)),
    archivedNames: new Set(archived.map((account) => account.name)),
    idByName: new Map(active.map((account) => [account.name, account.id])),
  };
}

/** Reads GET /api/sor/get_cached_account_balance: accounts that failed to fetch become warnings. */
export function normaliseCached(answer: CachedAnswer, accounts: AccountsAnswer, meta: ReadMeta): VenueRead {
  const directory = directoryOf(accounts);
  const live = answer.balances.filter((balance) => !directory.archivedIds.has(balance.account_id));
  const failed = answer.errors.flatMap((error) => {
    const accountId = error.accountId ?? (error.accountName === null ? null : (directory.idByName.get(error.accountName) ?? null));
    const archived = (accountId !== null && directory.archivedIds.has(accountId)) || (error.accountName !== null && directory.archivedNames.has(error.accountName));
    return archived ? [] : [{ error, accountId }];
  });
  const seen = new Set([...directory.activeIds, ...live.map((balance) => balance.account_id), ...failed.flatMap(({ accountId }) => (accountId === null ? [] : [accountId]))]);
  return assemble(live.map(cachedRows), failed.map(({ error, accountId }) => failureWarning(error, accountId)), seen.size, meta);
}

/**
 * Reads GET /api/balances/, used when the cached endpoint is unavailable. It has no account ids (taken
 * from /api/accounts/ by name), no times, no borrowing and no equity; market_type stands in for the wallet.
 */
export function normaliseFallback(answer: BalancesAnswer, accounts: AccountsAnswer, meta: ReadMeta, reason: string): VenueRead {
  const directory = directoryOf(accounts);
  const warnings: ReadWarning[] = [
    {
      accountId: null,
      accountLabel: null,
      message: `Tread.fi’s cached balances were unavailable (${reason}), so Holdfast read /api/balances/ instead: this read has no update times, borrowing, funding fees or account equity.`,
    },
  ];
  const rows: AccountRows[] = [];
  for (const [name, account] of Object.entries(answer)) {
    if (directory.archivedNames.has(name)) continue;
    let accountId = directory.idByName.get(name);
    if (accountId === undefined) {
      accountId = name;
      warnings.push({ accountId, accountLabel: name, message: `Tread.fi’s account list has no account “${name}”, so its name stands in for its id.` });
    }
    rows.push({ accountId, accountLabel: name, exchange: exchangeName(account.exchange), equity: null, sourceUpdatedAt: null, assets: account.assets.map(fallbackAsset) });
  }
  const seen = new Set([...directory.activeIds, ...rows.map((row) => row.accountId)]);
  return assemble(rows, warnings, seen.size, meta);
}

function cachedRows(balance: CachedBalance): AccountRows {
  return {
    accountId: balance.account_id,
    accountLabel: balance.account_name,
    exchange: exchangeName(balance.exchange_name),
    equity: balance.equity,
    sourceUpdatedAt: balance.timestamp_millis,
    assets: balance.assets.map((asset) => ({
      symbol: asset.symbol,
      wallet: orNull(asset.wallet_type),
      assetType: asset.asset_type,
      amount: asset.amount,
      notional: asset.notional,
      unrealizedProfit: asset.unrealized_profit,
      borrowed: asset.borrowed,
      initialMargin: asset.initial_margin,
      maintMargin: asset.maint_margin,
      marginBalance: asset.margin_balance,
      leverage: asset.leverage,
      fundingFee: asset.funding_fee,
    })),
  };
}

function fallbackAsset(asset: BalancesAsset): AssetRow {
  return {
    symbol: asset.symbol,
    wallet: orNull(asset.market_type),
    assetType: asset.asset_type,
    amount: asset.size,
    notional: asset.notional,
    unrealizedProfit: asset.unrealized_profit,
    borrowed: null,
    initialMargin: asset.initial_margin,
    maintMargin: asset.maint_margin,
    marginBalance: asset.margin_balance,
    leverage: asset.leverage,
    fundingFee: null,
  };
}

function failureWarning(error: CachedError, accountId: string | null): ReadWarning {
  // The venue's own words, shortened: a long stack trace helps nobody in a sync log.
  const reason = error.message === null ? 'no reason given' : error.message.replace(/\s+/g, ' ').slice(0, 300);
  const which = error.accountName === null ? 'one account' : `account “${error.accountName}”`;
  return { accountId, accountLabel: error.accountName, message: `Tread.fi could not fetch ${which} (${reason}); its holdings are missing from this read.` };
}

function assemble(rows: readonly AccountRows[], warnings: ReadWarning[], accountCount: number, meta: ReadMeta): VenueRead {
  const holdings: Holding[] = [];
  const positions: PositionDetail[] = [];
  const accountTotals: AccountTotal[] = [];
  for (const row of rows) {
    // equity spans every market type of the account, so it belongs to no one wallet.
    if (row.equity !== null) accountTotals.push({ accountId: row.accountId, accountLabel: row.accountLabel, wallet: null, reportedUsd: row.equity });
    for (const asset of row.assets) {
      holdings.push(holdingOf(row, asset, meta));
      if (asset.assetType === 'position') positions.push(positionOf(row, asset));
    }
  }
  return { holdings, uncountedPositions: [], positions, marginAccounts: [], accountTotals, accountCount, warnings };
}

function holdingOf(row: AccountRows, asset: AssetRow, meta: ReadMeta): Holding {
  const position = asset.assetType === 'position';
  return {
    connectionId: meta.connectionId,
    venue: 'treadfi',
    accountId: row.accountId,
    accountLabel: row.accountLabel,
    wallet: asset.wallet,
    exchange: row.exchange,
    asset: asset.symbol,
    kind: asset.assetType,
    quantity: asset.amount,
    available: null,
    locked: null,
    borrowed: asset.borrowed,
    equity: null,
    priceUsd: unitPrice(asset.notional, asset.amount),
    // A position's value to the account is its unrealized profit; its notional is exposure, not wealth.
    valueUsd: position ? asset.unrealizedProfit : asset.notional,
    exposureUsd: position ? asset.notional : null,
    unrealizedPnl: position ? asset.unrealizedProfit : null,
    sourceUpdatedAt: row.sourceUpdatedAt,
    fetchedAt: meta.fetchedAt,
  };
}

function positionOf(row: AccountRows, asset: AssetRow): PositionDetail {
  const amount = new Dec(asset.amount);
  return {
    accountId: row.accountId,
    exchange: row.exchange,
    asset: asset.symbol,
    side: amount.isZero() ? 'flat' : amount.isNegative() ? 'short' : 'long',
    leverage: asset.leverage,
    initialMargin: asset.initialMargin,
    maintMargin: asset.maintMargin,
    marginBalance: asset.marginBalance,
    entryPrice: null,
    // The venue gives no mark, only the notional it valued the position at: the same price as the holding's.
    markPrice: unitPrice(asset.notional, asset.amount),
    fundingFee: asset.fundingFee,
    liquidationPrice: null,
    notionalUsd: asset.notional === null ? null : decimalString(new Dec(asset.notional).abs()),
    riskLevel: null,
  };
}

/** |notional| ÷ |amount|: shorts carry a negative amount (and maybe notional), a price is positive. */
function unitPrice(notional: string | null, amount: string): string | null {
  const quantity = new Dec(amount);
  if (notional === null || quantity.isZero()) return null;
  return derivedPrice(new Dec(notional).abs(), quantity.abs());
}

function orNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** Tread.fi writes "Binance" where the other venues write "BINANCE": one spelling, so an exchange groups as one. */
function exchangeName(name: string): string | null {
  const value = orNull(name);
  return value === null ? null : value.toUpperCase();
}
