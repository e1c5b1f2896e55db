import type { VenueErrorKind } from '../../../shared/domain/holding';
import { type VenueId } from '../../../shared/domain/venue';
import { venues } from '../../../shared/domain/venue-info';

const advice: Record<VenueErrorKind, string> = {
  auth: 'Check the credentials of this connection (Connections → Edit).',
  permission: 'This key may not read this data: use a read-only key of the right level (see Connections).',
  rate_limit: 'Holdfast will slow down and try again.',
  network: 'Check your network connection and the connection’s base URL.',
  timeout: 'Holdfast will try again; if it keeps happening, check the venue’s status.',
  server: 'The venue has a problem on its side; Holdfast will try again later.',
  bad_response: 'Holdfast kept your last good data. The venue may have changed its API; please report this.',
};

const what: Record<VenueErrorKind, string> = {
  auth: 'rejected the credentials',
  permission: 'refused access',
  rate_limit: 'is rate-limiting Holdfast',
  network: 'could not be reached',
  timeout: 'did not answer in time',
  server: 'had a server error',
  bad_response: 'sent an answer Holdfast does not understand',
};

/**
 * A failed read, typed by what to do next (retry, back off, fix the key). The message is a sentence for
 * the user naming the venue; it is built from venue answers and codes, never from credentials.
 */
export class VenueError extends Error {
  constructor(
    readonly kind: VenueErrorKind,
    readonly venue: VenueId,
    readonly detail: string,
    readonly retryAfterMs?: number,
  ) {
    super(`${venues[venue].name} ${what[kind]} (${detail}). ${advice[kind]}`);
    this.name = 'VenueError';
  }

  get retryable(): boolean {
    return this.kind === 'rate_limit' || this.kind === 'server' || this.kind === 'timeout' || this.kind === 'network';
  }
}
