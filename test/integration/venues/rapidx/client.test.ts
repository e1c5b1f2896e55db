import { afterEach, describe, expect, it } from 'vitest';
import { createSignedGet } from '../../../../src/main/venues/ltp-family/client';
import { rapidxConnector, startRapidxSimulator } from '../../../../src/main/venues/rapidx';
import { userAssetEndpoint } from '../../../../src/main/venues/rapidx/client';
import type { LtpFamilySimulator } from '../../../../src/main/venues/ltp-family/simulator/server';
import { EMPTY_SUB, SUB, expectedHoldings, smallBook, smallBookRows } from '../ltp-family-data';
import { describeFailures } from '../ltp-family-failures';
import { expectWithinRate } from '../gate-bound';
import { burstHttp, contextFor, expectVenueError } from '../ltp-family-helpers';

describe('RapidX client', () => {
  let sim: LtpFamilySimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('reads every portfolio exactly as computed by hand', async () => {
    sim = await startRapidxSimulator({ data: smallBook });
    const at = new Date();
    const read = await rapidxConnector.createClient(contextFor(sim, { now: () => at })).read();
    expect(read).toEqual({
      holdings: expectedHoldings('rapidx', smallBookRows, at.toISOString()),
      uncountedPositions: [],
      positions: [],
      marginAccounts: [],
      accountTotals: [],
      accountCount: 3,
      warnings: [],
    });
    // Balances first, then the key's positions and margin, then the portfolio names (all unnamed here).
    expect(sim.requests.map((request) => [request.path, request.query])).toEqual([
      ['/api/v1/user/asset', []],
      ['/api/v1/trading/position', []],
      ['/api/v1/trading/account', []],
      ['/api/v1/trading/portfolio', [['page', '1'], ['pageSize', '1000']]],
    ]);
  });

  it('signs with the three LTP headers, nonce in whole seconds', async () => {
    sim = await startRapidxSimulator({ data: smallBook });
    const at = new Date('2026-03-01T12:00:00.999Z');
    await expectVenueError(rapidxConnector.createClient(contextFor(sim, { now: () => at })).read(), 'auth', 'RapidX');
    const headers = sim.requests[0]?.headers;
    expect(headers?.['x-mbx-apikey']).toBe(sim.credentials.apiKey);
    expect(headers?.nonce).toBe('1772366400');
    expect(headers?.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a sub-portfolio key with a permission error (2003)', async () => {
    sim = await startRapidxSimulator({ data: smallBook });
    const credentials = sim.issueKey({ level: 'sub-portfolio', portfolioId: SUB });
    const error = await expectVenueError(rapidxConnector.createClient(contextFor(sim, { credentials })).read(), 'permission', 'RapidX');
    expect(error.detail).toContain('code 2003');
  });

  it('reads an empty answer as zero holdings, not an error', async () => {
    sim = await startRapidxSimulator({ data: smallBook, faults: [{ kind: 'empty' }] });
    const read = await rapidxConnector.createClient(contextFor(sim)).read();
    expect({ holdings: read.holdings, accountCount: read.accountCount }).toEqual({ holdings: [], accountCount: 0 });
  });

  it('counts an empty portfolio as a portfolio', async () => {
    sim = await startRapidxSimulator({ data: { portfolios: [{ portfolioId: EMPTY_SUB, assets: [] }] } });
    expect((await rapidxConnector.createClient(contextFor(sim)).read()).accountCount).toBe(1);
  });


  it('holds 20 requests per second under a burst of balance requests', async () => {
    sim = await startRapidxSimulator({ data: smallBook });
    // The balances alone: a whole read also asks for margin, which allows 2 a second and would make this a long test.
    const get = createSignedGet('rapidx', contextFor(sim, { http: burstHttp }));
    const since = Date.now();
    await Promise.all(Array.from({ length: 45 }, () => get(userAssetEndpoint, [])));
    const times = sim.requests.map((request) => request.at);
    // 45, and more only if bunched requests drew a 429 and were retried through the gate.
    expect(times.length).toBeGreaterThanOrEqual(45);
    expectWithinRate(times, since, { count: 20, perMs: 1_000 });
  });

  it('serves seeded data: several portfolios, 10 to 30 coins each', async () => {
    sim = await startRapidxSimulator({ seed: 7 });
    const read = await rapidxConnector.createClient(contextFor(sim)).read();
    const coins = new Map<string, Set<string>>();
    for (const holding of read.holdings) coins.set(holding.accountId, (coins.get(holding.accountId) ?? new Set()).add(holding.asset));
    expect(read.accountCount).toBeGreaterThanOrEqual(3);
    for (const [id, set] of coins) {
      expect(id).toMatch(/^\d{16}$/);
      expect(set.size).toBeGreaterThanOrEqual(10);
      expect(set.size).toBeLessThanOrEqual(30);
    }
    expect(read.holdings.some((holding) => /\.\d{18}$/.test(holding.quantity))).toBe(true);
  });

  it('reports a connection without an API key and secret as an auth error, sending nothing', async () => {
    sim = await startRapidxSimulator({ data: smallBook });
    await expectVenueError(rapidxConnector.createClient(contextFor(sim, { credentials: { token: 'not-a-key' } })).read(), 'auth', 'RapidX');
    expect(sim.requests).toHaveLength(0);
  });

  it('declares its rate and noun', () => {
    expect({ noun: rapidxConnector.accountNoun, poll: rapidxConnector.minPollIntervalSec }).toEqual({ noun: 'portfolio', poll: 10 });
  });
});

describe('RapidX failures', () => {
  describeFailures({ venueName: 'RapidX', start: () => startRapidxSimulator({ data: smallBook }), createClient: rapidxConnector.createClient, assetPath: userAssetEndpoint.path });
});
