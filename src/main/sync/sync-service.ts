import type { Connection } from '../../shared/domain/connection';
import type { Holding } from '../../shared/domain/holding';
import type { SyncOutcome, TestResult } from '../../shared/domain/sync';
import type { EventBus } from '../event-bus';
import type { Logger } from '../log/logger';
import type { CredentialVault } from '../secrets/credentials';
import type { SnapshotsRepo } from '../store/snapshots-repo';
import type { SyncLogRepo } from '../store/sync-log-repo';
import type { VenueConnector, VenueRead } from '../venues/connector';
import { isPriceSource, type PriceBook } from '../portfolio/price-book';
import { bookPricesOf, needsPriceBook, totalsOf, valueHoldings } from '../portfolio/valuation';
import type { StoredBookPrice } from '../store/set-codec';
import type { ClientPool } from './client-pool';
import { keychainFailure, readFailure, storageFailure, venueFailure } from './read-failure';
import { saveWithRetry } from './save-retry';

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
  /** The data folder, named in the sentence when the database or its disk fails. */
  readonly dataDir: string;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
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
  private async value(connection: Connection, venueRead: VenueRead): Promise<{ at: Date; holdings: Holding[]; bookPrices: StoredBookPrice[] }> {
    if (!isPriceSource(connection.venue) && needsPriceBook(venueRead.holdings)) await Promise.allSettled([...this.pricing]);
    const at = this.deps.now();
    // Building the book reads every connection's newest holdings: only a read that needs it pays for it.
    const book = needsPriceBook(venueRead.holdings) ? this.deps.priceBook(at.getTime()) : new Map();
    const bookPrices = bookPricesOf(venueRead.holdings, book);
    return { at, holdings: valueHoldings(venueRead.holdings, book), bookPrices };
  }

  private async readAndStore(connection: Connection, signal?: AbortSignal): Promise<SyncOutcome> {
    const { deps } = this;
    deps.events.emit('sync.progress', { connectionId: connection.id, phase: 'started', outcome: null });
    let outcome: SyncOutcome;
    try {
      const venueRead = await this.readVenue(connection, signal);
      const { at, holdings, bookPrices } = await this.value(connection, venueRead);
      const totals = totalsOf(holdings);
      const snapshot = {
        connectionId: connection.id,
        at,
        holdings,
        positions: venueRead.positions,
        uncountedPositions: venueRead.uncountedPositions,
        marginAccounts: venueRead.marginAccounts,
        accountTotals: venueRead.accountTotals,
        accountCount: venueRead.accountCount,
        totalUsd: totals.totalUsd,
        bookPrices,
      };
      // A good read is never lost to another process's write: it waits its turn, and only a database that
      // stays busy, or a full disk, fails it, as Holdfast's failure and never the venue's.
      await saveWithRetry(() => deps.snapshots.record(snapshot), deps.dataDir).catch((error: unknown) => {
        throw storageFailure(error, deps.dataDir, 'save this read') ?? error;
      });
      const warnings = venueRead.warnings.map((w) => (w.accountLabel ? `${w.accountLabel}: ${w.message}` : w.message));
      const connector = deps.connectorFor(connection.venue);
      await this.logOutcome(() => {
        deps.syncLog.add(connection.id, at, 'ok', `Read ${plural(venueRead.accountCount, connector.accountNoun)}, ${plural(holdings.length, 'holding')}`);
        for (const warning of warnings) deps.syncLog.add(connection.id, at, 'warning', warning);
      });
      outcome = { connectionId: connection.id, venue: connection.venue, ok: true, holdings: holdings.length, error: null, warnings };
      deps.events.emit('portfolio.changed', {});
    } catch (error) {
      if (signal?.aborted) throw error;
      const failure = readFailure(error, connection, deps.dataDir, deps.log);
      await this.logOutcome(() => deps.syncLog.add(connection.id, deps.now(), failure.kind, failure.message));
      outcome = { connectionId: connection.id, venue: connection.venue, ok: false, holdings: 0, error: { kind: failure.kind, message: failure.message }, warnings: [] };
    }
    deps.events.emit('sync.progress', { connectionId: connection.id, phase: 'finished', outcome });
    return outcome;
  }

  /** One real read, stored nowhere: "OK — 3 portfolios, 12 holdings" or the typed error's sentence. */
  async test(connection: Connection, signal?: AbortSignal): Promise<TestResult> {
    try {
      const venueRead = await this.readVenue(connection, signal);
      const noun = this.deps.connectorFor(connection.venue).accountNoun;
      return {
        ok: true,
        message: `OK — ${plural(venueRead.accountCount, noun)}, ${plural(venueRead.holdings.length, 'holding')}`,
        warnings: venueRead.warnings.map((w) => (w.accountLabel ? `${w.accountLabel}: ${w.message}` : w.message)),
      };
    } catch (error) {
      if (signal?.aborted) throw error;
      return { ok: false, message: readFailure(error, connection, this.deps.dataDir, this.deps.log).message, warnings: [] };
    }
  }

  private async readVenue(connection: Connection, signal?: AbortSignal): Promise<VenueRead> {
    const client = this.deps.clients.get(connection, await this.credentials(connection));
    return this.fromVenue(connection, signal, () => client.read(signal));
  }

  /** A keychain that is locked or lacks the key is this computer's problem, not the venue's. */
  private credentials(connection: Connection) {
    return this.deps.vault.load(connection.id, connection.venue).catch((error: unknown) => {
      throw keychainFailure(error);
    });
  }

  /** Anything the venue client throws is about the venue's answer; an abort goes up as it is. */
  private async fromVenue<T>(connection: Connection, signal: AbortSignal | undefined, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw signal?.aborted ? error : venueFailure(error, connection, this.deps.log);
    }
  }

  /** The sync log is the record, not the data: a line that cannot be written (a full disk) is logged and the outcome still returned. */
  private async logOutcome(write: () => void): Promise<void> {
    try {
      await saveWithRetry(write, this.deps.dataDir);
    } catch (error) {
      this.deps.log.error('the sync log could not be written', error);
    }
  }
}

