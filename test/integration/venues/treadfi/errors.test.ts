import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunningSimulator } from '../../../../src/main/venues/shared/simulator/server';
import type { VenueError } from '../../../../src/main/venues/shared/venue-error';
import { createTreadfiClient } from '../../../../src/main/venues/treadfi/client';
import { startTreadfiSimulator, type TreadfiSimulatorOptions } from '../../../../src/main/venues/treadfi';
import { clientFor, failureOf, fastPolicy, inFrontOf, smallData } from './helpers';

const running: RunningSimulator[] = [];
async function simulator(options: TreadfiSimulatorOptions = {}) {
  const sim = await startTreadfiSimulator({ data: smallData, ...options });
  running.push(sim);
  return sim;
}
async function front(...args: Parameters<typeof inFrontOf>) {
  const sim = await inFrontOf(...args);
  running.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

/** Every failure is a sentence that names the venue and never holds the token. */
function expectSentence(error: VenueError, token: string): void {
  expect(error.message).toMatch(/^Tread\.fi .+\.$/);
  expect(error.message).not.toContain(token);
  expect(error.detail).not.toContain(token);
}

const paths = (sim: RunningSimulator) => sim.requests.map((request) => request.path);
const drf = (status: number, detail: string) => ({ status, body: { detail } });

describe('Tread.fi credentials', () => {
  it('maps a wrong token to auth after exactly one request', async () => {
    const sim = await simulator();
    const error = await failureOf(clientFor(sim, 'f'.repeat(40)).read());
    expect(error.kind).toBe('auth');
    expect(error.detail).toBe('HTTP 401, “Invalid token.” from /api/accounts/');
    expectSentence(error, 'f'.repeat(40));
    expect(paths(sim)).toEqual(['/api/accounts/']);
  });

  it('maps revoked tokens to auth', async () => {
    const sim = await simulator({ faults: [{ kind: 'revoke_tokens' }] });
    const error = await failureOf(clientFor(sim, sim.credentials.token).read());
    expect(error.kind).toBe('auth');
    expectSentence(error, sim.credentials.token);
    expect(sim.requests).toHaveLength(1);
  });

  it('maps 403 to permission without retrying', async () => {
    const sim = await simulator();
    const proxy = await front(sim, { '/api/accounts/': drf(403, 'You do not have permission to perform this action.') });
    const error = await failureOf(clientFor(proxy, sim.credentials.token).read());
    expect(error.kind).toBe('permission');
    expect(error.detail).toBe('HTTP 403, “You do not have permission to perform this action.” from /api/accounts/');
    expectSentence(error, sim.credentials.token);
    expect(paths(proxy)).toEqual(['/api/accounts/']);
  });

  it.each([
    [401, 'Invalid token.', 'auth'],
    [403, 'You do not have permission to perform this action.', 'permission'],
  ] as const)('never falls back to /api/balances/ when the cached endpoint answers %i', async (status, detail, kind) => {
    const sim = await simulator();
    const proxy = await front(sim, { '/api/sor/get_cached_account_balance': drf(status, detail) });
    const error = await failureOf(clientFor(proxy, sim.credentials.token).read());
    expect(error.kind).toBe(kind);
    expect(paths(proxy)).toEqual(['/api/accounts/', '/api/sor/get_cached_account_balance']);
  });

  it('keeps the token out of a message even where the venue echoes it', async () => {
    const sim = await simulator();
    const token = sim.credentials.token;
    const proxy = await front(sim, { '/api/accounts/': drf(401, `Invalid token ${token}.`) });
    const error = await failureOf(clientFor(proxy, token).read());
    expectSentence(error, token);
    expect(error.detail).toContain('[redacted]');
  });

  it('refuses a connection without a token, or with one no header can carry, before any request', async () => {
    const sim = await simulator();
    const noToken = createTreadfiClient({ connectionId: 'c', baseUrl: sim.baseUrl, credentials: { apiKey: 'k', apiSecret: 's' }, now: () => new Date(), http: fastPolicy });
    expect((await failureOf(noToken.read())).kind).toBe('auth');
    const broken = `${sim.credentials.token}\nX-Injected: 1`;
    const error = await failureOf(clientFor(sim, broken).read());
    expect(error.kind).toBe('auth');
    expectSentence(error, sim.credentials.token);
    expect(sim.requests).toHaveLength(0);
  });
});

describe('Tread.fi rate limits and server errors', () => {
  it('recovers from one 429 with Retry-After and one 503', async () => {
    const sim = await simulator({ faults: [{ kind: 'rate_limit', times: 1, retryAfterSec: 1 }, { kind: 'server_error', times: 1, status: 503 }] });
    const read = await clientFor(sim, sim.credentials.token).read();
    expect(read.holdings).toHaveLength(9);
    expect(paths(sim)).toEqual(['/api/accounts/', '/api/accounts/', '/api/accounts/', '/api/sor/get_cached_account_balance']);
  });

  it('maps a lasting 429 to rate_limit with the Retry-After wait', async () => {
    const sim = await simulator({ faults: [{ kind: 'rate_limit', times: 50, retryAfterSec: 3 }] });
    const error = await failureOf(clientFor(sim, sim.credentials.token).read());
    expect(error.kind).toBe('rate_limit');
    expect(error.retryAfterMs).toBe(3000);
    expectSentence(error, sim.credentials.token);
    expect(sim.requests).toHaveLength(1 + fastPolicy.retry.limit);
  });

  it('takes the wait from DRF’s throttle message when there is no Retry-After', async () => {
    const sim = await simulator();
    const proxy = await front(sim, { '/api/accounts/': drf(429, 'Request was throttled. Expected available in 7 seconds.') });
    const error = await failureOf(clientFor(proxy, sim.credentials.token).read());
    expect(error.kind).toBe('rate_limit');
    expect(error.retryAfterMs).toBe(7000);
  });

  it('maps 5xx that lasts past the retries to server', async () => {
    const sim = await simulator({ faults: [{ kind: 'server_error', times: 50, status: 500 }] });
    const error = await failureOf(clientFor(sim, sim.credentials.token).read());
    expect(error.kind).toBe('server');
    expect(error.detail).toBe('HTTP 500, “Internal error” from /api/accounts/');
    expectSentence(error, sim.credentials.token);
  });

  it('falls back to /api/balances/ when the cached endpoint keeps failing with 503', async () => {
    const sim = await simulator();
    const proxy = await front(sim, { '/api/sor/get_cached_account_balance': drf(503, 'Service unavailable.') });
    const read = await clientFor(proxy, sim.credentials.token).read();
    expect(read.holdings).toHaveLength(9);
    expect(read.warnings[0]?.message).toContain('(HTTP 503)');
    const cachedTries = paths(proxy).filter((path) => path === '/api/sor/get_cached_account_balance');
    expect(cachedTries).toHaveLength(1 + fastPolicy.retry.limit);
    expect(paths(proxy).at(-1)).toBe('/api/balances/');
  });

  it('reports the fallback’s own failure when both balance endpoints fail', async () => {
    const sim = await simulator({ cachedEndpoint: false });
    const proxy = await front(sim, { '/api/balances/': drf(502, 'Bad gateway.') });
    const error = await failureOf(clientFor(proxy, sim.credentials.token).read());
    expect(error.kind).toBe('server');
    expect(error.detail).toBe('HTTP 502, “Bad gateway.” from /api/balances/');
  });
});

describe('Tread.fi answers Holdfast cannot read', () => {
  it('maps an HTML page to bad_response', async () => {
    const sim = await simulator({ faults: [{ kind: 'html_error', times: 50, status: 200 }] });
    const error = await failureOf(clientFor(sim, sim.credentials.token).read());
    expect(error.kind).toBe('bad_response');
    expect(error.detail).toBe('HTTP 200 with an HTML page');
    expectSentence(error, sim.credentials.token);
  });

  it('maps a lasting HTML 502 from a proxy to server', async () => {
    const sim = await simulator({ faults: [{ kind: 'html_error', times: 50, status: 502 }] });
    const error = await failureOf(clientFor(sim, sim.credentials.token).read());
    expect(error.kind).toBe('server');
    expect(error.detail).toBe('HTTP 502, an HTML page from /api/accounts/');
  });

  it('maps malformed JSON to bad_response', async () => {
    const sim = await simulator({ faults: [{ kind: 'malformed_json', times: 50 }] });
    const error = await failureOf(clientFor(sim, sim.credentials.token).read());
    expect(error.kind).toBe('bad_response');
    expectSentence(error, sim.credentials.token);
  });

  it.each([
    [true, '/api/sor/get_cached_account_balance: at balances.0.assets.0.amount'],
    [false, '/api/balances/: at Binance Main.assets.0.size'],
  ])('maps schema drift to bad_response naming the field (cached endpoint: %s)', async (cachedEndpoint, where) => {
    const sim = await simulator({ cachedEndpoint, faults: [{ kind: 'schema_drift' }] });
    const error = await failureOf(clientFor(sim, sim.credentials.token).read());
    expect(error.kind).toBe('bad_response');
    expect(error.detail).toContain(where);
    expectSentence(error, sim.credentials.token);
  });

  it('maps no answer to timeout', async () => {
    // A server that takes connections and never answers, counting the requests that carry this test's own
    // token as their bytes arrive. Not the simulator's log: it records a request once it has read it, and on a
    // busy machine the client's timeout can pass first. Not bare connections: one run counted 4 for 2 requests
    // (a connection without this request, perhaps another file's client in the same fork on a reused port).
    // The timeout is 2 s, not the 0.2 s it was: beside two CPU hogs a 0.2 s timeout once fired before the
    // retry had written its request, so the server never saw it and counted one.
    const token = `timeout-${'b'.repeat(32)}`;
    let attempts = 0;
    const open = new Set<Socket>();
    const silent = createServer((socket) => {
      open.add(socket);
      let received = '';
      socket.on('data', (chunk: Buffer) => {
        if (received.includes(token)) return;
        received += chunk.toString('latin1');
        if (received.includes(token)) attempts += 1;
      });
      socket.on('error', () => {});
      socket.on('close', () => open.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const policy = { timeoutMs: 2_000, retry: { limit: 1, baseDelayMs: 10, maxDelayMs: 50 } };
      const error = await failureOf(clientFor({ baseUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}` }, token, {}, policy).read());
      expect(error.kind).toBe('timeout');
      expect(error.message).toBe('Tread.fi did not answer in time (no answer within 2 s). Holdfast will try again; if it keeps happening, check the venue’s status.');
      expectSentence(error, token);
      // One try and one retry.
      await vi.waitFor(() => expect(attempts).toBe(2), { timeout: 30_000 });
    } finally {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
