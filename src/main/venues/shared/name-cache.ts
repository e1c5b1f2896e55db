import type { ReadWarning } from '../../../shared/domain/holding';
import { VenueError } from './venue-error';

/** Account names by account id, and why there are none (or old ones) when the lookup failed. */
export interface NameLookup {
  readonly names: ReadonlyMap<string, string>;
  readonly warning: ReadWarning | null;
}

/** No names known, nothing wrong: every account is labelled by its id. */
export const noNames: NameLookup = { names: new Map(), warning: null };

export interface NameCacheOptions {
  readonly now: () => Date;
  /** Names rarely change: looked up once an hour, not on every balance read. */
  readonly ttlMs?: number;
  /** After a failed lookup: sooner than the hour, yet far from every read, so a refusing endpoint is not hammered. */
  readonly retryMs?: number;
}

const HOUR_MS = 3_600_000;
const RETRY_MS = 15 * 60_000;

/**
 * A per-client cache of the names a venue gives its accounts. A failed lookup never fails the read: the
 * ids stand (or the last names read), and the warning says why, on every read until a lookup succeeds.
 */
export class NameCache {
  private names: ReadonlyMap<string, string> = new Map();
  private warning: ReadWarning | null = null;
  private nextLookupMs = Number.NEGATIVE_INFINITY;
  /** Reads that overlap share one lookup. */
  private pending: Promise<NameLookup> | null = null;

  constructor(
    private readonly lookup: (signal?: AbortSignal) => Promise<ReadonlyMap<string, string>>,
    /** What the names are, for the warning: "RapidX portfolio names". */
    private readonly what: string,
    private readonly options: NameCacheOptions,
  ) {}

  get(signal?: AbortSignal): Promise<NameLookup> {
    const nowMs = this.options.now().getTime();
    if (nowMs < this.nextLookupMs) return Promise.resolve({ names: this.names, warning: this.warning });
    this.pending ??= this.refresh(nowMs, signal).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async refresh(nowMs: number, signal?: AbortSignal): Promise<NameLookup> {
    try {
      this.names = await this.lookup(signal);
      this.warning = null;
      this.nextLookupMs = nowMs + (this.options.ttlMs ?? HOUR_MS);
    } catch (error) {
      if (signal?.aborted || !(error instanceof VenueError)) throw error;
      const shown = this.names.size > 0 ? 'the names read earlier are shown' : 'accounts are shown by their ids';
      this.warning = { accountId: null, accountLabel: null, message: `${this.what} could not be read, so ${shown}: ${error.message}` };
      this.nextLookupMs = nowMs + (this.options.retryMs ?? RETRY_MS);
    }
    return { names: this.names, warning: this.warning };
  }
}
