import type { ClientContext } from '../connector';

/** What every row of one read carries besides the venue's figures: whose read it is and when it was made. */
export interface ReadMeta {
  readonly connectionId: string;
  /** ISO-8601 UTC, by the client's clock. */
  readonly fetchedAt: string;
}

/** The read's metadata, taken once per read so that every row of it carries the same time. */
export function readMetaOf(context: Pick<ClientContext, 'connectionId' | 'now'>): ReadMeta {
  return { connectionId: context.connectionId, fetchedAt: context.now().toISOString() };
}
