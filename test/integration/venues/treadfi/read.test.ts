import { afterEach, describe, expect, it } from 'vitest';
import type { Holding, PositionDetail } from '../../../../src/shared/domain/holding';
import { startTreadfiSimulator, type RunningTreadfiSimulator } from '../../../../src/main/venues/treadfi';
import { clientFor, fetchedAt, ids, smallData } from './helpers';

const running: RunningTreadfiSimulator[] = [];
async function simulator(options: Parameters<typeof startTreadfiSimulator>[0]) {
  const sim = await startTreadfiSimulator(options);
  running.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

const binance = { accountId: ids.binance, accountLabel: 'Binance Main', exchange: 'BINANCE' };
const bybit = { accountId: ids.bybit, accountLabel: 'Bybit Unified', exchange: 'BYBIT' };
const binanceAt = '2025-11-21T10:00:00.000Z';
const bybitAt = '2025-11-21T09:59:55.123Z';

type Numbers = Pick<Holding, 'wallet' | 'asset' | 'kind' | 'quantity' | 'borrowed' | 'priceUsd' | 'valueUsd' | 'exposureUsd' | 'unrealizedPnl' | 'sourceUpdatedAt'>;
function holding(account: typeof binance, numbers: Numbers): Holding {
  const { wallet, asset, kind, quantity, borrowed, priceUsd, valueUsd, exposureUsd, unrealizedPnl, sourceUpdatedAt } = numbers;
  return {
    connectionId: 'conn-1', venue: 'treadfi', accountId: account.accountId, accountLabel: account.accountLabel, wallet, exchange: account.exchange, asset, kind,
    quantity, available: null, locked: null, borrowed, equity: null, priceUsd, valueUsd, exposureUsd, unrealizedPnl, sourceUpdatedAt, fetchedAt,
  };
}

// Worked out by hand from smallData: price = |notional| ÷ |amount|; a position's value is its unrealized profit.
const cachedHoldings: Holding[] = [
  holding(binance, { wallet: 'spot', asset: 'BTC', kind: 'token', quantity: '0.5', borrowed: null, priceUsd: '97000.5', valueUsd: '48500.25', exposureUsd: null, unrealizedPnl: null, sourceUpdatedAt: binanceAt }),
  holding(binance, { wallet: 'spot', asset: 'USDT', kind: 'token', quantity: '1414.06039641', borrowed: null, priceUsd: '1', valueUsd: '1414.06039641', exposureUsd: null, unrealizedPnl: null, sourceUpdatedAt: binanceAt }),
  holding(binance, { wallet: 'futures', asset: 'ETH:PERP-USDT', kind: 'position', quantity: '-2.5', borrowed: null, priceUsd: '3400', valueUsd: '125.5', exposureUsd: '-8500', unrealizedPnl: '125.5', sourceUpdatedAt: binanceAt }),
  holding(binance, { wallet: 'futures', asset: 'BTC:PERP-USDT', kind: 'position', quantity: '0.02', borrowed: null, priceUsd: '97000.5', valueUsd: '7.87343483', exposureUsd: '1940.01', unrealizedPnl: '7.87343483', sourceUpdatedAt: binanceAt }),
  holding(bybit, { wallet: 'unified', asset: 'ETH', kind: 'token', quantity: '1.000000000000000001', borrowed: null, priceUsd: '3400', valueUsd: '3400.0000000000000034', exposureUsd: null, unrealizedPnl: null, sourceUpdatedAt: bybitAt }),
  holding(bybit, { wallet: 'unified', asset: 'USDT', kind: 'token', quantity: '0', borrowed: '250.5', priceUsd: null, valueUsd: '0', exposureUsd: null, unrealizedPnl: null, sourceUpdatedAt: bybitAt }),
  holding(bybit, { wallet: 'unified', asset: 'PEPE', kind: 'token', quantity: '123456789.123456789123456789', borrowed: null, priceUsd: null, valueUsd: null, exposureUsd: null, unrealizedPnl: null, sourceUpdatedAt: bybitAt }),
  holding(bybit, { wallet: 'unified', asset: 'SOL:PERP-USDT', kind: 'position', quantity: '12', borrowed: null, priceUsd: '185', valueUsd: '-30.12', exposureUsd: '2220', unrealizedPnl: '-30.12', sourceUpdatedAt: bybitAt }),
];

const cachedPositions: PositionDetail[] = [
  { accountId: ids.binance, exchange: 'BINANCE', asset: 'ETH:PERP-USDT', side: 'short', leverage: '10', initialMargin: '850', maintMargin: '42.5', marginBalance: '975.5', entryPrice: null, markPrice: '3400', fundingFee: '-1.25', liquidationPrice: null, notionalUsd: '8500', riskLevel: null },
  { accountId: ids.binance, exchange: 'BINANCE', asset: 'BTC:PERP-USDT', side: 'long', leverage: '5', initialMargin: '388.002', maintMargin: '9.70005', marginBalance: null, entryPrice: null, markPrice: '97000.5', fundingFee: null, liquidationPrice: null, notionalUsd: '1940.01', riskLevel: null },
  { accountId: ids.bybit, exchange: 'BYBIT', asset: 'SOL:PERP-USDT', side: 'long', leverage: null, initialMargin: '222', maintMargin: '11.1', marginBalance: '191.88', entryPrice: null, markPrice: '185', fundingFee: '0.00000001', liquidationPrice: null, notionalUsd: '2220', riskLevel: null },
];

describe('Tread.fi read through the cached endpoint', () => {
  it('matches the hand-worked expectation to the last decimal, with the failing account as a warning', async () => {
    const sim = await simulator({ data: smallData, failingAccounts: ['Hyperliquid Vault'] });
    const read = await clientFor(sim, sim.credentials.token).read();

    expect(read.holdings).toEqual(cachedHoldings);
    expect(read.positions).toEqual(cachedPositions);
    expect(read.accountTotals).toEqual([
      { accountId: ids.binance, accountLabel: 'Binance Main', wallet: null, reportedUsd: '50123.456789' },
      { accountId: ids.okx, accountLabel: 'OKX Spare', wallet: null, reportedUsd: '0' },
    ]);
    // Binance, Bybit, the empty OKX account and the failed Hyperliquid one; never the archived one.
    expect(read.accountCount).toBe(4);
    expect(read.warnings).toEqual([
      {
        accountId: ids.hyperliquid,
        accountLabel: 'Hyperliquid Vault',
        message: 'Tread.fi could not fetch account “Hyperliquid Vault” (Failed to fetch balance from Hyperliquid: API key expired or IP not whitelisted); its holdings are missing from this read.',
      },
    ]);
    expect(sim.requests.map((request) => request.path)).toEqual(['/api/accounts/', '/api/sor/get_cached_account_balance']);
  });

  it('keeps every account when none fails, and leaves the archived one out', async () => {
    const sim = await simulator({ data: smallData });
    const read = await clientFor(sim, sim.credentials.token).read();
    expect(read.warnings).toEqual([]);
    expect(read.holdings.map((row) => row.accountLabel)).toContain('Hyperliquid Vault');
    expect(read.holdings.some((row) => row.accountId === ids.archived || row.accountLabel.includes('archived'))).toBe(false);
    expect(read.accountTotals.some((total) => total.accountId === ids.archived)).toBe(false);
  });

  it('sends the token with the scheme word, a browser User-Agent and include_archived', async () => {
    const sim = await simulator({ data: smallData });
    await clientFor(sim, sim.credentials.token).read();
    const [accounts] = sim.requests;
    expect(accounts?.headers.authorization).toBe(`Token ${sim.credentials.token}`);
    expect(accounts?.headers['user-agent']).toMatch(/^Mozilla\/5\.0 .*Chrome\/\d+/);
    expect(accounts?.query).toEqual([['include_archived', 'true']]);
  });

  it('uses Bearer when told to, and the Token-only venue then refuses it', async () => {
    const bearerSim = await simulator({ data: smallData, authScheme: 'Bearer' });
    const read = await clientFor(bearerSim, bearerSim.credentials.token, { authScheme: 'Bearer' }).read();
    expect(read.holdings.slice(0, cachedHoldings.length)).toEqual(cachedHoldings);
    expect(bearerSim.requests[0]?.headers.authorization).toBe(`Bearer ${bearerSim.credentials.token}`);

    const tokenSim = await simulator({ data: smallData });
    await expect(clientFor(tokenSim, tokenSim.credentials.token, { authScheme: 'Bearer' }).read()).rejects.toMatchObject({ kind: 'auth' });
  });

  it('reads an account with no assets as zero holdings, and the empty fault as an empty read', async () => {
    const sim = await simulator({ data: smallData, faults: [{ kind: 'empty' }] });
    const read = await clientFor(sim, sim.credentials.token).read();
    expect(read).toEqual({ holdings: [], uncountedPositions: [], positions: [], marginAccounts: [], accountTotals: [], accountCount: 0, warnings: [] });
  });
});

describe('Tread.fi read through /api/balances/ when the cached endpoint is missing', () => {
  it('matches the hand-worked expectation: market type as wallet, no times, borrowing, funding or equity', async () => {
    const sim = await simulator({ data: smallData, cachedEndpoint: false, failingAccounts: ['Hyperliquid Vault'] });
    const read = await clientFor(sim, sim.credentials.token).read();

    const wallets = ['spot', 'spot', 'perp', 'perp', 'unified', 'unified', 'unified', 'perp'];
    expect(read.holdings).toEqual(cachedHoldings.map((row, index) => ({ ...row, wallet: wallets[index], borrowed: null, sourceUpdatedAt: null })));
    expect(read.positions).toEqual(cachedPositions.map((position) => ({ ...position, fundingFee: null })));
    expect(read.accountTotals).toEqual([]);
    expect(read.accountCount).toBe(4);
    expect(read.warnings).toEqual([
      {
        accountId: null,
        accountLabel: null,
        message: 'Tread.fi’s cached balances were unavailable (HTTP 404), so Holdfast read /api/balances/ instead: this read has no update times, borrowing, funding fees or account equity.',
      },
    ]);
    expect(sim.requests.map((request) => request.path)).toEqual(['/api/accounts/', '/api/sor/get_cached_account_balance', '/api/balances/']);
  });
});
