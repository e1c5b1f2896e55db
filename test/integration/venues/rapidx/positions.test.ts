import { afterEach, describe, expect, it } from 'vitest';
import { totalsOf } from '../../../../src/main/portfolio/valuation';
import { rapidxConnector, startRapidxSimulator } from '../../../../src/main/venues/rapidx';
import { createRapidxClient } from '../../../../src/main/venues/rapidx/client';
import { portfolioListEndpoint } from '../../../../src/main/venues/rapidx/account-names';
import type { LtpFamilySimulator } from '../../../../src/main/venues/ltp-family/simulator/server';
import { EMPTY_SUB, MAIN, SUB, smallBook } from '../ltp-family-data';
import { contextFor, envelopeOf, expectVenueError, signedFetch } from '../ltp-family-helpers';
import { expectedMarginAccounts, expectedPositionDetails, expectedPositionRows, portfolioNames, tradingBook } from '../ltp-family-trading-data';

const positionPath = '/api/v1/trading/position';

describe('RapidX positions, margin and portfolio names', () => {
  let sim: LtpFamilySimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });
  const requestsTo = (path: string) => (sim?.requests ?? []).filter((request) => request.path === path);

  it('reads positions in coins, margin exactly and names beside the ids, in the same read as the balances', async () => {
    sim = await startRapidxSimulator({ data: tradingBook });
    const at = new Date();
    const read = await rapidxConnector.createClient(contextFor(sim, { now: () => at })).read();
    // OKX contracts become coins (−15 × 0.1 ETH = −1.5; 200 ÷ 3 to 18 significant digits), the size-0 row is no position.
    expect(read.uncountedPositions).toEqual(expectedPositionRows('rapidx', at.toISOString()));
    expect(read.positions).toEqual(expectedPositionDetails);
    expect(read.marginAccounts).toEqual(expectedMarginAccounts());
    expect(read.warnings).toEqual([]);
    // Named portfolios show their names, ids kept; the unnamed one keeps its id as label.
    expect(new Set(read.holdings.map((holding) => `${holding.accountId} ${holding.accountLabel}`))).toEqual(new Set([`${MAIN} MainPortfolio`, `${SUB} BasisDesk`]));
    expect(portfolioNames[EMPTY_SUB]).toBe(EMPTY_SUB);
  });

  it('matches a name to an id above 2^53, which the portfolio list sends as a JSON number', async () => {
    const bigId = '9007199254740993';
    sim = await startRapidxSimulator({ data: { portfolios: [{ portfolioId: bigId, name: 'BigId', assets: smallBook.portfolios[0]?.assets.map((asset) => ({ ...asset, portfolioId: bigId })) ?? [] }] } });
    const text = await (await signedFetch(sim, portfolioListEndpoint.path, [['page', '1']])).text();
    expect(text).toContain(`"portfolioId":${bigId},`);
    const read = await rapidxConnector.createClient(contextFor(sim)).read();
    expect(new Set(read.holdings.map((holding) => `${holding.accountId} ${holding.accountLabel}`))).toEqual(new Set([`${bigId} BigId`]));
  });

  it('shows a null liquidation price as unknown, never 0', async () => {
    sim = await startRapidxSimulator({ data: tradingBook });
    const read = await rapidxConnector.createClient(contextFor(sim)).read();
    expect(read.positions.find((detail) => detail.asset === 'OKX_PERP_DOGE_USDT')?.liquidationPrice).toBeNull();
  });

  it('leaves net worth exactly as it was before positions were read', async () => {
    sim = await startRapidxSimulator({ data: tradingBook });
    const withPositions = await rapidxConnector.createClient(contextFor(sim)).read();
    const balancesOnly = await startRapidxSimulator({ data: smallBook });
    try {
      const without = await rapidxConnector.createClient(contextFor(balancesOnly)).read();
      expect(withPositions.uncountedPositions).toHaveLength(3);
      expect(without.uncountedPositions).toEqual([]);
      expect(totalsOf(withPositions.holdings)).toEqual(totalsOf(without.holdings));
      expect(totalsOf(withPositions.holdings).totalUsd).toBe('42742.13922257209629279684');
    } finally {
      await balancesOnly.close();
    }
  });

  it('still syncs the balances of a key that may not read positions, and says why', async () => {
    sim = await startRapidxSimulator({ data: tradingBook });
    const credentials = sim.issueKey({ denied: [positionPath] });
    const read = await rapidxConnector.createClient(contextFor(sim, { credentials })).read();
    expect(read.holdings).toHaveLength(4);
    expect({ rows: read.uncountedPositions, details: read.positions }).toEqual({ rows: [], details: [] });
    expect(read.marginAccounts).toEqual(expectedMarginAccounts());
    expect(read.warnings).toEqual([{ accountId: null, accountLabel: null, message: expect.stringMatching(/^Positions were not read, .*code 2003/) }]);
  });

  it('fails the read when the positions endpoint keeps failing for a passing reason, to retry it whole', async () => {
    sim = await startRapidxSimulator({ data: tradingBook });
    sim.failNext(400012, { after: 1, times: 1 });
    // No retries; a timeout a busy machine never reaches, so that the answer, not the clock, decides the kind.
    await expectVenueError(rapidxConnector.createClient(contextFor(sim, { http: { timeoutMs: 30_000, retry: { limit: 0, baseDelayMs: 10, maxDelayMs: 10 } } })).read(), 'server', 'RapidX');
    expect(requestsTo(positionPath)).toHaveLength(1);
  });

  it('keeps the ids and warns when the names cannot be read', async () => {
    sim = await startRapidxSimulator({ data: tradingBook });
    const credentials = sim.issueKey({ denied: [portfolioListEndpoint.path] });
    const read = await rapidxConnector.createClient(contextFor(sim, { credentials })).read();
    expect(read.holdings.every((holding) => holding.accountLabel === holding.accountId)).toBe(true);
    expect(read.marginAccounts.map((account) => account.accountLabel)).toEqual([MAIN, MAIN]);
    expect(read.warnings).toEqual([{ accountId: null, accountLabel: null, message: expect.stringMatching(/^RapidX portfolio names could not be read, so accounts are shown by their ids: .*code 2003/) }]);
  });

  it('reads the names once an hour, not on every read', async () => {
    sim = await startRapidxSimulator({ data: tradingBook });
    // The names' own clock: the signing clock must stay true, or the venue refuses the nonce.
    let clock = Date.now();
    const client = createRapidxClient(contextFor(sim), { namesClock: () => new Date(clock) });
    await client.read();
    clock += 59 * 60_000;
    const second = await client.read();
    expect(requestsTo(portfolioListEndpoint.path)).toHaveLength(1);
    expect(second.holdings.find((holding) => holding.accountId === MAIN)?.accountLabel).toBe('MainPortfolio');
    clock += 2 * 60_000;
    await client.read();
    expect(requestsTo(portfolioListEndpoint.path)).toHaveLength(2);
  });

  it('serves seeded positions long and short, on BINANCE and OKX, with a null liquidation, a size-0 row and a margin call', async () => {
    sim = await startRapidxSimulator({ seed: 5 });
    const read = await rapidxConnector.createClient(contextFor(sim)).read();
    expect(read.warnings).toEqual([]);
    expect(new Set(read.positions.map((detail) => detail.side))).toEqual(new Set(['long', 'short']));
    expect(new Set(read.positions.map((detail) => detail.exchange))).toEqual(new Set(['BINANCE', 'OKX', 'EDX']));
    expect(read.positions.some((detail) => detail.liquidationPrice === null)).toBe(true);
    expect(read.marginAccounts.map((account) => account.accountStatus)).toContain('MARGIN_CALL');
    expect(read.holdings.find((holding) => holding.accountLabel === 'MainPortfolio')).toBeDefined();
    // The size-0 row is served and left out.
    const served = (await envelopeOf(await signedFetch(sim, positionPath))).data as { positionQty: string }[];
    expect(served.filter((row) => row.positionQty === '0')).toHaveLength(1);
    expect(read.positions).toHaveLength(served.length - 1);
  });
});
