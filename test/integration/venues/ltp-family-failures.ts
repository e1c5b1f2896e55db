import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VenueErrorKind } from '../../../src/shared/domain/holding';
import type { ClientContext, VenueClient } from '../../../src/main/venues/connector';
import type { LtpFamilySimulator } from '../../../src/main/venues/ltp-family/simulator/server';
import type { HttpPolicy } from '../../../src/main/venues/shared/http';
import { contextFor, expectVenueError } from './ltp-family-helpers';

export interface FailureSuiteOptions {
  readonly venueName: string;
  readonly start: () => Promise<LtpFamilySimulator>;
  readonly createClient: (context: ClientContext) => VenueClient;
  /** The balances endpoint, read first: a read's retries are counted there (positions and names follow it). */
  readonly assetPath: string;
}

/** Two retries: three attempts, which LTP's 3 requests per 10 s still allows without waiting. */
const RETRIES = 2;

const businessCodes: readonly (readonly [number, VenueErrorKind])[] = [
  [2000, 'auth'],
  [2002, 'auth'],
  [4000, 'auth'],
  [7000, 'auth'],
  [100018, 'auth'],
  [100041, 'auth'],
  [2001, 'permission'],
  [2003, 'permission'],
  [100429, 'rate_limit'],
  [400000, 'bad_response'],
  [400002, 'bad_response'],
  [400012, 'server'],
  [400013, 'server'],
  [500, 'server'],
];

/** What every LTP-family client must do with every way its venue can fail. */
export function describeFailures(options: FailureSuiteOptions): void {
  const { venueName } = options;
  let sim: LtpFamilySimulator;
  // A timeout a busy machine never reaches, but in the test of the timeout itself: a slow answer sent again would be counted.
  const policy = (limit: number, timeoutMs = 5_000): HttpPolicy => ({ timeoutMs, retry: { limit, baseDelayMs: 10, maxDelayMs: 50 } });
  const client = (overrides: Partial<ClientContext> = {}) => options.createClient(contextFor(sim, { http: policy(RETRIES), ...overrides }));
  const attempts = RETRIES + 1;
  const assetRequests = () => sim.requests.filter((request) => request.path === options.assetPath);

  beforeEach(async () => {
    sim = await options.start();
  });
  afterEach(async () => {
    await sim.close();
  });

  describe('business codes, sent with HTTP 200 like the venue', () => {
    it.each(businessCodes)('code %i is a %s error', async (code, kind) => {
      sim.failNext(code);
      await expectVenueError(client({ http: policy(0) }).read(), kind, venueName);
    });
  });

  it('reads the business code first when the HTTP status is not 200 either', async () => {
    sim.failNext(2003, { status: 403 });
    const error = await expectVenueError(client().read(), 'permission', venueName);
    expect(error.detail).toContain('code 2003');
    expect(sim.requests).toHaveLength(1);
  });

  it('says to check the clock when the nonce is stale (7000)', async () => {
    const error = await expectVenueError(client({ now: () => new Date(Date.now() - 120_000) }).read(), 'auth', venueName);
    expect(error.message).toContain("check your computer's clock");
    expect(error.detail).toContain('code 7000');
  });

  it('does not retry an auth error: the venue sees exactly one request', async () => {
    await expectVenueError(client({ credentials: { apiKey: sim.credentials.apiKey, apiSecret: 'wrong-secret' } }).read(), 'auth', venueName);
    expect(sim.requests).toHaveLength(1);
  });

  it('reports an unknown key (100018) and a frozen key (100041) as auth errors', async () => {
    expect((await expectVenueError(client({ credentials: { apiKey: 'unknown', apiSecret: 'x' } }).read(), 'auth', venueName)).detail).toContain('100018');
    expect((await expectVenueError(client({ credentials: sim.issueKey({ frozen: true }) }).read(), 'auth', venueName)).detail).toContain('100041');
  });

  it('reports revoked keys as auth errors and serves keys issued afterwards', async () => {
    sim.faults.set({ kind: 'revoke_tokens' });
    expect((await expectVenueError(client().read(), 'auth', venueName)).detail).toContain('100018');
    await expect(client({ credentials: sim.issueKey() }).read()).resolves.toBeDefined();
  });

  it('reports a changed answer (schema drift) as bad_response naming the field', async () => {
    sim.faults.set({ kind: 'schema_drift' });
    const error = await expectVenueError(client().read(), 'bad_response', venueName);
    expect(error.detail).toMatch(/at [\w.]+/);
  });

  describe('transport failures', () => {
    it('HTTP 429 on every attempt is rate_limit', async () => {
      sim.faults.set({ kind: 'rate_limit', times: attempts });
      await expectVenueError(client().read(), 'rate_limit', venueName);
      expect(sim.requests).toHaveLength(attempts);
    });

    it('HTTP 5xx on every attempt is server', async () => {
      sim.faults.set({ kind: 'server_error', times: attempts, status: 503 });
      await expectVenueError(client().read(), 'server', venueName);
    });

    it('an HTML error page with a 5xx status is server', async () => {
      sim.faults.set({ kind: 'html_error', times: attempts, status: 502 });
      await expectVenueError(client().read(), 'server', venueName);
    });

    it('an HTML page with status 200 is bad_response', async () => {
      sim.faults.set({ kind: 'html_error', times: 1, status: 200 });
      expect((await expectVenueError(client({ http: policy(0) }).read(), 'bad_response', venueName)).detail).toContain('HTML');
    });

    it('malformed JSON is bad_response', async () => {
      sim.faults.set({ kind: 'malformed_json', times: 1 });
      await expectVenueError(client().read(), 'bad_response', venueName);
    });

    it('no answer within the timeout on every attempt is timeout', async () => {
      sim.faults.set({ kind: 'timeout', times: attempts });
      await expectVenueError(client({ http: policy(RETRIES, 300) }).read(), 'timeout', venueName);
    });
  });

  describe('retries', () => {
    it('recovers from one HTTP 429', async () => {
      sim.faults.set({ kind: 'rate_limit', times: 1 });
      await expect(client().read()).resolves.toBeDefined();
      expect(assetRequests()).toHaveLength(2);
    });

    it('recovers from one HTTP 503', async () => {
      sim.faults.set({ kind: 'server_error', times: 1, status: 503 });
      await expect(client().read()).resolves.toBeDefined();
      expect(assetRequests()).toHaveLength(2);
    });

    it('recovers from one 429 and then one 503 within one read', async () => {
      sim.faults.set({ kind: 'rate_limit', times: 1 }, { kind: 'server_error', times: 1, status: 503 });
      await expect(client().read()).resolves.toBeDefined();
      expect(assetRequests()).toHaveLength(3);
    });

    it('recovers from a 200 carrying code 100429', async () => {
      sim.failNext(100429);
      await expect(client().read()).resolves.toBeDefined();
      expect(assetRequests()).toHaveLength(2);
    });
  });
}
