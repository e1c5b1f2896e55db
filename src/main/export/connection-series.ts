import type { Connection } from '../../shared/domain/connection';
import type { HistoryView } from '../../shared/domain/portfolio';
import type { SnapshotsRepo } from '../store/snapshots-repo';
import { valueSeries, type ValueRow } from '../views/history';
import type { ConnectionSeries } from './history-report';

export interface ConnectionSeriesDeps {
  readonly snapshots: SnapshotsRepo;
  /** The connections that net worth sums: the enabled ones. */
  readonly connections: readonly Connection[];
  readonly intervalMs: (connection: Connection) => number;
}

const HOUR = 3_600_000;
/** As in `history.series`: a value counts for three poll intervals after its last confirmation. */
const TOLERATED_INTERVALS = 3;

/**
 * Each connection's own series on exactly the grid of a net-worth history view (its from, to and step),
 * by the same pure `valueSeries` and the same rows the view reads (the hourly rollup for whole-hour
 * steps), so the columns add up to the view's net worth. `history.series` answers only the sum, hence
 * this second pass; the export tests hold the two together.
 */
export function connectionSeries(deps: ConnectionSeriesDeps, view: HistoryView, maxPoints: number): ConnectionSeries[] {
  const from = Date.parse(view.from);
  const to = Date.parse(view.to);
  const stored = view.stepMs >= HOUR ? deps.snapshots.rollupBetween(from, to, view.stepMs / HOUR) : deps.snapshots.snapshotsBetween(from, to);
  const rows: ValueRow[] = stored.map((r) => ({ connectionId: r.connection_id, takenAt: r.taken_at, confirmedAt: r.confirmed_at, valueUsd: r.total_usd }));
  return deps.connections.map((connection) => {
    const tolerance = TOLERATED_INTERVALS * deps.intervalMs(connection);
    const { points } = valueSeries(rows, { from, to, maxPoints, stepMs: view.stepMs, connectionIds: [connection.id], toleranceMs: () => tolerance });
    return { connectionId: connection.id, label: connection.label, values: points.map((p) => p.valueUsd) };
  });
}
