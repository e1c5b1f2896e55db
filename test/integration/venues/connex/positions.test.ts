import { afterEach, describe, expect, it } from 'vitest';
import { totalsOf } from '../../../../src/main/portfolio/valuation';
import { connexConnector, startConnexSimulator } from '../../../../src/main/venues/connex';
import type { LtpFamilySimulator } from '../../../../src/main/venues/ltp-family/simulator/server';
import { MAIN, smallBook } from '../ltp-family-data';
import { contextFor } from '../ltp-family-helpers';
import { expectedMarginAccounts, expectedPositionDetails, expectedPositionRows, tradingBook } from '../ltp-family-trading-data';

describe('ConneX positions and margin', () => {
  let sim: LtpFamilySimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('reads the key portfolio’s positions in coins and its margin exactly, labelled by id', async () => {
    sim = await startConnexSimulator({ data: tradingBook });
    const at = new Date();
    const read = await connexConnector.createClient(contextFor(sim, { now: () => at })).read();
    expect(read.uncountedPositions).toEqual(expectedPositionRows('connex', at.toISOString(), MAIN));
    expect(read.positions).toEqual(expectedPositionDetails);
    expect(read.marginAccounts).toEqual(expectedMarginAccounts(MAIN));
    expect(read.warnings).toEqual([]);
    // ConneX documents no portfolio list: no names are asked for.
    expect(sim.requests.some((request) => request.path === '/api/v1/trading/portfolio')).toBe(false);
  });

  it('leaves net worth exactly as it was before positions were read', async () => {
    sim = await startConnexSimulator({ data: tradingBook });
    const withPositions = await connexConnector.createClient(contextFor(sim)).read();
    const balancesOnly = await startConnexSimulator({ data: smallBook });
    try {
      const without = await connexConnector.createClient(contextFor(balancesOnly)).read();
      expect(withPositions.uncountedPositions).not.toEqual([]);
      expect(totalsOf(withPositions.holdings)).toEqual(totalsOf(without.holdings));
    } finally {
      await balancesOnly.close();
    }
  });

  it('keeps the balances and warns when the margin endpoint is refused', async () => {
    sim = await startConnexSimulator({ data: tradingBook });
    const credentials = sim.issueKey({ denied: ['/api/v1/trading/account'] });
    const read = await connexConnector.createClient(contextFor(sim, { credentials })).read();
    expect({ holdings: read.holdings.length, positions: read.positions.length, margin: read.marginAccounts }).toEqual({ holdings: 3, positions: 3, margin: [] });
    expect(read.warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/^Margin accounts were not read, .*code 2003/)]);
  });

  it('keeps the balances and warns when the positions answer is one Holdfast cannot read', async () => {
    sim = await startConnexSimulator({ data: tradingBook });
    // The request after the one page of balances (the positions) answers success with no data at all.
    sim.failNext(200000, { after: 1, message: 'Success' });
    const read = await connexConnector.createClient(contextFor(sim)).read();
    expect({ holdings: read.holdings.length, positions: read.positions, margin: read.marginAccounts.length }).toEqual({ holdings: 3, positions: [], margin: 2 });
    expect(read.warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/^Positions were not read, .*sent an answer Holdfast does not understand/)]);
  });

  it('serves seeded positions long and short, on BINANCE and OKX, with a null liquidation and a margin call', async () => {
    sim = await startConnexSimulator({ seed: 3 });
    const read = await connexConnector.createClient(contextFor(sim)).read();
    expect(read.warnings).toEqual([]);
    expect(new Set(read.positions.map((detail) => `${detail.exchange} ${detail.side}`))).toEqual(new Set(['BINANCE long', 'BINANCE short', 'OKX long', 'OKX short']));
    expect(read.positions.some((detail) => detail.liquidationPrice === null)).toBe(true);
    expect(read.marginAccounts.map((account) => account.accountStatus).sort()).toEqual(['MARGIN_CALL', 'NORMAL']);
  });
});
