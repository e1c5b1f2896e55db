import { sumDecimals } from '../../shared/decimal';
import type { Connection } from '../../shared/domain/connection';
import { ReadErrorKind, VenueErrorKind } from '../../shared/domain/holding';
import type { ConnectionHealth, ConnectionStatus, PortfolioSummary } from '../../shared/domain/portfolio';
import type { PollState } from '../../shared/domain/sync';
import { STALE_AFTER_INTERVALS } from './policy';
import type { SetSummary } from './set-summary';

/** What the store knows of one connection's newest data. */
export interface ConnectionData {
  readonly connection: Connection;
  readonly takenAt: number | null;
  readonly confirmedAt: number | null;
  readonly set: SetSummary | null;
  /** The set's reconciliation, with the user's account names. */
  readonly reconciliation: SetSummary['reconciliation'];
  readonly lastOutcome: { readonly kind: string; readonly message: string; readonly at: string } | null;
  readonly pollState: PollState;
  /** Effective poll interval: a connection is stale after STALE_AFTER_INTERVALS missed intervals. */
  readonly intervalMs: number;
}

const errorKinds: ReadonlySet<string> = new Set(ReadErrorKind.options);
// Offline means the venues could not be read; a full disk or a locked keychain is a local problem, shown as such.
const venueKinds: ReadonlySet<string> = new Set(VenueErrorKind.options);

/** Whether a sync-log kind records a failed read (as opposed to ok, or a warning). */
export function isFailedRead(kind: string): boolean {
  return errorKinds.has(kind);
}

function statusOf(data: ConnectionData, nowMs: number): ConnectionStatus {
  const failed = data.lastOutcome !== null && isFailedRead(data.lastOutcome.kind);
  if (!data.connection.enabled) return 'disabled';
  if (data.pollState === 'syncing') return 'syncing';
  if (data.pollState === 'paused') return 'paused';
  if (failed) return 'error';
  if (data.confirmedAt === null) return 'never';
  return nowMs - data.confirmedAt > STALE_AFTER_INTERVALS * data.intervalMs ? 'stale' : 'ok';
}

export function connectionHealth(data: ConnectionData, nowMs: number): ConnectionHealth {
  const failed = data.lastOutcome && isFailedRead(data.lastOutcome.kind) ? data.lastOutcome : null;
  return {
    connectionId: data.connection.id,
    venue: data.connection.venue,
    label: data.connection.label,
    status: statusOf(data, nowMs),
    lastSnapshotAt: data.takenAt === null ? null : new Date(data.takenAt).toISOString(),
    confirmedAt: data.confirmedAt === null ? null : new Date(data.confirmedAt).toISOString(),
    ageSec: data.confirmedAt === null ? null : Math.max(0, Math.round((nowMs - data.confirmedAt) / 1000)),
    totalUsd: data.set?.totalUsd ?? null,
    holdingCount: data.set?.holdingCount ?? 0,
    lastError: failed ? { kind: failed.kind as ReadErrorKind, message: failed.message, at: failed.at } : null,
  };
}

/** The portfolio now: the newest good data of every enabled connection, each with its age and health. */
export function portfolioSummary(all: readonly ConnectionData[], nowMs: number): Omit<PortfolioSummary, 'changes' | 'unpriced'> {
  const enabled = all.filter((d) => d.connection.enabled);
  const health = all.map((d) => connectionHealth(d, nowMs));
  const enabledHealth = health.filter((h) => h.status !== 'disabled');
  return {
    asOf: new Date(nowMs).toISOString(),
    netWorthUsd: sumDecimals(enabled.map((d) => d.set?.totalUsd ?? '0')),
    unpricedCount: enabled.reduce((count, d) => count + (d.set?.unpricedCount ?? 0), 0),
    offline: enabledHealth.length > 0 && enabledHealth.every((h) => h.lastError !== null && venueKinds.has(h.lastError.kind)),
    connections: health,
    reconciliation: enabled.flatMap((d) => d.reconciliation.map((r) => ({ connectionId: d.connection.id, venue: d.connection.venue, ...r }))),
  };
}
