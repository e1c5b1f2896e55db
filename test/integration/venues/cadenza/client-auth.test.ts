import { afterEach, describe, expect, it } from 'vitest';
import { cadenzaConnector, startCadenzaSimulator, type CadenzaSimulator } from '../../../../src/main/venues/cadenza';
import { smallBook } from '../../../unit/venues/cadenza/fixtures';
import { contextFor, expectVenueError, listPath, loginPath, namesPath, paths, refreshPath, tokensSeen } from './helpers';

let sim: CadenzaSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const bearerOf = (sim: CadenzaSimulator, index: number) => String(sim.requests[index]?.headers.authorization);

describe('Cadenza sessions', () => {
  it('refreshes about five minutes before expiry, rotating both tokens, without a 401', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    let clock = Date.parse('2024-01-02T03:04:05Z');
    const client = cadenzaConnector.createClient(contextFor(sim, { now: () => new Date(clock) }));
    await client.read();
    clock += 54 * 60_000;
    await client.read();
    expect(paths(sim)).toEqual([loginPath, listPath, namesPath, listPath]);
    clock += 2 * 60_000; // 56 minutes in: inside the 5-minute lead of a 60-minute token
    await client.read();
    await client.read();
    expect(paths(sim)).toEqual([loginPath, listPath, namesPath, listPath, refreshPath, listPath, listPath]);
    expect(bearerOf(sim, 5)).not.toBe(bearerOf(sim, 1));
    const firstRefresh = JSON.parse(sim.requests[4]?.bodyText ?? '{}') as { refreshToken?: string };
    expect(firstRefresh.refreshToken).toMatch(/\./);
    // The rotated refresh token is the one used next time; the names are an hour old by then and read again.
    clock += 56 * 60_000;
    await client.read();
    const second = JSON.parse(sim.requests[7]?.bodyText ?? '{}') as { refreshToken?: string };
    expect(second.refreshToken).not.toBe(firstRefresh.refreshToken);
    expect(paths(sim, 7)).toEqual([refreshPath, listPath, namesPath]);
  });

  it('answers a 401 mid-session with one refresh and one retry', async () => {
    let venueClock = Date.now();
    sim = await startCadenzaSimulator({ data: smallBook, accessTokenTtlSec: 1, now: () => venueClock });
    // A frozen clock: the client believes its token fresh, the simulator's clock moves past its expiry.
    const client = cadenzaConnector.createClient(contextFor(sim));
    await client.read();
    venueClock += 1_100;
    const read = await client.read();
    expect(read.holdings).toHaveLength(6);
    expect(paths(sim)).toEqual([loginPath, listPath, namesPath, listPath, refreshPath, listPath]);
    expect(bearerOf(sim, 5)).not.toBe(bearerOf(sim, 3));
  });

  it('logs in afresh when every token has been revoked', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    const client = cadenzaConnector.createClient(contextFor(sim));
    await client.read();
    sim.faults.set({ kind: 'revoke_tokens' });
    const read = await client.read();
    expect(read.holdings).toHaveLength(6);
    expect(paths(sim)).toEqual([loginPath, listPath, namesPath, listPath, refreshPath, loginPath, listPath]);
  });

  it('gives up with an auth error when even a renewed token is refused', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, accessTokenTtlSec: 0 });
    const error = await expectVenueError(cadenzaConnector.createClient(contextFor(sim)).read(), 'auth');
    expect(paths(sim)).toEqual([loginPath, listPath, refreshPath, listPath]);
    expect(error.message).toContain('INVALID_TOKEN');
    for (const token of tokensSeen(sim)) expect(error.message).not.toContain(token);
  });

  it('refuses a wrong password once, with a sentence naming Cadenza, and never retries it', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    const credentials = { email: sim.credentials.email, password: 'not-the-password' };
    const error = await expectVenueError(cadenzaConnector.createClient(contextFor(sim, { credentials })).read(), 'auth');
    expect(error.message).toMatch(/^Cadenza rejected the credentials \(HTTP 401, login: errno -100001: Invalid login credentials\)\. Check the credentials/);
    expect(error.message).not.toContain('not-the-password');
    expect(paths(sim)).toEqual([loginPath]);
  });

  it('says so when the connection holds an API key instead of a login', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    const credentials = { apiKey: 'key', apiSecret: 'secret' };
    await expectVenueError(cadenzaConnector.createClient(contextFor(sim, { credentials })).read(), 'auth');
    expect(sim.requests).toHaveLength(0);
  });

  it('keeps one session across concurrent reads: one login, no spent refresh token reused', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    let clock = Date.parse('2024-01-02T03:04:05Z');
    const client = cadenzaConnector.createClient(contextFor(sim, { now: () => new Date(clock) }));
    await Promise.all([client.read(), client.read()]);
    clock += 58 * 60_000;
    await Promise.all([client.read(), client.read()]);
    expect(paths(sim).filter((path) => path === loginPath)).toHaveLength(1);
    expect(paths(sim).filter((path) => path === refreshPath)).toHaveLength(1);
  });
});
