import type { AccountTotal, Holding, PositionDetail, ReadWarning } from '../../shared/domain/holding';
import type { Credentials, VenueId } from '../../shared/domain/venue';
import type { HttpPolicy } from './shared/http';

export interface ClientContext {
  readonly connectionId: string;
  readonly baseUrl: string;
  readonly credentials: Credentials;
  readonly now: () => Date;
  /** Timeouts and retries; tests shorten them. */
  readonly http?: HttpPolicy;
}

/** One complete, successful read of a connection: everything a snapshot holds. */
export interface VenueRead {
  readonly holdings: Holding[];
  readonly positions: PositionDetail[];
  readonly accountTotals: AccountTotal[];
  /** Portfolios or accounts seen, including empty ones. */
  readonly accountCount: number;
  readonly warnings: ReadWarning[];
}

export interface VenueClient {
  /** Reads everything this connection can see; throws VenueError on failure. */
  read(signal?: AbortSignal): Promise<VenueRead>;
  /** Sentences warning that the key can do more than read, where the venue tells. */
  keyWarnings?(signal?: AbortSignal): Promise<string[]>;
}

/** Each venue folder's index.ts exports one of these; the registry maps venue ids to them. */
export interface VenueConnector {
  readonly venue: VenueId;
  /** "portfolio" for RapidX/ConneX, "account" for the others: used in "OK — 3 portfolios, 12 holdings". */
  readonly accountNoun: string;
  /** The fastest this venue may be polled, from its documented limits. */
  readonly minPollIntervalSec: number;
  createClient(context: ClientContext): VenueClient;
}
