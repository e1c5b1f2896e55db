import { expect } from 'vitest';
import type { ClientContext, VenueClient } from '../../../../src/main/venues/connector';
import type { HttpPolicy } from '../../../../src/main/venues/shared/http';
import { cadenzaConnector, startCadenzaSimulator, type CadenzaSimulator, type CadenzaSimulatorOptions } from '../../../../src/main/venues/cadenza';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';
import type { VenueErrorKind } from '../../../../src/shared/domain/holding';
import { connectionId, fetchedAt, smallBook } from '../../../unit/venues/cadenza/fixtures';

export const listPath = '/api/v3/tradingAccount/portfolio/list';
export const loginPath = '/api/v3/auth/login';
/** The nicknames: read with the first read, then about once an hour. */
export const namesPath = '/api/v3/tradingAccount/list';
export const refreshPath = '/api/v3/auth/token/refresh';

/** Short backoffs, and a timeout a busy machine never reaches (a slow answer sent again would be counted); the timeout test sets its own. */
export const shortPolicy = { timeoutMs: 5_000, retry: { limit: 2, baseDelayMs: 10, maxDelayMs: 100 } } as const;

export function contextFor(sim: CadenzaSimulator, overrides: Partial<ClientContext> = {}): ClientContext {
  return { connectionId, baseUrl: sim.baseUrl, credentials: sim.credentials, now: () => new Date(fetchedAt), http: shortPolicy, ...overrides };
}

export function paths(sim: CadenzaSimulator, from = 0): string[] {
  return sim.requests.slice(from).map((request) => request.path);
}

/** Every token the client sent or was sent: no error message may contain one. */
export function tokensSeen(sim: CadenzaSimulator): string[] {
  return sim.requests.flatMap((request) => {
    const bearer = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
    const refresh = /"refreshToken":"([^"]+)"/.exec(request.bodyText)?.[1];
    return [bearer, refresh].filter((token): token is string => token !== undefined);
  });
}

export async function expectVenueError(promise: Promise<unknown>, kind: VenueErrorKind): Promise<VenueError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VenueError);
  const venueError = error as VenueError;
  expect(venueError.kind, venueError.message).toBe(kind);
  expect(venueError.message).toMatch(/^Cadenza /);
  return venueError;
}

/** A client that has logged in and read once, so that faults set next hit the data calls. */
export async function startSignedIn(options: CadenzaSimulatorOptions = {}, http: HttpPolicy = shortPolicy): Promise<{ sim: CadenzaSimulator; client: VenueClient; from: number }> {
  const sim = await startCadenzaSimulator({ data: smallBook, ...options });
  const client = cadenzaConnector.createClient(contextFor(sim, { http }));
  await client.read();
  return { sim, client, from: sim.requests.length };
}

/** The read fails with this kind, and its message carries no token and no password. */
export async function expectReadFails(sim: CadenzaSimulator, client: VenueClient, kind: VenueErrorKind): Promise<VenueError> {
  const error = await expectVenueError(client.read(), kind);
  for (const secret of [...tokensSeen(sim), sim.credentials.password]) expect(error.message).not.toContain(secret);
  return error;
}
