import { expect } from 'vitest';
import type { VenueErrorKind } from '../../../src/shared/domain/holding';
import type { ClientContext } from '../../../src/main/venues/connector';
import type { HttpPolicy } from '../../../src/main/venues/shared/http';
import type { LtpFamilySimulator } from '../../../src/main/venues/ltp-family/simulator/server';
import { signedHeaders, type QueryParams } from '../../../src/main/venues/ltp-family/signing';
import { parseJsonExact } from '../../../src/main/venues/shared/lossless-json';
import { VenueError } from '../../../src/main/venues/shared/venue-error';

/**
 * Short backoffs, so that failure paths finish quickly, and a timeout a busy machine never reaches: a
 * slow answer sent again would change what the tests count. Tests of the timeout set their own.
 */
export const fastHttp: HttpPolicy = { timeoutMs: 5_000, retry: { limit: 2, baseDelayMs: 10, maxDelayMs: 100 } };

/**
 * For a burst at the rate gate: a timeout long enough that no slow answer is sent twice, and many retries.
 * A machine too busy to keep the spacing (both cores taken by other work) can deliver a burst to the
 * simulator bunched, past the gate's jitter margin, and draw a 429 again on the retry; a burst test checks
 * the spacing at the simulator, not how often a starved process can retry.
 */
export const burstHttp: HttpPolicy = { timeoutMs: 30_000, retry: { ...fastHttp.retry, limit: 10 } };

export function contextFor(sim: LtpFamilySimulator, overrides: Partial<ClientContext> = {}): ClientContext {
  return { connectionId: 'conn-1', baseUrl: sim.baseUrl, credentials: sim.credentials, now: () => new Date(), http: fastHttp, ...overrides };
}

/** Awaits a rejection and checks it is a VenueError of this kind whose sentence names the venue. */
export async function expectVenueError(promise: Promise<unknown>, kind: VenueErrorKind, venueName: string): Promise<VenueError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(VenueError);
  const venueError = error as VenueError;
  expect({ kind: venueError.kind, message: venueError.message }).toEqual({ kind, message: expect.stringMatching(new RegExp(`^${venueName} `)) });
  return venueError;
}

export interface SignedFetchOptions {
  readonly credentials?: { apiKey: string; apiSecret: string };
  readonly now?: Date;
  /** Replace the signed headers, to send what a broken client would. */
  readonly headers?: Record<string, string>;
}

/** A GET signed like the client signs it, for driving a simulator directly. */
export function signedFetch(
  sim: LtpFamilySimulator,
  path: string,
  params: QueryParams = [],
  options: SignedFetchOptions = {},
): Promise<Response> {
  const headers = { ...signedHeaders(options.credentials ?? sim.credentials, params, options.now ?? new Date()), ...options.headers };
  return fetch(`${sim.baseUrl}${path}?${new URLSearchParams(params.map(([key, value]): [string, string] => [key, value])).toString()}`, { headers });
}

/** The envelope of a simulator answer, numbers kept as text. */
export async function envelopeOf(response: Response): Promise<{ status: number; code: string; data: unknown }> {
  const body = parseJsonExact(await response.text()) as { code: string; data: unknown };
  return { status: response.status, code: body.code, data: body.data };
}
