import { Dec, decimalString, sumDecimals } from '../../shared/decimal';
import type { Connection } from '../../shared/domain/connection';
import type {
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
import { AppError } from '../../shared/errors';
import type { ConnectionsRepo } from '../store/connections-repo';
import type { SnapshotsRepo } from '../store/snapshots-repo';
import type { SyncLogRepo } from '../store/sync-log-repo';
import { changesBetween } from './changes';
import { exposureOf } from './exposure';
import { HistoryReader, type ConnectionSeries } from './history-reader';
import { filterHoldings, groupHoldings, sortByValue } from './holdings';
import { CHANGE_WINDOWS, DEFAULT_CHANGES_SPAN_MS } from './policy';
import { positionsOf } from './positions';
import { riskBoard } from './risk';
import type { PriceBook } from './price-book';
import { SnapshotReader } from './snapshot-reader';
import { portfolioSummary, type ConnectionData } from './summary';
import { totalsOf } from './valuation';

export interface PortfolioDeps {
  readonly connections: ConnectionsRepo;
  readonly snapshots: SnapshotsRepo;
  readonly syncLog: SyncLogRepo;
  /** What the poller is doing with each connection right now (syncing, paused…). */
  readonly pollStates: () => ReadonlyMap<string, ConnectionData['pollState']>;
  readonly intervalMs: (connection: Connection) => number;
  readonly now: () => Date;
}

/** An `at` from a caller: now when absent, refused when in the future. */
function instant(at: string | undefined, nowMs: number): { atMs: number; past: boolean } {
  if (at === undefined) return { atMs: nowMs, past: false };
  const atMs = Date.parse(at);
  if (atMs > nowMs) throw new AppError('invalid_input', 'The "as of" time is in the future.');
  return { atMs, past: true };
}

/**
 * The portfolio: every figure the app, the CLI and the CSV reports show comes from here, so one instant
 * gives one set of numbers wherever it is read. Reads only; values are fixed when a read is stored.
 */
export class Portfolio {
  private readonly reader: SnapshotReader;
  private readonly history: HistoryReader;

  constructor(private readonly deps: PortfolioDeps) {
    this.reader = new SnapshotReader(deps.connections, deps.snapshots);
    this.history = new HistoryReader({ snapshots: deps.snapshots, intervalMs: deps.intervalMs });
  }

  /** Prices at an instant, for valuing a read its venue left unvalued. */
  priceBook(atMs: number): PriceBook {
    return this.reader.priceBook(atMs);
  }

  summary(): PortfolioSummary {
    const nowMs = this.deps.now().getTime();
    const latest = this.reader.summaries(nowMs);
    const outcomes = this.deps.syncLog.lastOutcomes();
    const states = this.deps.pollStates();
    const data: ConnectionData[] = this.deps.connections.list().map((connection) => {
      const stored = latest.get(connection.id);
      return {
        connection,
        takenAt: stored?.snapshot.taken_at ?? null,
        confirmedAt: stored?.snapshot.confirmed_at ?? null,
        set: stored?.set ?? null,
        lastOutcome: outcomes.get(connection.id) ?? null,
        pollState: states.get(connection.id) ?? 'idle',
        intervalMs: this.deps.intervalMs(connection),
      };
    });
    const summary = portfolioSummary(data, nowMs);
    return { ...summary, changes: this.windowChanges(summary.netWorthUsd, nowMs) };
  }

  holdings({ at, groupBy, filter }: HoldingsQuery): HoldingsView {
    const { atMs, past } = instant(at, this.deps.now().getTime());
    const holdings = sortByValue(filterHoldings(this.enabledSnapshots(atMs).flatMap((s) => s.holdings), filter));
    return {
      asOf: new Date(atMs).toISOString(),
      past,
      // Unfiltered, the totals are those of the stored sets, summed once per set rather than per view.
      ...(filter ? totalsOf(holdings) : this.enabledTotals(atMs)),
      holdings,
      groups: groupBy ? groupHoldings(holdings, groupBy) : null,
    };
  }

  positions({ at }: { at?: string }): PositionsView {
    const { atMs } = instant(at, this.deps.now().getTime());
    const latest = this.enabledSnapshots(atMs);
    const rows = latest.flatMap((s) => [...s.holdings, ...s.uncountedPositions]);
    return { asOf: new Date(atMs).toISOString(), positions: positionsOf(rows, latest.flatMap((s) => s.positions)) };
  }

  /** Net long or short per coin across every venue, at an instant. */
  exposure({ at }: { at?: string }): ExposureView {
    const { atMs } = instant(at, this.deps.now().getTime());
    return { asOf: new Date(atMs).toISOString(), ...exposureOf(this.enabledSnapshots(atMs).flatMap((s) => [...s.holdings, ...s.uncountedPositions]), this.priceBook(atMs)) };
  }

  /** What changed per asset between two instants (default: 24 h ago → now), split into price and quantity effects. */
  changes(query: ChangesQuery): ChangesView {
    const nowMs = this.deps.now().getTime();
    const to = instant(query.to, nowMs).atMs;
    const from = query.from === undefined ? to - DEFAULT_CHANGES_SPAN_MS : instant(query.from, nowMs).atMs;
    if (from > to) throw new AppError('invalid_input', 'The "from" time is after the "to" time.');
    const then = this.holdings({ at: new Date(from).toISOString() });
    const now = this.holdings({ at: new Date(to).toISOString() });
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
    const { atMs } = instant(at, this.deps.now().getTime());
    const { positions } = this.positions({ at: new Date(atMs).toISOString() });
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

  private enabledTotals(atMs: number) {
    const enabled = new Set(this.enabledConnections().map((c) => c.id));
    const sets = [...this.reader.summaries(atMs).entries()].filter(([id]) => enabled.has(id)).map(([, s]) => s.set);
    return { totalUsd: sumDecimals(sets.map((s) => s.totalUsd)), unpricedCount: sets.reduce((n, s) => n + s.unpricedCount, 0) };
  }
}
