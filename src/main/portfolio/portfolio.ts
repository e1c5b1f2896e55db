import { Dec, decimalString, sumDecimals } from '../../shared/decimal';
import type { Connection } from '../../shared/domain/connection';
import type {
  AllocationView,
  HistoryPoint,
  HistoryQuery,
  HistoryView,
  HoldingsQuery,
  HoldingsView,
  NetWorthChange,
  PortfolioSummary,
  PositionsView,
} from '../../shared/domain/portfolio';
import type { ChangesQuery, ChangesView, ExposureView } from '../../shared/domain/exposure';
import type { RiskView } from '../../shared/domain/risk';
import type { Account } from '../../shared/domain/account';
import { beforeHistory, type HistoryBounds } from '../../shared/domain/history-bounds';
import type { ManualPrice, PriceCheck } from '../../shared/domain/prices';
import { AppError } from '../../shared/app-error';
import type { AccountAliasesRepo } from '../store/account-aliases-repo';
import type { ConnectionsRepo } from '../store/connections-repo';
import type { SetSummariesRepo } from '../store/set-summaries-repo';
import type { SnapshotsRepo } from '../store/snapshots-repo';
import type { SyncLogRepo } from '../store/sync-log-repo';
import { allocationOf, type VenueSet } from './allocation';
import { changesBetween } from './changes';
import { exposureOf } from './exposure';
import { HistoryReader, type ConnectionSeries } from './history-reader';
import { sortedHoldingRows, type HoldingRows } from './holding-rows';
import { filterHoldings, groupHoldings, sortByValue } from './holdings';
import { CHANGE_WINDOWS, DEFAULT_CHANGES_SPAN_MS } from './policy';
import { positionsOf } from './positions';
import { riskBoard } from './risk';
import type { PriceBook } from './price-book';
import { priceChecks } from './price-checks';
import { bookPricesOfSnapshot, priceObservationsOf, sameStoredSets, unpricedRowsOf, type StoredSet } from './set-prices';
import { unpricedAssets } from './unpriced';
import { SnapshotReader } from './snapshot-reader';
import { portfolioSummary, type ConnectionData } from './summary';
import { totalsOf } from './valuation';

export interface PortfolioDeps {
  readonly connections: ConnectionsRepo;
  readonly snapshots: SnapshotsRepo;
  readonly syncLog: SyncLogRepo;
  readonly aliases: AccountAliasesRepo;
  /** What the poller is doing with each connection right now (syncing, paused…). */
  readonly pollStates: () => ReadonlyMap<string, ConnectionData['pollState']>;
  readonly intervalMs: (connection: Connection) => number;
  readonly now: () => Date;
  /** The user's manual prices: the price book's last resort, after every venue's. */
  readonly manualPrices?: () => readonly ManualPrice[];
  /** Where each set's summary is kept between starts. */
  readonly setSummaries?: SetSummariesRepo;
}

/** An `at` from a caller: now when absent, refused when in the future. */
function instant(at: string | undefined, nowMs: number): { atMs: number; past: boolean } {
  if (at === undefined) return { atMs: nowMs, past: false };
  const atMs = Date.parse(at);
  if (atMs > nowMs) throw new AppError('invalid_input', 'The "as of" time is in the future.');
  return { atMs, past: true };
}

/** Why a past instant cannot be shown: before history starts every view would be an empty portfolio. */
function refuseBeforeHistory(atMs: number, bounds: HistoryBounds): void {
  if (!beforeHistory(atMs, bounds)) return;
  if (bounds.first === null) throw new AppError('invalid_input', 'No snapshots are stored yet, so there is no past to show; sync first.');
  throw new AppError('invalid_input', `History starts ${bounds.first} — pick a later time.`);
}

/** The newest confirmed set of every enabled connection: what the summary's data checks are made from. */
function storedSetsOf(data: readonly ConnectionData[]): StoredSet[] {
  return data.flatMap((d) =>
    d.connection.enabled && d.set && d.confirmedAt !== null
      ? [{ connectionId: d.connection.id, venue: d.connection.venue, fetchedAt: new Date(d.confirmedAt).toISOString(), set: d.set }]
      : [],
  );
}

/**
 * The portfolio: every figure the app, the CLI and the CSV reports show comes from here, so one instant
 * gives one set of numbers wherever it is read. Reads only; values are fixed when a read is stored.
 */
export class Portfolio {
  private readonly reader: SnapshotReader;
  private readonly history: HistoryReader;
  /** The last summary's price checks and the sets they came from: the dashboard asks every few seconds, the sets change once a poll. */
  private lastPriceChecks: { readonly sets: readonly StoredSet[]; readonly checks: PriceCheck[] } | undefined;

  constructor(private readonly deps: PortfolioDeps) {
    this.reader = new SnapshotReader(deps.connections, deps.snapshots, deps.aliases, deps.setSummaries);
    this.history = new HistoryReader({ snapshots: deps.snapshots, intervalMs: deps.intervalMs });
  }

  /** Prices at an instant, for valuing a read its venue left unvalued. */
  priceBook(atMs: number): PriceBook {
    const manual = (this.deps.manualPrices?.() ?? []).filter((p) => Date.parse(p.setAt) <= atMs);
    return this.reader.priceBook(atMs, manual);
  }

  /** Enabled connections whose newest data holds an asset its venue did not price (unpriced, or priced by the book). */
  connectionsPricedByBook(asset: string): string[] {
    const upper = asset.toUpperCase();
    return this.enabledSnapshots(this.deps.now().getTime())
      .filter((s) => s.bookPrices.some((b) => b.asset.toUpperCase() === upper) || s.holdings.some((h) => h.valueUsd === null && h.asset.toUpperCase() === upper))
      .map((s) => s.snapshot.connection_id);
  }

  summary(): PortfolioSummary {
    const nowMs = this.deps.now().getTime();
    const data = this.connectionData(nowMs);
    const summary = portfolioSummary(data, nowMs);
    const unpricedRows = storedSetsOf(data).flatMap(unpricedRowsOf);
    return {
      ...summary,
      changes: this.windowChanges(summary.netWorthUsd, nowMs),
      // Valued at today's book only when there is one.
      unpriced: unpricedRows.length === 0 ? [] : unpricedAssets(unpricedRows, this.priceBook(nowMs)),
    };
  }

  /**
   * Assets whose rows are priced further apart than the policy's limit, across the newest data of every
   * enabled connection. Apart from the summary, which is the app's heartbeat: comparing every asset's prices
   * is most of a summary's work and its answer can be a thousand rows, while the net worth needs neither.
   */
  priceChecks(): PriceCheck[] {
    const sets = storedSetsOf(this.connectionData(this.deps.now().getTime()));
    if (this.lastPriceChecks && sameStoredSets(this.lastPriceChecks.sets, sets)) return this.lastPriceChecks.checks;
    const checks = priceChecks(sets.flatMap(priceObservationsOf));
    this.lastPriceChecks = { sets, checks };
    return checks;
  }

  /** What the store knows of each connection's newest data, with its poll state and last outcome. */
  private connectionData(nowMs: number): ConnectionData[] {
    const latest = this.reader.summaries(nowMs);
    const outcomes = this.deps.syncLog.lastOutcomes();
    const states = this.deps.pollStates();
    return this.deps.connections.list().map((connection) => {
      const stored = latest.get(connection.id);
      return {
        connection,
        takenAt: stored?.snapshot.taken_at ?? null,
        confirmedAt: stored?.snapshot.confirmed_at ?? null,
        set: stored?.set ?? null,
        reconciliation: stored?.reconciliation ?? [],
        lastOutcome: outcomes.get(connection.id) ?? null,
        pollState: states.get(connection.id) ?? 'idle',
        intervalMs: this.deps.intervalMs(connection),
      };
    });
  }

  holdings(query: HoldingsQuery): HoldingsView {
    return this.holdingsAt(this.pastInstant(query.at), query);
  }

  /**
   * The unfiltered holdings view's rows at an instant, in its order, each decoded only as it is read:
   * what the holdings report streams, so a million rows never sit in memory as objects.
   */
  holdingRows({ at }: { at?: string }): HoldingRows & { asOf: string } {
    const { atMs } = this.pastInstant(at);
    const enabled = new Set(this.enabledConnections().map((c) => c.id));
    return { asOf: new Date(atMs).toISOString(), ...sortedHoldingRows(this.reader.holdingSources(atMs, enabled), this.reader.names()) };
  }

  /**
   * How the net worth now is spread by asset, venue and exchange, and which assets a manual price values:
   * from the newest sets' summaries, so the dashboard never needs every holding to draw it.
   */
  allocation(): AllocationView {
    const nowMs = this.deps.now().getTime();
    return allocationOf(this.enabledSets(nowMs), new Date(nowMs).toISOString());
  }

  /** The first snapshot with holdings and the newest read of the enabled connections; null when none is stored. */
  historyBounds(): HistoryBounds {
    const enabled = new Set(this.enabledConnections().map((c) => c.id));
    const rows = this.deps.snapshots.seriesBounds().filter((r) => enabled.has(r.connectionId));
    const firsts = rows.flatMap((r) => (r.first === null ? [] : [r.first]));
    const lasts = rows.flatMap((r) => (r.last === null ? [] : [r.last]));
    const iso = (values: number[], pick: (...v: number[]) => number) => (values.length === 0 ? null : new Date(pick(...values)).toISOString());
    return { first: iso(firsts, Math.min), last: iso(lasts, Math.max) };
  }

  /** Every account of every connection as the newest snapshots name it, and every account the user has named. */
  accounts(): Account[] {
    const names = this.reader.names();
    const venues = new Map(this.deps.connections.list().map((c) => [c.id, c.venue]));
    const seen = this.reader.accounts(this.deps.now().getTime());
    const listed = seen.map((a) => names.account(a.connectionId, a.venue, a.accountId, a.storedLabel));
    const known = new Set(seen.map((a) => `${a.connectionId}\u0000${a.accountId}`));
    // An account the venue no longer reports keeps its name for the past, and stays here so the name can be cleared.
    const named = this.deps.aliases
      .list()
      .filter((a) => !known.has(`${a.connectionId}\u0000${a.accountId}`) && venues.has(a.connectionId))
      .map((a) => names.account(a.connectionId, venues.get(a.connectionId) as Account['venue'], a.accountId, null));
    const order = new Map(this.deps.connections.list().map((c, i) => [c.id, i]));
    return [...listed, ...named].sort((a, b) => (order.get(a.connectionId) ?? 0) - (order.get(b.connectionId) ?? 0) || a.label.localeCompare(b.label) || a.accountId.localeCompare(b.accountId));
  }

  /** An `at` a view may show: now, or a past instant within the stored history. */
  private pastInstant(at: string | undefined): { atMs: number; past: boolean } {
    const result = instant(at, this.deps.now().getTime());
    if (result.past) refuseBeforeHistory(result.atMs, this.historyBounds());
    return result;
  }

  private holdingsAt({ atMs, past }: { atMs: number; past: boolean }, { groupBy, filter }: HoldingsQuery): HoldingsView {
    const snapshots = this.enabledSnapshots(atMs);
    const holdings = sortByValue(filterHoldings(snapshots.flatMap((s) => s.holdings), filter));
    const unpricedRows = holdings.flatMap((h) => (h.valueUsd === null ? [{ ...h, holdings: 1 }] : []));
    return {
      asOf: new Date(atMs).toISOString(),
      past,
      // Unfiltered, the totals are those of the stored sets, summed once per set rather than per view.
      ...(filter ? totalsOf(holdings) : this.enabledTotals(atMs)),
      holdings,
      groups: groupBy ? groupHoldings(holdings, groupBy) : null,
      unpriced: unpricedRows.length === 0 ? [] : unpricedAssets(unpricedRows, this.priceBook(atMs)),
      bookPrices: snapshots.flatMap(bookPricesOfSnapshot),
    };
  }

  positions({ at }: { at?: string }): PositionsView {
    return this.positionsAt(this.pastInstant(at).atMs);
  }

  private positionsAt(atMs: number): PositionsView {
    const latest = this.enabledSnapshots(atMs);
    const rows = latest.flatMap((s) => [...s.holdings, ...s.uncountedPositions]);
    return { asOf: new Date(atMs).toISOString(), positions: positionsOf(rows, latest.flatMap((s) => s.positions)) };
  }

  /** Net long or short per coin across every venue, at an instant. */
  exposure({ at }: { at?: string }): ExposureView {
    const { atMs } = this.pastInstant(at);
    return { asOf: new Date(atMs).toISOString(), ...exposureOf(this.enabledSnapshots(atMs).flatMap((s) => [...s.holdings, ...s.uncountedPositions]), this.priceBook(atMs)) };
  }

  /** What changed per asset between two instants (default: 24 h ago → now), split into price and quantity effects. */
  changes(query: ChangesQuery): ChangesView {
    const nowMs = this.deps.now().getTime();
    const to = instant(query.to, nowMs).atMs;
    const from = query.from === undefined ? to - DEFAULT_CHANGES_SPAN_MS : instant(query.from, nowMs).atMs;
    if (from > to) throw new AppError('invalid_input', 'The "from" time is after the "to" time.');
    // A change from before history starts is well defined: everything held since appeared.
    const then = this.holdingsAt({ atMs: from, past: true }, {});
    const now = this.holdingsAt({ atMs: to, past: true }, {});
    const assets = changesBetween(then.holdings, now.holdings);
    return {
      from: then.asOf,
      to: now.asOf,
      netWorthFromUsd: then.totalUsd,
      netWorthToUsd: now.totalUsd,
      changeUsd: decimalString(new Dec(now.totalUsd).minus(then.totalUsd)),
      priceEffectUsd: sumDecimals(assets.map((a) => a.priceEffectUsd)),
      quantityEffectUsd: sumDecimals(assets.map((a) => a.quantityEffectUsd)),
      assets,
    };
  }

  /** Every account's margin and nearest liquidation, worst first. */
  risk({ at }: { at?: string }): RiskView {
    const { atMs } = this.pastInstant(at);
    // The instant already checked: passed on as a time, "now" would turn into a past instant that an
    // empty store refuses, and the alert service's minute check would throw it.
    const { positions } = this.positionsAt(atMs);
    const margins = this.enabledSnapshots(atMs).flatMap((s) => s.marginAccounts);
    return { asOf: new Date(atMs).toISOString(), accounts: riskBoard(margins, positions) };
  }

  /** Net worth at an instant by the chart's rule (each connection's newest value before it, while still fresh). */
  netWorthAt(atMs: number): HistoryPoint {
    return this.history.valueAt(atMs, this.enabledConnections(), this.deps.now().getTime());
  }

  historySeries(query: HistoryQuery): HistoryView {
    return this.history.series(query, this.enabledConnections(), this.deps.now().getTime());
  }

  /** Each enabled connection's value at the points of a net-worth view (the history report's columns). */
  connectionSeries(view: HistoryView): ConnectionSeries[] {
    return this.history.connectionSeries(view, this.enabledConnections(), this.deps.now().getTime());
  }

  private windowChanges(netWorthUsd: string, nowMs: number): NetWorthChange[] {
    const connections = this.enabledConnections();
    return Object.entries(CHANGE_WINDOWS).map(([window, spanMs]) => {
      const then = this.history.valueAt(nowMs - spanMs, connections, nowMs);
      return {
        window: window as NetWorthChange['window'],
        since: then.t,
        baselineUsd: then.valueUsd,
        changeUsd: then.valueUsd === null ? null : decimalString(new Dec(netWorthUsd).minus(then.valueUsd)),
        missing: then.missing,
      };
    });
  }

  private enabledConnections(): Connection[] {
    return this.deps.connections.list().filter((c) => c.enabled);
  }

  private enabledSnapshots(atMs: number) {
    const enabled = new Set(this.enabledConnections().map((c) => c.id));
    return [...this.reader.latest(atMs).values()].filter((s) => enabled.has(s.snapshot.connection_id));
  }

  /** The newest set of every enabled connection at an instant, as its summary, in the reader's order. */
  private enabledSets(atMs: number): VenueSet[] {
    const enabled = new Map(this.enabledConnections().map((c) => [c.id, c.venue]));
    return [...this.reader.summaries(atMs)].flatMap(([id, { set }]) => {
      const venue = enabled.get(id);
      return venue ? [{ venue, set }] : [];
    });
  }

  private enabledTotals(atMs: number) {
    const sets = this.enabledSets(atMs).map((s) => s.set);
    return { totalUsd: sumDecimals(sets.map((s) => s.totalUsd)), unpricedCount: sets.reduce((n, s) => n + s.unpricedCount, 0) };
  }
}
