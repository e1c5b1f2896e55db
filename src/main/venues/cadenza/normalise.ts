import { Dec, decimalString } from '../../../shared/decimal';
import type { AccountTotal, Holding, MarginAccount, PositionDetail } from '../../../shared/domain/holding';
import type { VenueRead } from '../connector';
import { noNames, type NameLookup } from '../shared/name-cache';
import type { ReadMeta } from '../shared/read-meta';
import type { BalanceEntry, FlatRow, Portfolio, PortfolioList, PositionEntry } from './schemas';

/** The read's context and the account nicknames known to it. */
interface Labelled extends ReadMeta {
  readonly label: (accountId: string) => string;
}

/** Units whose summary.equity is already a USD figure worth reconciling against. */
const usdLike = new Set(['USD', 'USDT', 'USDC']);

type Figures = Pick<Holding, 'asset' | 'kind' | 'quantity' | 'available' | 'locked' | 'borrowed' | 'unrealizedPnl' | 'sourceUpdatedAt'>;

/**
 * One unified holding. Cadenza values nothing itself: priceUsd and valueUsd stay null for the sync
 * engine's price book to fill; equity and exposure are unknown. The label is the account's nickname
 * (from the trading account list) where it has one, else its id.
 */
function holding(context: Labelled, accountId: string, venue: string, figures: Figures): Holding {
  return {
    connectionId: context.connectionId,
    venue: 'cadenza',
    accountId,
    accountLabel: context.label(accountId),
    wallet: null,
    exchange: venue,
    asset: figures.asset,
    kind: figures.kind,
    quantity: figures.quantity,
    available: figures.available,
    locked: figures.locked,
    borrowed: figures.borrowed,
    equity: null,
    priceUsd: null,
    valueUsd: null,
    exposureUsd: null,
    unrealizedPnl: figures.unrealizedPnl,
    sourceUpdatedAt: figures.sourceUpdatedAt,
    fetchedAt: context.fetchedAt,
  };
}

/** Offset paging over a list that changes between pages can repeat an item: the first copy wins. */
function firstOfEach<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function balanceFigures(balance: BalanceEntry, portfolio: Portfolio): Figures {
  return {
    asset: balance.securitySymbol,
    kind: 'token',
    quantity: balance.total,
    available: balance.free,
    locked: balance.locked,
    borrowed: balance.borrowed,
    unrealizedPnl: null,
    sourceUpdatedAt: balance.updatedAt ?? portfolio.updatedAt,
  };
}

function positionFigures(position: PositionEntry, portfolio: Portfolio): Figures {
  return {
    asset: position.securitySymbol,
    kind: 'position',
    quantity: position.quantity,
    available: null,
    locked: null,
    borrowed: null,
    unrealizedPnl: position.unrealizedPnl,
    sourceUpdatedAt: position.updatedAt ?? portfolio.updatedAt,
  };
}

/** Cadenza gives no notional: |quantity| × current (mark) price, where it gives the price. */
function notionalOf(position: PositionEntry): string | null {
  return position.currentPrice ? decimalString(new Dec(position.quantity).abs().times(position.currentPrice)) : null;
}

function positionDetail(position: PositionEntry, portfolio: Portfolio): PositionDetail {
  const sign = new Dec(position.quantity).comparedTo(0);
  return {
    accountId: portfolio.tradingAccountId,
    exchange: portfolio.venue,
    asset: position.securitySymbol,
    side: sign > 0 ? 'long' : sign < 0 ? 'short' : 'flat',
    leverage: portfolio.summary?.leverage ?? null,
    initialMargin: null,
    maintMargin: null,
    marginBalance: null,
    entryPrice: position.entryPrice ?? null,
    markPrice: position.currentPrice ?? null,
    fundingFee: null,
    liquidationPrice: null,
    notionalUsd: notionalOf(position),
    riskLevel: null,
  };
}

function accountTotal(portfolio: Portfolio, context: Labelled): AccountTotal[] {
  const summary = portfolio.summary;
  if (!summary?.equity || !usdLike.has((summary.currency ?? '').toUpperCase())) return [];
  return [{ accountId: portfolio.tradingAccountId, accountLabel: context.label(portfolio.tradingAccountId), wallet: null, reportedUsd: summary.equity }];
}

/**
 * The account summary as margin figures, where it is in a USD-like unit. ASSUMPTION (the SDK names the
 * fields, no page defines them): `marginRequirement` is the maintenance requirement, `margin` the margin
 * balance, `riskExposure` the position value. Cadenza's `marginLevel` is not documented as the LTP
 * family's uniMMR, so the ratios and the status stay unknown.
 */
function marginAccount(portfolio: Portfolio, context: Labelled): MarginAccount[] {
  const summary = portfolio.summary;
  if (!summary || !usdLike.has((summary.currency ?? '').toUpperCase())) return [];
  return [
    {
      accountId: portfolio.tradingAccountId,
      accountLabel: context.label(portfolio.tradingAccountId),
      exchange: portfolio.venue,
      equityUsd: summary.equity,
      maintMarginUsd: summary.marginRequirement,
      marginBalanceUsd: summary.margin,
      positionValueUsd: summary.riskExposure,
      unrealizedPnlUsd: null,
      uniMMR: null,
      riskRatio: null,
      accountStatus: null,
    },
  ];
}

function fromPortfolios(portfolios: readonly Portfolio[], context: Labelled): Pick<VenueRead, 'holdings' | 'positions' | 'accountTotals' | 'marginAccounts'> {
  const unique = firstOfEach(portfolios, (portfolio) => portfolio.tradingAccountId);
  const holdings: Holding[] = [];
  const positions: PositionDetail[] = [];
  for (const portfolio of unique) {
    const add = (figures: Figures) => holdings.push(holding(context, portfolio.tradingAccountId, portfolio.venue, figures));
    for (const balance of portfolio.balances) add(balanceFigures(balance, portfolio));
    // A closed position keeps its last quantity (it has exitPrice and closedAt): it is no exposure now.
    for (const position of portfolio.positions.filter((entry) => entry.status?.toUpperCase() !== 'CLOSED')) {
      add(positionFigures(position, portfolio));
      positions.push(positionDetail(position, portfolio));
    }
  }
  return {
    holdings,
    positions,
    accountTotals: unique.flatMap((portfolio) => accountTotal(portfolio, context)),
    marginAccounts: unique.flatMap((portfolio) => marginAccount(portfolio, context)),
  };
}

function fromFlatRows(rows: readonly FlatRow[], context: Labelled): Holding[] {
  return firstOfEach(rows, (row) => `${row.tradingAccountId}\n${row.currency}`).map((row) =>
    holding(context, row.tradingAccountId, row.venue, {
      asset: row.currency,
      kind: 'token',
      quantity: row.balance,
      available: row.available,
      locked: row.locked,
      borrowed: null,
      unrealizedPnl: null,
      sourceUpdatedAt: row.updatedAt,
    }),
  );
}

/** Both response shapes to the unified holding of design.md, accounts labelled by nickname where known. Pure. */
export function normalisePortfolios(list: PortfolioList, context: ReadMeta, names: NameLookup = noNames): VenueRead {
  const labelled: Labelled = { ...context, label: (accountId) => names.names.get(accountId) ?? accountId };
  const nested = fromPortfolios(list.portfolios, labelled);
  const accounts = new Set([...list.portfolios.map((p) => p.tradingAccountId), ...list.flatRows.map((r) => r.tradingAccountId)]);
  return {
    holdings: [...nested.holdings, ...fromFlatRows(list.flatRows, labelled)],
    uncountedPositions: [],
    positions: nested.positions,
    marginAccounts: nested.marginAccounts,
    accountTotals: nested.accountTotals,
    accountCount: accounts.size,
    warnings: names.warning ? [names.warning] : [],
  };
}
