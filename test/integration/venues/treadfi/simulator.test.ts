import { afterEach, describe, expect, it } from 'vitest';
import { Dec } from '../../../../src/shared/decimal';
import { parseJsonExact } from '../../../../src/main/venues/shared/lossless-json';
import { startTreadfiSimulator, type RunningTreadfiSimulator, type TreadfiSimulatorOptions } from '../../../../src/main/venues/treadfi';
import { smallData } from './helpers';

const running: RunningTreadfiSimulator[] = [];
async function simulator(options: TreadfiSimulatorOptions = {}) {
  const sim = await startTreadfiSimulator(options);
  running.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

async function call(sim: RunningTreadfiSimulator, path: string, init: { auth?: string | null; method?: string } = {}) {
  const auth = init.auth === undefined ? `Token ${sim.credentials.token}` : init.auth;
  const response = await fetch(`${sim.baseUrl}${path}`, { method: init.method ?? 'GET', headers: auth === null ? {} : { Authorization: auth } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: parseJsonExact(text) as never };
}

describe('Tread.fi simulator: authentication', () => {
  it('answers like DRF token authentication', async () => {
    const sim = await simulator({ data: smallData });
    const missing = await call(sim, '/api/accounts/', { auth: null });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect(missing.headers.get('www-authenticate')).toBe('Token');
    expect((await call(sim, '/api/accounts/', { auth: `Bearer ${sim.credentials.token}` })).body).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect((await call(sim, '/api/accounts/', { auth: `Token ${sim.credentials.token}x` })).body).toEqual({ detail: 'Invalid token.' });
    expect((await call(sim, '/api/accounts/')).status).toBe(200);
  });

  it('stops taking the token once tokens are revoked, and takes Bearer when set up so', async () => {
    const sim = await simulator({ data: smallData });
    sim.faults.set({ kind: 'revoke_tokens' });
    expect(await call(sim, '/api/sor/get_cached_account_balance')).toMatchObject({ status: 401, body: { detail: 'Invalid token.' } });
    const bearer = await simulator({ data: smallData, authScheme: 'Bearer' });
    expect((await call(bearer, '/api/accounts/', { auth: `Bearer ${bearer.credentials.token}` })).status).toBe(200);
  });

  it('answers 404 for unknown paths or a disabled cached endpoint, and 405 for writes', async () => {
    const sim = await simulator({ data: smallData, cachedEndpoint: false });
    expect(await call(sim, '/api/sor/get_cached_account_balance')).toMatchObject({ status: 404, body: { detail: 'Not found.' } });
    expect((await call(sim, '/api/orders/')).status).toBe(404);
    expect((await call(sim, '/api/accounts/', { method: 'POST' })).status).toBe(405);
  });
});

describe('Tread.fi simulator: answers', () => {
  it('lists accounts as a bare array, archived ones only when asked', async () => {
    const sim = await simulator({ data: smallData });
    const active: { name: string; archived: boolean }[] = (await call(sim, '/api/accounts/')).body;
    expect(active.map((account) => account.name)).toEqual(['Binance Main', 'Bybit Unified', 'OKX Spare', 'Hyperliquid Vault']);
    const all: { name: string; archived: boolean; api_secret: string }[] = (await call(sim, '/api/accounts/?include_archived=true')).body;
    expect(all.filter((account) => account.archived).map((account) => account.name)).toEqual(['Old Binance_archived_5b9e0d1c']);
    expect(all.every((account) => account.api_secret === '**********')).toBe(true);
  });

  it('serves cached balances as decimal strings, funding_fee as a number, failing accounts in errors[], filtered by account_names', async () => {
    const sim = await simulator({ data: smallData, failingAccounts: ['Hyperliquid Vault'] });
    const answer = await call(sim, '/api/sor/get_cached_account_balance?account_names=Binance%20Main,Hyperliquid%20Vault');
    const body: { balances: { account_name: string; equity: string; equities: unknown[]; assets: Record<string, unknown>[] }[]; errors: { account_name: string }[] } = answer.body;
    expect(body.balances.map((balance) => balance.account_name)).toEqual(['Binance Main']);
    expect(body.errors.map((error) => error.account_name)).toEqual(['Hyperliquid Vault']);
    expect(body.balances[0]?.equity).toBe('50123.456789');
    expect(body.balances[0]?.equities).toEqual([
      { total_equity: '49914.31039641', market_type: 'spot' },
      { total_equity: '133.37343483', market_type: 'perp' },
    ]);
    expect(body.balances[0]?.assets[2]).toMatchObject({ amount: '-2.5', notional: '-8500.00', leverage: '10.0', asset_type: 'position' });
    expect(answer.text).toContain('"funding_fee":-1.25');
  });

  it('serves /api/balances/ with JSON numbers written exactly, keyed by account name', async () => {
    const sim = await simulator({ data: smallData });
    const answer = await call(sim, '/api/balances/?account_names=Bybit%20Unified&account_names=OKX%20Spare');
    expect(Object.keys(answer.body)).toEqual(['Bybit Unified', 'OKX Spare']);
    expect(answer.text).toContain('"size":1.000000000000000001,"notional":3400.0000000000000034');
    expect(answer.text).toContain('"size":123456789.123456789123456789,"notional":null');
    expect(answer.text).toContain('"OKX Spare":{"exchange":"OKX","assets":[]}');
  });

  it('renames the amount field under schema_drift and serves nothing under empty', async () => {
    const sim = await simulator({ data: smallData, faults: [{ kind: 'schema_drift' }] });
    const drifted = await call(sim, '/api/sor/get_cached_account_balance');
    expect(drifted.text).toContain('"qty":"0.50000000"');
    expect(drifted.text).not.toContain('"amount"');
    expect((await call(sim, '/api/balances/')).text).not.toContain('"size"');
    sim.faults.clear();
    sim.faults.set({ kind: 'empty' });
    expect((await call(sim, '/api/sor/get_cached_account_balance')).body).toEqual({ balances: [], errors: [] });
    expect((await call(sim, '/api/balances/')).body).toEqual({});
    expect((await call(sim, '/api/accounts/')).body).toEqual([]);
  });
});

describe('Tread.fi simulator: seeded portfolio', () => {
  it('is the same for the same seed and different for another', async () => {
    const [a, b, c] = [await simulator({ seed: 5 }), await simulator({ seed: 5 }), await simulator({ seed: 6 })];
    expect(a.data).toEqual(b.data);
    expect(a.credentials).toEqual(b.credentials);
    expect(a.credentials.token).toMatch(/^[0-9a-f]{40}$/);
    expect(c.data).not.toEqual(a.data);
    expect(c.credentials).not.toEqual(a.credentials);
  });

  it('looks like a real multi-exchange account set, with exact arithmetic', async () => {
    const { data } = await simulator({ seed: 11 });
    expect(new Set(data.accounts.map((account) => account.exchange))).toEqual(new Set(['Binance', 'Bybit', 'OKX', 'Hyperliquid']));
    expect(data.accounts.filter((account) => account.archived)).toHaveLength(1);
    expect(data.accounts.some((account) => account.assets.length === 0)).toBe(true);
    const assets = data.accounts.flatMap((account) => account.assets);
    const positions = assets.filter((asset) => asset.assetType === 'position');
    expect(positions.some((asset) => asset.amount.startsWith('-'))).toBe(true);
    expect(positions.some((asset) => !asset.amount.startsWith('-'))).toBe(true);
    expect(assets.some((asset) => asset.amount.split('.')[1]?.length === 18)).toBe(true);
    for (const asset of assets) {
      // A price from a 4-decimal jitter of a ≤8-decimal base: any float would leave far more digits.
      expect(new Dec(asset.notional as string).div(asset.amount).decimalPlaces()).toBeLessThanOrEqual(12);
    }
    for (const position of positions) {
      expect(new Dec(position.initialMargin as string).times(position.leverage as string).toString()).toBe(new Dec(position.notional as string).abs().toString());
      expect(new Dec(position.initialMargin as string).plus(position.unrealizedProfit as string).toString()).toBe(new Dec(position.marginBalance as string).toString());
    }
  });
});
