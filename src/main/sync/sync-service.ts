import type { Connection } from '../../shared/domain/connection';
import type { Holding } from '../../shared/domain/holding';
import type { SyncOutcome, TestResult } from '../../shared/domain/sync';
import { AppError } from '../../shared/errors';
import type { EventBus } from '../event-bus';
import type { Logger } from '../log/logger';
import type { CredentialVault } from '../secrets/credentials';
import type { SnapshotsRepo } from '../store/snapshots-repo';
import type { SyncLogRepo } from '../store/sync-log-repo';
import type { VenueConnector, VenueRead } from '../venues/connector';
import { VenueError } from '../venues/shared/venue-error';
import { isPriceSource, type PriceBook } from '../portfolio/price-book';
import { needsPriceBook, totalsOf, valueHoldings } from '../portfolio/valuation';
import type { ClientPool } from './client-pool';

export interface SyncDeps {
  readonly vault: CredentialVault;
  readonly clients: ClientPool;
  readonly connectorFor: (venue: Connection['venue']) => VenueConnector;
  readonly snapshots: SnapshotsRepo;
  readonly syncLog: SyncLogRepo;
  /** Prices at an instant, from every connection's stored snapshots (the portfolio's price book). */
  readonly priceBook: (atMs: number) => PriceBook;
  readonly events: EventBus;
  readonly log: Logger;
  readonly now: () => Date;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A read that failed for a reason that is not the venue's (no keychain, a bug): still a typed, logged outcome. */
function asVenueError(error: unknown, connection: Connection, log: Logger): VenueError {
  if (error instanceof VenueError) return error;
  if (error instanceof AppError) return new VenueError('auth', connection.venue, error.message);
  log.error(`reading ${connection.venue} connection ${connection.id} failed unexpectedly`, error);
  return new VenueError('bad_response', connection.venue, 'an unexpected error while reading; see the log');
}

/** One read of one connection: credentials from the keychain, the venue read, valuation, one snapshot, one log line. */
export class SyncService {
  /** Reads of price-source venues under way: a read that needs their prices waits for them before it is valued. */
  private readonly pricing = new Set<Promise<unknown>>();

  constructor(private readonly deps: SyncDeps) {}

  async read(connection: Connection, signal?: AbortSignal): Promise<SyncOutcome> {
    if (!isPriceSource(connection.venue)) return this.readAndStore(connection, signal);
    const read = this.readAndStore(connection, signal);
    this.pricing.add(read);
    try {
      return await read;
    } finally {
      this.pricing.delete(read);
    }
  }

  /**
   * Values a read from the price book once every price-source read under way has been stored, so that the
   * value never depends on which venue answered first (reads of one sync run at once). Price sources
   * never wait, so no two reads wait on each other.
   */
  private async value(connection: Connection, venueRead: VenueRead): Promise<{ at: Date; holdings: Holding[] }> {
    if (!isPriceSource(connection.venue) && needsPriceBook(venueRead.holdings)) await Promise.allSettled([...this.pricing]);
    const at = this.deps.now();
    return { at, holdings: valueHoldings(venueRead.holdings, this.deps.priceBook(at.getTime())) };
  }

  private async readAndStore(connection: Connection, signal?: AbortSignal): Promise<SyncOutcome> {
    const { deps } = this;
    deps.events.emit('sync.progress', { connectionId: connection.id, phase: 'started', outcome: null });
    let outcome: SyncOutcome;
    try {
      const venueRead = await this.readVenue(connection, signal);
      const { at, holdings } = await this.value(connection, venueRead);
      const totals = totalsOf(holdings);
      deps.snapshots.record({
        connectionId: connection.id,
        at,
        holdings,
        positions: venueRead.positions,
        uncountedPositions: venueRead.uncountedPositions,
        marginAccounts: venueRead.marginAccounts,
        accountTotals: venueRead.accountTotals,
        accountCount: venueRead.accountCount,
        totalUsd: totals.totalUsd,
      });
      const warnings = venueRead.warnings.map((w) => (w.accountLabel ? `${w.accountLabel}: ${w.message}` : w.message));
      const connector = deps.connectorFor(connection.venue);
      deps.syncLog.add(connection.id, at, 'ok', `Read ${plural(venueRead.accountCount, connector.accountNoun)}, ${plural(holdings.length, 'holding')}`);
      for (const warning of warnings) deps.syncLog.add(connection.id, at, 'warning', warning);
      outcome = { connectionId: connection.id, venue: connection.venue, ok: true, holdings: holdings.length, error: null, warnings };
      deps.events.emit('portfolio.changed', {});
    } catch (error) {
      if (signal?.aborted) throw error;
      const failure = asVenueError(error, connection, deps.log);
      deps.syncLog.add(connection.id, deps.now(), failure.kind, failure.message);
      outcome = { connectionId: connection.id, venue: connection.venue, ok: false, holdings: 0, error: { kind: failure.kind, message: failure.message }, warnings: [] };
    }
    deps.events.emit('sync.progress', { connectionId: connection.id, phase: 'finished', outcome });
    return outcome;
  }

  /** One real read, stored nowhere: "OK — 3 portfolios, 12 holdings" or the typed error's sentence. */
  async test(connection: Connection, signal?: AbortSignal): Promise<TestResult> {
    try {
      const credentials = await this.deps.vault.load(connection.id, connection.venue);
      const client = this.deps.clients.get(connection, credentials);
      const venueRead = await client.read(signal);
      const keyWarnings = client.keyWarnings ? await client.keyWarnings(signal) : [];
      const noun = this.deps.connectorFor(connection.venue).accountNoun;
      return {
        ok: true,
        message: `OK — ${plural(venueRead.accountCount, noun)}, ${plural(venueRead.holdings.length, 'holding')}`,
        warnings: [...keyWarnings, ...venueRead.warnings.map((w) => (w.accountLabel ? `${w.accountLabel}: ${w.message}` : w.message))],
      };
    } catch (error) {
      if (signal?.aborted) throw error;
      return { ok: false, message: asVenueError(error, connection, this.deps.log).message, warnings: [] };
    }
  }

  private async readVenue(connection: Connection, signal?: AbortSignal): Promise<VenueRead> {
    const credentials = await this.deps.vault.load(connection.id, connection.venue);
    return this.deps.clients.get(connection, credentials).read(signal);
  }
}

