import type { Handlers } from '../../shared/contract';
import type { Connection } from '../../shared/domain/connection';
import { sumDecimals } from '../../shared/decimal';
import { AppError } from '../../shared/errors';
import type { ConnectionsRepo } from '../store/connections-repo';
import type { PortfolioReader } from '../store/portfolio-reader';
import type { SnapshotsRepo } from '../store/snapshots-repo';
import type { SyncLogRepo } from '../store/sync-log-repo';
import type { Poller } from '../sync/poller';
import { totalsOf } from '../sync/valuation';
import { rangeBounds, rollupStep, valueSeries, type ValueRow } from '../views/history';
import { filterHoldings, groupHoldings, sortByValue } from '../views/holdings';
import { portfolioSummary, type ConnectionData } from '../views/portfolio';
import { positionsOf } from '../views/positions';

interface Deps {
  readonly connections: ConnectionsRepo;
  readonly reader: PortfolioReader;
  readonly snapshots: SnapshotsRepo;
  readonly syncLog: SyncLogRepo;
  readonly poller: Poller;
  readonly intervalMs: (connection: Connection) => number;
  readonly now: () => Date;
}

type PortfolioHandlers = Pick<Handlers, 'portfolio.summary' | 'portfolio.holdings' | 'positions.list' | 'history.series'>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function parseAt(at: string | undefined, nowMs: number): { atMs: number; past: boolean } {
  if (at === undefined) return { atMs: nowMs, past: false };
  const atMs = Date.parse(at);
  if (atMs > nowMs) throw new AppError('invalid_input', 'The "as of" time is in the future.');
  return { atMs, past: true };
}

/** Store reads for the pure views in views/: the portfolio now, as of a past time, and over time. */
export function portfolioHandlers(deps: Deps): PortfolioHandlers {
  const enabledHoldings = (atMs: number) => {
    const enabled = new Set(deps.connections.list().filter((c) => c.enabled).map((c) => c.id));
    const latest = [...deps.reader.latest(atMs).values()].filter((s) => enabled.has(s.snapshot.connection_id));
    return { holdings: latest.flatMap((s) => s.holdings), positions: latest.flatMap((s) => s.positions) };
  };

  const enabledTotals = (atMs: number) => {
    const enabled = new Set(deps.connections.list().filter((c) => c.enabled).map((c) => c.id));
    const sets = [...deps.reader.summaries(atMs).entries()].filter(([id]) => enabled.has(id)).map(([, s]) => s.set);
    return { totalUsd: sumDecimals(sets.map((s) => s.totalUsd)), unpricedCount: sets.reduce((n, s) => n + s.unpricedCount, 0) };
  };

  return {
    'portfolio.summary': async () => {
      const nowMs = deps.now().getTime();
      const latest = deps.reader.summaries(nowMs);
      const outcomes = deps.syncLog.lastOutcomes();
      const states = new Map(deps.poller.status().connections.map((c) => [c.connectionId, c.state]));
      const data: ConnectionData[] = deps.connections.list().map((connection) => {
        const stored = latest.get(connection.id);
        return {
          connection,
          takenAt: stored?.snapshot.taken_at ?? null,
          confirmedAt: stored?.snapshot.confirmed_at ?? null,
          set: stored?.set ?? null,
          lastOutcome: outcomes.get(connection.id) ?? null,
          pollState: states.get(connection.id) ?? 'idle',
          intervalMs: deps.intervalMs(connection),
        };
      });
      return portfolioSummary(data, nowMs);
    },

    'portfolio.holdings': async ({ at, groupBy, filter }) => {
      const { atMs, past } = parseAt(at, deps.now().getTime());
      const holdings = sortByValue(filterHoldings(enabledHoldings(atMs).holdings, filter));
      return {
        asOf: new Date(atMs).toISOString(),
        past,
        // Unfiltered, the totals are those of the stored sets, summed once per set rather than per view.
        ...(filter ? totalsOf(holdings) : enabledTotals(atMs)),
        holdings,
        groups: groupBy ? groupHoldings(holdings, groupBy) : null,
      };
    },

    'positions.list': async ({ at }) => {
      const { atMs } = parseAt(at, deps.now().getTime());
      const { holdings, positions } = enabledHoldings(atMs);
      return { asOf: new Date(atMs).toISOString(), positions: positionsOf(holdings, positions) };
    },

    'history.series': async ({ range, maxPoints, asset }) => {
      const nowMs = deps.now().getTime();
      const connections = deps.connections.list().filter((c) => c.enabled);
      const intervals = new Map(connections.map((c) => [c.id, deps.intervalMs(c)]));
      const bounds = rangeBounds(range, nowMs, deps.snapshots.earliestTakenAt());
      // Steps of whole hours read the rollups (each slot's last snapshot), which give the same points as
      // every snapshot would; shorter steps, and per-asset series, read the snapshots themselves.
      const rollup = asset ? null : rollupStep(bounds.from, bounds.to, maxPoints);
      const from = rollup?.from ?? bounds.from;
      const step = rollup?.stepMs;
      const rows = asset
        ? deps.snapshots.withHoldingsBetween(from, bounds.to)
        : step !== undefined
          ? deps.snapshots.rollupBetween(from, bounds.to, step / HOUR)
          : deps.snapshots.snapshotsBetween(from, bounds.to);
      const perSet = new Map<number, string>();
      const valueOfSet = (setId: number, name: string) => perSet.get(setId) ?? perSet.set(setId, assetValue(deps.snapshots, setId, name)).get(setId) ?? '0';
      const valueRows: ValueRow[] = rows.map((r) => ({
        connectionId: r.connection_id,
        takenAt: r.taken_at,
        confirmedAt: r.confirmed_at,
        valueUsd: asset && r.set_id !== null ? valueOfSet(r.set_id, asset) : r.total_usd,
      }));
      const toleranceMs = (id: string, row: ValueRow) => {
        const base = 3 * (intervals.get(id) ?? 60_000);
        if (!asset) return base;
        // Detail is compacted to hourly after 48 h and daily after 90 days; its gaps follow that grain.
        const age = nowMs - row.takenAt;
        return age > 90 * DAY ? Math.max(base, 25 * HOUR) : age > 2 * DAY ? Math.max(base, 2 * HOUR) : base;
      };
      const series = valueSeries(valueRows, { from, to: bounds.to, maxPoints, stepMs: step, connectionIds: connections.map((c) => c.id), toleranceMs });
      return { range, asset: asset ?? null, from: new Date(from).toISOString(), to: new Date(bounds.to).toISOString(), ...series };
    },
  };
}

function assetValue(snapshots: SnapshotsRepo, setId: number, asset: string): string {
  const upper = asset.toUpperCase();
  return sumDecimals(
    snapshots
      .setContent(setId)
      .holdings.filter((h) => h.asset.toUpperCase() === upper && h.valueUsd !== null)
      .map((h) => h.valueUsd as string),
  );
}
