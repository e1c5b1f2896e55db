import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Holding } from '../../../../src/shared/domain/holding';
import { ltpConnector, startLtpSimulator } from '../../../../src/main/venues/ltp';
import { accountCurrencyInfoEndpoint, createLtpClient } from '../../../../src/main/venues/ltp/client';
import type { LtpBook } from '../../../../src/main/venues/ltp/simulator/data';
import type { LtpFamilySimulator } from '../../../../src/main/venues/ltp-family/simulator/server';
import { rateGateFor } from '../../../../src/main/venues/shared/rate-limit';
import { describeFailures } from '../ltp-family-failures';
import { contextFor, expectVenueError, signedFetch } from '../ltp-family-helpers';

const FUNDING = '10001';
/** 2^53 + 1: a JS number would read it as ...992. */
const BINANCE = '9007199254740993';
const OKX = '12345678901234567891';

const book: LtpBook = {
  wallets: [
    {
      accountId: FUNDING,
      accountNote: 'Funding Account',
      venues: 'LTP',
      accountType: 'Funding Account',
      assetInfo: [
        { currency: 'USDT', totalBalance: '1500.25', available: '1000.25', withdrawAvailable: '1000.25', frozen: '500', valueUsdt: '1500.1', network: 'TRC20' },
        { currency: 'ETH', totalBalance: '2.000000000000000001', available: '2.000000000000000001', withdrawAvailable: '2', frozen: '0', valueUsdt: '7001.0000000000000035005', network: 'ERC20' },
      ],
    },
    {
      accountId: BINANCE,
      accountNote: 'Binance main',
      venues: 'BINANCE',
      accountType: 'Spot',
      // The venue's own total, a cent off the sum: kept as reported, for reconciliation.
      totalUsdt: '29100.02',
      assetInfo: [
        { currency: 'BTC', totalBalance: '0.30000000', available: '0.3', withdrawAvailable: '0.3', frozen: '0', valueUsdt: '29100.03', network: null },
        { currency: 'DUST', totalBalance: '0', available: '0', withdrawAvailable: '0', frozen: '0', valueUsdt: '0', network: null },
      ],
    },
    { accountId: BINANCE, accountNote: 'Binance main', venues: 'BINANCE', accountType: 'Margin-PM', assetInfo: [] },
    {
      accountId: OKX,
      accountNote: '',
      venues: 'OKEX',
      accountType: 'Trading',
      assetInfo: [{ currency: 'SOL', totalBalance: '10', available: '7.5', withdrawAvailable: '7.5', frozen: '2.5', valueUsdt: '1234.5', network: null }],
    },
  ],
};

function holding(fetchedAt: string, row: Pick<Holding, 'accountId' | 'accountLabel' | 'wallet' | 'exchange' | 'asset' | 'quantity' | 'available' | 'locked' | 'priceUsd' | 'valueUsd'>): Holding {
  return { connectionId: 'conn-1', venue: 'ltp', kind: 'token', borrowed: null, equity: null, exposureUsd: null, unrealizedPnl: null, sourceUpdatedAt: null, fetchedAt, ...row };
}

describe('LTP client', () => {
  let sim: LtpFamilySimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('reads every account wallet exactly as computed by hand', async () => {
    sim = await startLtpSimulator({ data: book });
    const at = new Date();
    const fetchedAt = at.toISOString();
    const read = await ltpConnector.createClient(contextFor(sim, { now: () => at })).read();
    const funding = { accountId: FUNDING, accountLabel: 'Funding Account', wallet: 'Funding Account', exchange: 'LTP' };
    const spot = { accountId: BINANCE, accountLabel: 'Binance main', wallet: 'Spot', exchange: 'BINANCE' };
    expect(read).toEqual({
      holdings: [
        // 1500.1 ÷ 1500.25 to 18 significant digits, half-even (design.md: a price obtained by division).
        holding(fetchedAt, { ...funding, asset: 'USDT', quantity: '1500.25', available: '1000.25', locked: '500', priceUsd: '0.999900016663889352', valueUsd: '1500.1' }),
        holding(fetchedAt, { ...funding, asset: 'ETH', quantity: '2.000000000000000001', available: '2.000000000000000001', locked: '0', priceUsd: '3500.5', valueUsd: '7001.0000000000000035005' }),
        holding(fetchedAt, { ...spot, asset: 'BTC', quantity: '0.3', available: '0.3', locked: '0', priceUsd: '97000.1', valueUsd: '29100.03' }),
        // No quantity, no price: unknown, not 0.
        holding(fetchedAt, { ...spot, asset: 'DUST', quantity: '0', available: '0', locked: '0', priceUsd: null, valueUsd: '0' }),
        holding(fetchedAt, { accountId: OKX, accountLabel: OKX, wallet: 'Trading', exchange: 'OKEX', asset: 'SOL', quantity: '10', available: '7.5', locked: '2.5', priceUsd: '123.45', valueUsd: '1234.5' }),
      ],
      uncountedPositions: [],
      positions: [],
      marginAccounts: [],
      accountTotals: [
        { accountId: FUNDING, accountLabel: 'Funding Account', wallet: 'Funding Account', reportedUsd: '8501.1000000000000035005' },
        { accountId: BINANCE, accountLabel: 'Binance main', wallet: 'Spot', reportedUsd: '29100.02' },
        { accountId: BINANCE, accountLabel: 'Binance main', wallet: 'Margin-PM', reportedUsd: '0' },
        { accountId: OKX, accountLabel: OKX, wallet: 'Trading', reportedUsd: '1234.5' },
      ],
      accountCount: 3,
      warnings: [],
    });
  });

  it('receives account ids above 2^53 as raw JSON numbers and keeps every digit', async () => {
    sim = await startLtpSimulator({ data: book });
    const read = await ltpConnector.createClient(contextFor(sim)).read();
    expect(new Set(read.holdings.map((row) => row.accountId))).toEqual(new Set([FUNDING, BINANCE, OKX]));
    const text = await (await signedFetch(sim, '/api/v1/asset/getAccountCurrencyInfo')).text();
    expect(text).toContain(`"accountId":${BINANCE},`);
    expect(text).toContain(`"accountId":${OKX},`);
  });

  it('sends the accountId and currency filters, signed', async () => {
    sim = await startLtpSimulator({ data: book });
    const read = await createLtpClient(contextFor(sim), { accountIds: [BINANCE, OKX], currency: 'BTC' }).read();
    expect(read.holdings.map((row) => [row.accountId, row.asset])).toEqual([[BINANCE, 'BTC']]);
    expect(read.accountCount).toBe(2);
    expect(sim.requests[0]?.query).toEqual([
      ['accountId', `${BINANCE},${OKX}`],
      ['currency', 'BTC'],
    ]);
  });

  it('refuses a RapidX portfolio key with a permission error (2003)', async () => {
    sim = await startLtpSimulator({ data: book });
    const credentials = sim.issueKey({ level: 'sub-portfolio', portfolioId: '2082325504644932' });
    expect((await expectVenueError(ltpConnector.createClient(contextFor(sim, { credentials })).read(), 'permission', 'LTP')).detail).toContain('2003');
  });

  it('shows a sub-user key every account but the funding account', async () => {
    sim = await startLtpSimulator({ data: book });
    const read = await ltpConnector.createClient(contextFor(sim, { credentials: sim.issueKey({ level: 'sub-user' }) })).read();
    expect(read.holdings.map((row) => row.accountId)).not.toContain(FUNDING);
  });

  it('reads no accounts as zero holdings, not an error', async () => {
    sim = await startLtpSimulator({ faults: [{ kind: 'empty' }] });
    const read = await ltpConnector.createClient(contextFor(sim)).read();
    expect({ holdings: read.holdings, accountCount: read.accountCount, totals: read.accountTotals }).toEqual({ holdings: [], accountCount: 0, totals: [] });
  });

  it('holds 3 requests per 10 s: a fourth read waits for the next window', async () => {
    sim = await startLtpSimulator({ data: book });
    const context = contextFor(sim);
    const first = Array.from({ length: 3 }, () => ltpConnector.createClient(context).read());
    await Promise.all(first);
    const abort = new AbortController();
    const fourth = ltpConnector.createClient(context).read(abort.signal);
    // Held at the host's gate for this endpoint, 10 s from going out: no sleep needed to see it wait.
    const gate = rateGateFor(sim.baseUrl, accountCurrencyInfoEndpoint.endpointClass, accountCurrencyInfoEndpoint.rate);
    await vi.waitFor(() => expect(gate.waiting).toBe(1), { timeout: 5_000 });
    expect(sim.requests).toHaveLength(3);
    abort.abort(new Error('test done'));
    await expect(fourth).rejects.toThrow('test done');
    expect(sim.requests).toHaveLength(3);
  });

  it('serves seeded data: several accounts, ids above 2^53, totals that add up', async () => {
    sim = await startLtpSimulator({ seed: 5 });
    const read = await ltpConnector.createClient(contextFor(sim)).read();
    expect(read.accountCount).toBeGreaterThanOrEqual(3);
    expect(read.holdings.some((row) => BigInt(row.accountId) > 2n ** 53n)).toBe(true);
    expect(read.accountTotals.length).toBeGreaterThan(read.accountCount);
  });

  it('declares its rate and noun', () => {
    expect({ noun: ltpConnector.accountNoun, poll: ltpConnector.minPollIntervalSec }).toEqual({ noun: 'account', poll: 10 });
  });
});

describe('LTP failures', () => {
  describeFailures({ venueName: 'LTP', start: () => startLtpSimulator({ data: book }), createClient: ltpConnector.createClient, assetPath: accountCurrencyInfoEndpoint.path });
});
