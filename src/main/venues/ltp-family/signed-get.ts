import type { VenueId } from '../../../shared/domain/venue';
import type { ClientContext } from '../connector';
import { createVenueHttp, type VenueHttp } from '../shared/http';
import type { Rate } from '../shared/rate-limit';
import { VenueError } from '../shared/venue-error';
import { isSoftRateLimit, unwrapEnvelope } from './envelope';
import { signedHeaders, sortParams, type QueryParams } from './signing';

export interface Endpoint {
  readonly path: string;
  /** Requests of one class share one rate gate per host. */
  readonly endpointClass: string;
  readonly rate: Rate;
}

export interface SignedGet {
  /** The envelope's `data` of one signed GET, or the VenueError the answer means. */
  (endpoint: Endpoint, params: QueryParams, signal?: AbortSignal): Promise<unknown>;
}

/** The one request path of the LTP family: sign, send through the shared HTTP layer, unwrap the envelope. */
export function createSignedGet(venue: VenueId, context: ClientContext): SignedGet {
  const credentials = context.credentials;
  const http: VenueHttp = createVenueHttp(venue, context.baseUrl, context.http, isSoftRateLimit);
  return async (endpoint, params, signal) => {
    if (!('apiKey' in credentials)) throw new VenueError('auth', venue, 'this connection has no API key and secret');
    const sorted = sortParams(params);
    const answer = await http.send({
      method: 'GET',
      path: endpoint.path,
      searchParams: sorted,
      // ky's retries resend these headers: the nonce stays within the venue's ±60 s for the retry policy's delays.
      headers: signedHeaders(credentials, sorted, context.now()),
      endpointClass: endpoint.endpointClass,
      rate: endpoint.rate,
      signal,
    });
    return unwrapEnvelope(venue, `GET ${endpoint.path}`, answer);
  };
}

/**
 * The gate spaces request starts on this machine; the venue counts arrivals, which jitter by the
 * network's varying latency (a burst's first requests also wait for their connections). Stretching the
 * window by that much keeps every venue-side window within the documented count.
 */
const TRANSPORT_JITTER_MS = 250;

export function withJitterMargin(documented: Rate): Rate {
  return { count: documented.count, perMs: documented.perMs + TRANSPORT_JITTER_MS };
}

/** The fastest poll the documented rate allows for a read of `requestsPerRead` requests, and never under 10 s. */
export function minPollIntervalSec(documented: Rate, requestsPerRead: number): number {
  return Math.max(10, Math.ceil((requestsPerRead * documented.perMs) / documented.count / 1000));
}
