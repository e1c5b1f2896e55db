import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../../src/main/venues/shared/answer-schemas';
import { parseJsonExact } from '../../../../src/main/venues/shared/lossless-json';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';
import { AccountsAnswer, BalancesAnswer, CachedAnswer } from '../../../../src/main/venues/treadfi/schemas';

const asset = (fields: string) =>
  `{"symbol":"X",${fields},"market_type":"spot","asset_type":"token","unrealized_profit":null,"initial_margin":null,"maint_margin":null,"margin_balance":null,"leverage":null,"notional_pct_total":0.5}`;

function cachedBalance(overrides: Record<string, unknown> = {}) {
  return {
    exchange_name: 'Bybit', account_name: 'A', user_id: '7', account_id: 'u-1', username: 'me', equity: '10', assets: [], equities: [], transfers: [],
    timestamp_millis: '1763719200000', created_at: '2025-01-01T00:00:00Z', vcefi_enabled: false, ...overrides,
  };
}

function badResponse(run: () => unknown): VenueError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(VenueError);
  expect((caught as VenueError).kind).toBe('bad_response');
  return caught as VenueError;
}

describe('Tread.fi /api/balances/ schema', () => {
  it('reads JSON numbers without a float in between', () => {
    const text = `{"A":{"exchange":"Binance","assets":[${[
      asset('"size":0.1,"notional":0.3'),
      asset('"size":1414.06039641,"notional":1414.060396'),
      asset('"size":123456789.123456789123456789,"notional":9007199254740993.000000000000000001'),
      asset('"size":1e-05,"notional":-0.0'),
    ].join(',')}]}}`;
    const answer = parseAnswer(BalancesAnswer, parseJsonExact(text), 'treadfi', '/api/balances/');
    expect(answer.A?.assets.map((row) => [row.size, row.notional])).toEqual([
      ['0.1', '0.3'],
      ['1414.06039641', '1414.060396'],
      ['123456789.123456789123456789', '9007199254740993.000000000000000001'],
      ['0.00001', '0'],
    ]);
    expect(answer.A?.assets[0]?.notional_pct_total).toBe('0.5');
  });

  it('rejects an exponent that would expand into gigabytes, as a bad_response', () => {
    const text = `{"A":{"exchange":"Binance","assets":[${asset('"size":1e1000000000,"notional":1')}]}}`;
    const error = badResponse(() => parseAnswer(BalancesAnswer, parseJsonExact(text), 'treadfi', '/api/balances/'));
    expect(error.detail).toBe('/api/balances/: at A.assets.0.size: expected a decimal number');
  });
});

describe('Tread.fi cached balance schema', () => {
  it('tolerates unknown fields and a missing errors list', () => {
    const answer = CachedAnswer.parse({ balances: [cachedBalance({ brand_new: { x: 1 } })], extra: true });
    expect(answer.errors).toEqual([]);
    expect(answer.balances[0]?.timestamp_millis).toBe('2025-11-21T10:00:00.000Z');
  });

  it('reads a nullable field that is missing as null, and a missing time as unknown', () => {
    const answer = CachedAnswer.parse({
      balances: [cachedBalance({ timestamp_millis: undefined, assets: [{ symbol: 'BTC', amount: '1', wallet_type: 'spot', asset_type: 'token' }] })],
    });
    expect(answer.balances[0]?.timestamp_millis).toBeNull();
    expect(answer.balances[0]?.assets[0]).toMatchObject({ notional: null, borrowed: null, funding_fee: null, leverage: null });
  });

  it('turns a timestamp past the last JS date into a bad_response, not a RangeError', () => {
    const error = badResponse(() => parseAnswer(CachedAnswer, { balances: [cachedBalance({ timestamp_millis: '9999999999999999' })], errors: [] }, 'treadfi', 'cached'));
    expect(error.detail).toBe('cached: at balances.0.timestamp_millis: expected epoch milliseconds');
  });

  it('reads the undocumented errors[] entries however they come', () => {
    const answer = CachedAnswer.parse({
      balances: [],
      errors: ['  Bybit timed out ', { account_name: 'B', error: 'expired key' }, { account_id: 'u-9', detail: 'nope' }, { account_name: 'C', error: { code: 5 } }],
    });
    expect(answer.errors).toEqual([
      { accountId: null, accountName: null, message: 'Bybit timed out' },
      { accountId: null, accountName: 'B', message: 'expired key' },
      { accountId: 'u-9', accountName: null, message: 'nope' },
      { accountId: null, accountName: 'C', message: null },
    ]);
  });

  it('names the field a retyped answer breaks', () => {
    const error = badResponse(() => parseAnswer(CachedAnswer, { balances: [cachedBalance({ equity: 'lots' })], errors: [] }, 'treadfi', 'cached'));
    expect(error.detail).toBe('cached: at balances.0.equity: expected a decimal number or null');
  });
});

describe('Tread.fi accounts schema', () => {
  const account = { id: 'u-1', name: 'A', user: '7', exchange: 'Binance', archived: false, valid: true, api_secret: '****' };

  it('reads a bare array and an {accounts} envelope alike, without keeping exchange secrets', () => {
    expect(AccountsAnswer.parse([account])).toEqual([{ id: 'u-1', name: 'A', user: 7, exchange: 'Binance', archived: false }]);
    expect(AccountsAnswer.parse({ accounts: [account] })).toEqual(AccountsAnswer.parse([account]));
  });

  it('rejects anything else as a bad_response', () => {
    const error = badResponse(() => parseAnswer(AccountsAnswer, { results: [] }, 'treadfi', '/api/accounts/'));
    expect(error.detail).toMatch(/^\/api\/accounts\/: at \(root\): /);
  });
});
