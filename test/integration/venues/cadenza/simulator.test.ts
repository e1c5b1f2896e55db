import { afterEach, describe, expect, it } from 'vitest';
import { startCadenzaSimulator, type CadenzaSimulator } from '../../../../src/main/venues/cadenza';
import { accountA, smallBook } from '../../../unit/venues/cadenza/fixtures';
import { listPath, loginPath, refreshPath } from './helpers';

interface Envelope {
  data: unknown;
  success: boolean;
  errno: number;
  error: string | null;
  details?: { code?: string };
  pagination?: { offset: number; limit: number; total: number };
}
interface Session {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
  expiresAt: number;
}
interface Portfolio {
  tradingAccountId: string;
  venue: string;
  balances: { securitySymbol: string; total: unknown; free: string; locked: string }[];
  positions: unknown[];
  summary?: { currency: string };
}

let sim: CadenzaSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function call(path: string, init: { method?: string; token?: string; body?: unknown; target?: CadenzaSimulator } = {}): Promise<{ status: number; body: Envelope }> {
  const response = await fetch(`${(init.target ?? sim)?.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Envelope };
}

async function login(target = sim): Promise<Session> {
  const answer = await call(loginPath, { method: 'POST', body: target?.credentials, target });
  expect(answer.status).toBe(200);
  return answer.body.data as Session;
}

describe('the Cadenza simulator', () => {
  it('logs in with the test credentials only, as Cadenza answers', async () => {
    sim = await startCadenzaSimulator();
    const session = await login();
    expect(session).toMatchObject({ tokenType: 'bearer', expiresIn: 3600 });
    expect(session.expiresAt).toBeGreaterThan(Date.now() / 1000 + 3500);
    expect(session.expiresAt).toBeLessThan(1e12);
    expect(session.accessToken.split('.')).toHaveLength(3);
    const wrong = await call(loginPath, { method: 'POST', body: { email: sim.credentials.email, password: 'nope' } });
    expect(wrong).toEqual({ status: 401, body: { data: null, success: false, errno: -100001, error: 'Invalid login credentials' } });
    expect((await call(loginPath, { method: 'POST', body: 'not an object' })).status).toBe(400);
  });

  it('requires a valid, unexpired bearer token', async () => {
    let venueClock = Date.now();
    sim = await startCadenzaSimulator({ accessTokenTtlSec: 0.2, now: () => venueClock });
    const missing = await call(listPath);
    expect(missing).toMatchObject({ status: 401, body: { errno: -19002, details: { code: 'INVALID_TOKEN' } } });
    expect((await call(listPath, { token: 'forged' })).status).toBe(401);
    const session = await login();
    expect((await call(listPath, { token: session.accessToken })).status).toBe(200);
    venueClock += 250;
    const expired = await call(listPath, { token: session.accessToken });
    expect(expired).toMatchObject({ status: 401, body: { error: 'Token has expired', details: { code: 'INVALID_TOKEN' } } });
  });

  it('rotates refresh tokens and refuses a spent one', async () => {
    sim = await startCadenzaSimulator();
    const first = await login();
    const renewed = await call(refreshPath, { method: 'POST', body: { refreshToken: first.refreshToken } });
    const second = renewed.body.data as Session;
    expect(renewed.status).toBe(200);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    const spent = await call(refreshPath, { method: 'POST', body: { refreshToken: first.refreshToken } });
    expect(spent).toMatchObject({ status: 401, body: { errno: -19002, details: { code: 'INVALID_TOKEN' } } });
    expect((await call(listPath, { token: second.accessToken })).status).toBe(200);
  });

  it('revokes every token issued so far on revoke_tokens, and accepts a new login', async () => {
    sim = await startCadenzaSimulator();
    const before = await login();
    sim.faults.set({ kind: 'revoke_tokens' });
    expect((await call(listPath, { token: before.accessToken })).status).toBe(401);
    expect((await call(refreshPath, { method: 'POST', body: { refreshToken: before.refreshToken } })).status).toBe(401);
    const after = await login();
    expect((await call(listPath, { token: after.accessToken })).status).toBe(200);
  });

  it('seeds several realistic trading accounts, the same for the same seed', async () => {
    sim = await startCadenzaSimulator({ seed: 42 });
    const token = (await login()).accessToken;
    const answer = await call(`${listPath}?limit=100`, { token });
    const portfolios = answer.body.data as Portfolio[];
    expect(portfolios.length).toBeGreaterThanOrEqual(3);
    expect(new Set(portfolios.map((p) => p.venue))).toEqual(new Set(['BINANCE', 'OKX', 'DERIBIT', 'BITFINEX']));
    for (const portfolio of portfolios) {
      expect(portfolio.tradingAccountId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(portfolio.balances.length).toBeGreaterThanOrEqual(10);
      expect(portfolio.balances.length).toBeLessThanOrEqual(30);
    }
    expect(portfolios.some((p) => p.positions.length > 0)).toBe(true);
    expect(portfolios.flatMap((p) => p.balances).some((b) => /\.\d{18}$/.test(String(b.total)))).toBe(true);
    const again = await startCadenzaSimulator({ seed: 42 });
    const same = await call(`${listPath}?limit=100`, { token: (await login(again)).accessToken, target: again });
    await again.close();
    const amounts = (list: Portfolio[]) => list.map((p) => p.balances.map((b) => [b.securitySymbol, b.total, b.free, b.locked]));
    expect(amounts(same.body.data as Portfolio[])).toEqual(amounts(portfolios));
  });

  it('pages by offset and limit, defaulting to 10 and refusing more than 100', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, shape: 'flat' });
    const token = (await login()).accessToken;
    const first = await call(`${listPath}?limit=2`, { token });
    expect(first.body.pagination).toEqual({ offset: 0, limit: 2, total: 4 });
    expect((first.body.data as unknown[]).length).toBe(2);
    const last = await call(`${listPath}?limit=2&offset=3`, { token });
    expect((last.body.data as unknown[]).length).toBe(1);
    expect((await call(listPath, { token })).body.pagination).toEqual({ offset: 0, limit: 10, total: 4 });
    expect(await call(`${listPath}?limit=101`, { token })).toMatchObject({ status: 400, body: { errno: -19004 } });
    expect((await call(`${listPath}?offset=-1`, { token })).status).toBe(400);
  });

  it('serves the flat docs-page rows, leaving zero balances out', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, shape: 'flat' });
    const token = (await login()).accessToken;
    const rows = (await call(`${listPath}?limit=100`, { token })).body.data;
    expect(rows).toEqual([
      { tradingAccountId: accountA, venue: 'BINANCE', currency: 'BTC', balance: '1.5', available: '1.3', locked: '0.2', updatedAt: 1703052635110 },
      { tradingAccountId: accountA, venue: 'BINANCE', currency: 'ETH', balance: '10.123456789012345679', available: '10.123456789012345678', locked: '0.000000000000000001', updatedAt: 1703052635111 },
      { tradingAccountId: accountA, venue: 'BINANCE', currency: 'USDT', balance: '50000.00', available: '45000.00', locked: '5000.00', updatedAt: 1703052635110 },
      expect.objectContaining({ venue: 'DERIBIT', currency: 'BTC', balance: '2.00000000' }),
    ]);
  });

  it('filters by trading account, venue and currency, and 404s an unknown account', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    const token = (await login()).accessToken;
    const byAccount = (await call(`${listPath}?tradingAccountId=${accountA}`, { token })).body.data as Portfolio[];
    expect(byAccount.map((p) => p.tradingAccountId)).toEqual([accountA]);
    const byVenue = (await call(`${listPath}?venue=DERIBIT`, { token })).body.data as Portfolio[];
    expect(byVenue.map((p) => p.venue)).toEqual(['DERIBIT']);
    const byCurrency = (await call(`${listPath}?currency=BTC`, { token })).body.data as Portfolio[];
    expect(byCurrency.flatMap((p) => p.balances.map((b) => b.securitySymbol))).toEqual(['BTC', 'BTC']);
    const unknown = await call(`${listPath}?tradingAccountId=00000000-0000-4000-8000-000000000000`, { token });
    expect(unknown).toEqual({ status: 404, body: { data: null, success: false, errno: -22016, error: 'Trading account not found' } });
  });

  it('drifts the schema, empties the book and refuses access on request', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, faults: [{ kind: 'schema_drift' }] });
    let token = (await login()).accessToken;
    const drifted = (await call(listPath, { token })).body.data as Portfolio[];
    expect(drifted[0]?.balances[0]?.total).toEqual({ $numberDecimal: '1.5' });
    sim.faults.clear();
    sim.faults.set({ kind: 'empty' });
    expect((await call(listPath, { token })).body).toMatchObject({ data: [], pagination: { total: 0 } });
    await sim.close();
    sim = await startCadenzaSimulator({ data: smallBook, denial: 'forbidden' });
    token = (await login()).accessToken;
    expect(await call(listPath, { token })).toMatchObject({ status: 403, body: { errno: -19005, details: { code: 'ACCESS_DENIED' } } });
  });

  it('answers an unknown route with the web layer’s 404', async () => {
    sim = await startCadenzaSimulator();
    expect(await call('/api/v3/nothing')).toEqual({ status: 404, body: { data: null, success: false, errno: -19003, error: 'Not found' } });
  });
});
