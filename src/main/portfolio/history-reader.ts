import { sumDecimals } from '../../shared/decimal';
import type { Connection } from '../../shared/domain/connection';
import type { HistoryPoint, HistoryQuery, HistoryView } from '../../shared/domain/portfolio';
import { HOUR, SECOND } from '../../shared/time';
import type { SnapshotRow, SnapshotsRepo } from '../store/snapshots-repo';
import { rangeBounds, rollupStep, valueSeries, type ValueRow } from './history';
import { knownForMs } from './policy';

export interface HistoryDeps {
  readonly snapshots: SnapshotsRepo;
  readonly intervalMs: (connection: Connection) => number;
}

/** The value of one connection at each point of a history view: its column in the history report. */
export interface ConnectionSeries {
  readonly connectionId: string;
  readonly label: string;
  readonly values: readonly (string | null)[];
}

function toValueRow(row: SnapshotRow): ValueRow {
  return { connectionId: row.connection_id, takenAt: row.taken_at, confirmedAt: row.confirmed_at, valueUsd: row.total_usd };
}

/**
 * Net worth over time and at an instant, by one rule: each connection counts with its newest value taken
 * before the instant, while that value is still known (policy.knownForMs); otherwise it is missing.
 */
export class HistoryReader {
  constructor(private readonly deps: HistoryDeps) {}

  series(query: HistoryQuery, connections: readonly Connection[], nowMs: number): HistoryView {
    const { range, maxPoints, asset } = query;
    const bounds = rangeBounds(range, nowMs, this.deps.snapshots.earliestTakenAt());
    // Steps of whole hours read the rollups (each slot's last snapshot), which give the same points as
    // every snapshot would; shorter steps, and per-asset series, read the snapshots themselves.
    const rollup = asset ? null : rollupStep(bounds.from, bounds.to, maxPoints);
    const from = rollup?.from ?? bounds.from;
    const stepMs = rollup?.stepMs;
    const rows = asset ? this.assetRows(from, bounds.to, asset) : this.totalRows(from, bounds.to, stepMs);
    const series = valueSeries(rows, {
      from,
      to: bounds.to,
      maxPoints,
      stepMs,
      connectionIds: connections.map((c) => c.id),
      toleranceMs: this.tolerance(connections, nowMs, asset !== undefined),
    });
    return { range, asset: asset ?? null, from: new Date(from).toISOString(), to: new Date(bounds.to).toISOString(), ...series };
  }

  /** Each connection's own values on exactly the grid of a net-worth view, from the same rows: they add up to its points. */
  connectionSeries(view: HistoryView, connections: readonly Connection[], nowMs: number): ConnectionSeries[] {
    const from = Date.parse(view.from);
    const to = Date.parse(view.to);
    const rows = this.totalRows(from, to, view.stepMs >= HOUR ? view.stepMs : undefined);
    const tolerance = this.tolerance(connections, nowMs, false);
    return connections.map((connection) => {
      const { points } = valueSeries(rows, { from, to, maxPoints: view.points.length, stepMs: view.stepMs, connectionIds: [connection.id], toleranceMs: tolerance });
      return { connectionId: connection.id, label: connection.label, values: points.map((p) => p.valueUsd) };
    });
  }

  /** Net worth at one instant, by the same rule as every point of the chart. */
  valueAt(atMs: number, connections: readonly Connection[], nowMs: number): HistoryPoint {
    const rows = this.deps.snapshots.snapshotsBetween(atMs, atMs).map(toValueRow);
    const { points } = valueSeries(rows, {
      from: atMs - SECOND,
      to: atMs,
      maxPoints: 1,
      stepMs: SECOND,
      connectionIds: connections.map((c) => c.id),
      toleranceMs: this.tolerance(connections, nowMs, false),
    });
    return points[0] ?? { t: new Date(atMs).toISOString(), valueUsd: null, missing: connections.length };
  }

  private totalRows(from: number, to: number, stepMs: number | undefined): ValueRow[] {
    const stored = stepMs !== undefined ? this.deps.snapshots.rollupBetween(from, to, stepMs / HOUR) : this.deps.snapshots.snapshotsBetween(from, to);
    return stored.map(toValueRow);
  }

  private assetRows(from: number, to: number, asset: string): ValueRow[] {
    const upper = asset.toUpperCase();
    const perSet = new Map<number, string>();
    const valueOfSet = (setId: number): string => {
      const known = perSet.get(setId);
      if (known !== undefined) return known;
      const holdings = this.deps.snapshots.setContent(setId).holdings;
      const value = sumDecimals(holdings.filter((h) => h.asset.toUpperCase() === upper && h.valueUsd !== null).map((h) => h.valueUsd as string));
      perSet.set(setId, value);
      return value;
    };
    return this.deps.snapshots
      .withHoldingsBetween(from, to)
      .map((row) => ({ ...toValueRow(row), valueUsd: row.set_id === null ? row.total_usd : valueOfSet(row.set_id) }));
  }

  private tolerance(connections: readonly Connection[], nowMs: number, detail: boolean): (id: string, row: ValueRow) => number {
    const intervals = new Map(connections.map((c) => [c.id, this.deps.intervalMs(c)]));
    return (id, row) => knownForMs(intervals.get(id) ?? 60 * SECOND, nowMs - row.takenAt, detail);
  }
}
