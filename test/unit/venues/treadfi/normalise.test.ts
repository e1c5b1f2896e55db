import { describe, expect, it } from 'vitest';
import { Holding, PositionDetail } from '../../../../src/shared/domain/holding';
import { normaliseCached, normaliseFallback } from '../../../../src/main/venues/treadfi/normalise';
import { AccountsAnswer, BalancesAnswer, CachedAnswer } from '../../../../src/main/venues/treadfi/schemas';

const meta = { connectionId: 'conn', fetchedAt: '2025-11-21T10:00:00.000Z' };
const accounts = AccountsAnswer.parse([
  { id: 'id-a', name: 'A' },
  { id: 'id-b', name: 'B', archived: false },
  { id: 'id-old', name: 'A_archived_1', archived: true },
]);

function balance(accountId: string, name: string, assets: Record<string, unknown>[]) {
  return { exchange_name: 'OKX', account_name: name, account_id: accountId, equity: null, assets, timestamp_millis: '1763719200000' };
}
const token = (fields: Record<string, unknown>) => ({ symbol: 'T', wallet_type: 'spot', asset_type: 'token', amount: '1', notional: '1', ...fields });
const position = (fields: Record<string, unknown>) => ({ symbol: 'P:PERP-USDT', wallet_type: 'futures', asset_type: 'position', ...fields });

describe('Tread.fi normaliser', () => {
  it('prices a negative token balance and a short position positively', () => {
    const answer = CachedAnswer.parse({
      balances: [balance('id-a', 'A', [token({ amount: '-40', notional: '-40.2' }), position({ amount: '-3', notional: '-300.3', unrealized_profit: null })])],
      errors: [],
    });
    const read = normaliseCached(answer, accounts, meta);
    expect(read.holdings.map((row) => [row.priceUsd, row.valueUsd, row.exposureUsd])).toEqual([
      ['1.005', '-40.2', null],
      ['100.1', null, '-300.3'],
    ]);
    expect(read.holdings.every((row) => Holding.safeParse(row).success)).toBe(true);
    expect(read.positions.every((row) => PositionDetail.safeParse(row).success)).toBe(true);
  });

  it('calls a zero position flat and leaves its price unknown', () => {
    const answer = CachedAnswer.parse({ balances: [balance('id-a', 'A', [position({ amount: '0.000', notional: '0' })])], errors: [] });
    const read = normaliseCached(answer, accounts, meta);
    expect(read.positions[0]?.side).toBe('flat');
    expect(read.holdings[0]?.priceUsd).toBeNull();
  });

  it('leaves archived accounts and their errors out, and finds the id of an error named only', () => {
    const answer = CachedAnswer.parse({
      balances: [balance('id-old', 'A_archived_1', [token({})]), balance('id-a', 'A', [token({})])],
      errors: [{ account_name: 'A_archived_1', error: 'gone' }, { account_id: 'id-old', error: 'gone' }, { account_name: 'B', error: 'IP not whitelisted' }],
    });
    const read = normaliseCached(answer, accounts, meta);
    expect(read.holdings.map((row) => row.accountId)).toEqual(['id-a']);
    expect(read.warnings).toEqual([{ accountId: 'id-b', accountLabel: 'B', message: 'Tread.fi could not fetch account “B” (IP not whitelisted); its holdings are missing from this read.' }]);
    expect(read.accountCount).toBe(2);
  });

  it('counts an account the list did not know yet, and warns about an error with no account', () => {
    const answer = CachedAnswer.parse({ balances: [balance('id-new', 'New', [])], errors: [{ error: 'x'.repeat(400) }] });
    const read = normaliseCached(answer, accounts, meta);
    expect(read.accountCount).toBe(3);
    expect(read.warnings[0]?.message).toBe(`Tread.fi could not fetch one account (${'x'.repeat(300)}); its holdings are missing from this read.`);
  });

  it('in the fallback, leaves archived names out and lets an unknown name stand in for its id', () => {
    const answer = BalancesAnswer.parse({
      A_archived_1: { exchange: 'OKX', assets: [{ symbol: 'BTC', size: '1', notional: '1', market_type: 'spot', asset_type: 'token' }] },
      Mystery: { exchange: 'OKX', assets: [{ symbol: 'BTC', size: '2', notional: '4', market_type: 'spot', asset_type: 'token' }] },
    });
    const read = normaliseFallback(answer, accounts, meta, 'HTTP 404');
    expect(read.holdings.map((row) => [row.accountId, row.accountLabel, row.priceUsd])).toEqual([['Mystery', 'Mystery', '2']]);
    expect(read.warnings.map((warning) => warning.message)).toContain('Tread.fi’s account list has no account “Mystery”, so its name stands in for its id.');
    expect(read.accountCount).toBe(3);
  });
});
