import { afterEach, describe, expect, it } from 'vitest';
import { connexConnector, startConnexSimulator } from '../../../../src/main/venues/connex';
import { createConnexClient, portfolioAssetsEndpoint } from '../../../../src/main/venues/connex/client';
import { createSignedGet } from '../../../../src/main/venues/ltp-family/client';
import type { PortfolioBook } from '../../../../src/main/venues/ltp-family/simulator/data';
import type { LtpFamilySimulator } from '../../../../src/main/venues/ltp-family/simulator/server';
import { EMPTY_SUB, MAIN, SUB, expectedHoldings, smallBook, smallBookRows } from '../ltp-family-data';
import { describeFailures } from '../ltp-family-failures';
import { expectWithinRate } from '../gate-bound';
import { burstHttp, contextFor, expectVenueError } from '../ltp-family-helpers';

/** Seven USDT-like rows in the main portfolio: three pages of three. */
const sevenRows: PortfolioBook = {
  portfolios: [
    {
      portfolioId: MAIN,
      assets: Array.from({ length: 7 }, (_, index) => ({
        portfolioId: MAIN,
        coin: `C${index}`,
        exchangeType: index % 2 === 0 ? 'BINANCE' : 'OKX',
        balance: `${index}.5`,
        available: `${index}.5`,
        frozen: '0',
        equity: `${index}.5`,
        updateAt: '1764761133799',
        indexPrice: '2',
        equityValue: `${2 * index + 1}`,
      })),
    },
  ],
};

describe('ConneX client', () => {
  let sim: LtpFamilySimulator | undefined;
  const assetRequests = () => (sim?.requests ?? []).filter((request) => request.path === portfolioAssetsEndpoint.path);
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it("reads the main key's portfolio exactly as computed by hand", async () => {
    sim = await startConnexSimulator({ data: smallBook });
    const at = new Date();
    const read = await connexConnector.createClient(contextFor(sim, { now: () => at })).read();
    const mainRows = smallBookRows.filter((row) => row.accountId === MAIN);
    expect(read).toEqual({
      holdings: expectedHoldings('connex', mainRows, at.toISOString()),
      uncountedPositions: [],
      positions: [],
      marginAccounts: [],
      accountTotals: [],
      accountCount: 1,
      warnings: [],
    });
    // No portfolio names: the portfolio list is not documented for ConneX.
    expect(sim.requests.map((request) => [request.path, request.query])).toEqual([
      [portfolioAssetsEndpoint.path, [['page', '1'], ['pageSize', '25']]],
      ['/api/v1/trading/position', []],
      ['/api/v1/trading/account', []],
    ]);
  });

  it("reads a sub-portfolio key's own portfolio", async () => {
    sim = await startConnexSimulator({ data: smallBook });
    const at = new Date();
    const credentials = sim.issueKey({ level: 'sub-portfolio', portfolioId: SUB });
    const read = await connexConnector.createClient(contextFor(sim, { credentials, now: () => at })).read();
    expect(read.holdings).toEqual(expectedHoldings('connex', smallBookRows.filter((row) => row.accountId === SUB), at.toISOString()));
  });

  it('pages to the end: ceil(totalSize / pageSize) requests, in order', async () => {
    sim = await startConnexSimulator({ data: sevenRows });
    const read = await createConnexClient(contextFor(sim), { pageSize: 3 }).read();
    expect(read.holdings.map((holding) => [holding.asset, holding.quantity, holding.valueUsd])).toEqual(
      Array.from({ length: 7 }, (_, index) => [`C${index}`, `${index}.5`, `${2 * index + 1}`]),
    );
    expect(assetRequests().map((request) => request.query)).toEqual([1, 2, 3].map((page) => [['page', String(page)], ['pageSize', '3']]));
  });

  it('stops at an exact multiple of the page size without an extra request', async () => {
    sim = await startConnexSimulator({ data: { portfolios: [{ portfolioId: MAIN, assets: sevenRows.portfolios[0]?.assets.slice(0, 6) ?? [] }] } });
    await createConnexClient(contextFor(sim), { pageSize: 3 }).read();
    expect(assetRequests()).toHaveLength(2);
  });

  it('filters by exchangeType, signed and sent', async () => {
    sim = await startConnexSimulator({ data: sevenRows });
    const read = await createConnexClient(contextFor(sim), { exchangeType: 'OKX', pageSize: 2 }).read();
    expect(read.holdings.map((holding) => holding.asset)).toEqual(['C1', 'C3', 'C5']);
    expect(assetRequests().map((request) => request.query)).toEqual([
      [['exchangeType', 'OKX'], ['page', '1'], ['pageSize', '2']],
      [['exchangeType', 'OKX'], ['page', '2'], ['pageSize', '2']],
    ]);
  });

  it('reads an empty portfolio as zero holdings in one portfolio', async () => {
    sim = await startConnexSimulator({ data: smallBook });
    const credentials = sim.issueKey({ level: 'sub-portfolio', portfolioId: EMPTY_SUB });
    const read = await connexConnector.createClient(contextFor(sim, { credentials })).read();
    expect({ holdings: read.holdings, accountCount: read.accountCount }).toEqual({ holdings: [], accountCount: 1 });
  });

  it('reads the empty fault as zero holdings, not an error', async () => {
    sim = await startConnexSimulator({ faults: [{ kind: 'empty' }] });
    expect((await connexConnector.createClient(contextFor(sim)).read()).holdings).toEqual([]);
  });


  it('a failure on a later page fails the whole read', async () => {
    sim = await startConnexSimulator({ data: sevenRows });
    // No retries; a timeout a busy machine never reaches, so that the answer, not the clock, decides the kind.
    const client = createConnexClient(contextFor(sim, { http: { timeoutMs: 30_000, retry: { limit: 0, baseDelayMs: 10, maxDelayMs: 10 } } }), { pageSize: 3 });
    sim.failNext(400012, { after: 1 });
    await expectVenueError(client.read(), 'server', 'ConneX');
    expect(assetRequests().map((request) => request.query[0])).toEqual([['page', '1'], ['page', '2']]);
  });

  it('holds 20 requests per second under a burst of balance requests', async () => {
    sim = await startConnexSimulator({ data: smallBook });
    // The balances alone: a whole read also asks for margin, which allows 2 a second and would make this a long test.
    const get = createSignedGet('connex', contextFor(sim, { http: burstHttp }));
    const since = Date.now();
    await Promise.all(Array.from({ length: 45 }, () => get(portfolioAssetsEndpoint, [['page', '1'], ['pageSize', '25']])));
    const times = sim.requests.map((request) => request.at);
    // 45, and more only if bunched requests drew a 429 and were retried through the gate.
    expect(times.length).toBeGreaterThanOrEqual(45);
    expectWithinRate(times, since, { count: 20, perMs: 1_000 });
  });

  it('serves seeded data that needs several pages, with 18-decimal amounts', async () => {
    sim = await startConnexSimulator({ seed: 11 });
    const read = await connexConnector.createClient(contextFor(sim)).read();
    expect(assetRequests().length).toBeGreaterThanOrEqual(2);
    expect(read.holdings.length).toBeGreaterThan(25);
    expect(read.holdings.some((holding) => /\.\d{18}$/.test(holding.quantity))).toBe(true);
  });

  it('declares its rate and noun', () => {
    expect({ noun: connexConnector.accountNoun, poll: connexConnector.minPollIntervalSec }).toEqual({ noun: 'portfolio', poll: 10 });
  });
});

describe('ConneX failures', () => {
  describeFailures({ venueName: 'ConneX', start: () => startConnexSimulator({ data: smallBook }), createClient: connexConnector.createClient, assetPath: portfolioAssetsEndpoint.path });
});
