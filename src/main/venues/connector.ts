import type { AccountTotal, Holding, MarginAccount, PositionDetail, ReadWarning } from '../../shared/domain/holding';
import type { Credentials, VenueId } from '../../shared/domain/venue';
import type { HttpPolicy } from './shared/http';

export interface ClientContext {
  readonly connectionId: string;
  readonly baseUrl: string;
  readonly credentials: Credentials;
  readonly now: () => Date;
  /** Timeouts and retries; tests shorten them. */
  readonly http?: HttpPolicy;
  /** Hears every secret the client obtains while reading (Cadenza's session tokens), so the redactor masks it everywhere. */
  readonly onSecret?: (value: string) => void;
}

/**
 * One complete, successful read of a connection: everything a snapshot holds.
 *
 * How positions are represented, so that P&L is counted exactly once (issue 16):
 * - `holdings` is what net worth sums. Where a venue's balances do NOT include position P&L
 *   (connector.positionPnlInBalances false: Tread.fi, Cadenza), each position is also a holding of
 *   kind 'position' there, and its value is its P&L.
 * - `uncountedPositions` are positions whose P&L the venue's balances already hold (RapidX/ConneX,
 *   whose asset equity includes uPnL): rows in the unified holding shape, kind 'position', valueUsd
 *   '0' (they add nothing), never summed into net worth and never priced by the price book. Net worth
 *   of a read is therefore the same whether positions were read or not.
 * - `positions` carries the venue details of every position of both lists, joined to its row by
 *   (accountId, exchange, asset). A position is shown from `holdings` ∪ `uncountedPositions`.
 */
export interface VenueRead {
  readonly holdings: Holding[];
  readonly uncountedPositions: Holding[];
  readonly positions: PositionDetail[];
  /** Per account and exchange margin figures, where the venue reports them. */
  readonly marginAccounts: MarginAccount[];
  readonly accountTotals: AccountTotal[];
  /** Portfolios or accounts seen, including empty ones. */
  readonly accountCount: number;
  readonly warnings: ReadWarning[];
}

export interface VenueClient {
  /** Reads everything this connection can see; throws VenueError on failure. */
  read(signal?: AbortSignal): Promise<VenueRead>;
}

/** Each venue folder's index.ts exports one of these; the registry maps venue ids to them. */
export interface VenueConnector {
  readonly venue: VenueId;
  /** "portfolio" for RapidX/ConneX, "account" for the others: used in "OK — 3 portfolios, 12 holdings". */
  readonly accountNoun: string;
  /** The fastest this venue may be polled, from its documented limits. */
  readonly minPollIntervalSec: number;
  /**
   * Whether this venue's balances already include its positions' unrealised P&L. True: its positions
   * come in VenueRead.uncountedPositions and add nothing to net worth. False: they are holdings whose
   * value is their P&L.
   */
  readonly positionPnlInBalances: boolean;
  createClient(context: ClientContext): VenueClient;
}
