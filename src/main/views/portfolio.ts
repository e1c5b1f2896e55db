import { Dec, decimalString } from '../../shared/decimal';
import type { AccountTotal, Holding } from '../../shared/domain/holding';
import type { Connection } from '../../shared/domain/connection';
import type { ConnectionHealth, ConnectionStatus, PortfolioSummary, Reconciliation } from '../../shared/domain/portfolio';
import type { VenueErrorKind } from '../../shared/domain/holding';
import { totalsOf } from '../sync/valuation';

/** What the store knows of one connection's newest data. */
export interface ConnectionData {
  readonly connection: Connection;
  readonly takenAt: number | null;
  readonly confirmedAt: number | null;
  readonly holdings: readonly Holding[];
  readonly accountTotals: readonly AccountTotal[];
  readonly lastOutcome: { readonly kind: string; readonly message: string; readonly at: string } | null;
  readonly pollState: 'idle' | 'syncing' | 'paused' | 'backoff' | 'disabled';
  /** Effective poll interval: a connection is stale after three missed intervals. */
  readonly intervalMs: number;
}

const STALE_AFTER_INTERVALS = 3;
const errorKinds: ReadonlySet<string> = new Set<VenueErrorKind>(['auth', 'permission', 'rate_limit', 'network', 'timeout', 'server', 'bad_response']);

function statusOf(data: ConnectionData, nowMs: number): ConnectionStatus {
  if (!data.connection.enabled) return 'disabled';
  if (data.pollState === 'syncing') return 'syncing';
  if (data.pollState === 'paused') return 'paused';
  if (data.confirmedAt === null) return data.lastOutcome && errorKinds.has(data.lastOutcome.kind) ? 'error' : 'never';
  if (data.lastOutcome && errorKinds.has(data.lastOutcome.kind)) return 'error';
  return nowMs - data.confirmedAt > STALE_AFTER_INTERVALS * data.intervalMs ? 'stale' : 'ok';
}

export function connectionHealth(data: ConnectionData, nowMs: number): ConnectionHealth {
  const failed = data.lastOutcome && errorKinds.has(data.lastOutcome.kind) ? data.lastOutcome : null;
  return {
    connectionId: data.connection.id,
    venue: data.connection.venue,
    label: data.connection.label,
    status: statusOf(data, nowMs),
    lastSnapshotAt: data.takenAt === null ? null : new Date(data.takenAt).toISOString(),
    confirmedAt: data.confirmedAt === null ? null : new Date(data.confirmedAt).toISOString(),
    ageSec: data.confirmedAt === null ? null : Math.max(0, Math.round((nowMs - data.confirmedAt) / 1000)),
    totalUsd: data.confirmedAt === null ? null : totalsOf(data.holdings).totalUsd,
    holdingCount: data.holdings.length,
    lastError: failed ? { kind: failed.kind as VenueErrorKind, message: failed.message, at: failed.at } : null,
  };
}

/** Venue-reported account totals beside the sum of our rows for the same account (and wallet, where the venue splits by it). */
export function reconcile(data: ConnectionData): Reconciliation[] {
  return data.accountTotals.map((total) => {
    const rows = data.holdings.filter((h) => h.accountId === total.accountId && (total.wallet === null || h.wallet === total.wallet));
    const computed = totalsOf(rows).totalUsd;
    return {
      connectionId: data.connection.id,
      venue: data.connection.venue,
      accountId: total.accountId,
      accountLabel: total.accountLabel,
      wallet: total.wallet,
      reportedUsd: total.reportedUsd,
      computedUsd: computed,
      differenceUsd: decimalString(new Dec(total.reportedUsd).minus(computed)),
    };
  });
}

/** The portfolio now: the newest good data of every enabled connection, each with its age and health. */
export function portfolioSummary(all: readonly ConnectionData[], nowMs: number): PortfolioSummary {
  const enabled = all.filter((d) => d.connection.enabled);
  const totals = totalsOf(enabled.flatMap((d) => d.holdings));
  const health = all.map((d) => connectionHealth(d, nowMs));
  const enabledHealth = health.filter((h) => h.status !== 'disabled');
  return {
    asOf: new Date(nowMs).toISOString(),
    netWorthUsd: totals.totalUsd,
    unpricedCount: totals.unpricedCount,
    offline: enabledHealth.length > 0 && enabledHealth.every((h) => h.lastError !== null),
    connections: health,
    reconciliation: enabled.flatMap(reconcile),
  };
}
