import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../../src/main/venues/shared/answer-schemas';
import { UserAssets } from '../../../../src/main/venues/rapidx/schemas';

const record = (portfolioId: string) => ({ portfolioId, coin: 'BTC', exchangeType: 'OKX', balance: '1.50', equity: '2', createAt: '1703052635110' });

describe('RapidX user assets', () => {
  it('reads every portfolio of the answer, decimals canonical and dates ISO', () => {
    const read = parseAnswer(UserAssets, { '1': [record('1')], '2': [] }, 'rapidx', 'GET /api/v1/user/asset');
    expect(read['1']?.[0]).toMatchObject({ portfolioId: '1', balance: '1.5', equity: '2', available: null, createAt: '2023-12-20T06:10:35.110Z', updateAt: null });
    expect(read['2']).toEqual([]);
  });

  it('refuses a record filed under another portfolio, naming where', () => {
    expect(() => parseAnswer(UserAssets, { '1': [record('1'), record('2')] }, 'rapidx', 'GET /api/v1/user/asset')).toThrow(
      expect.objectContaining({ kind: 'bad_response', detail: 'GET /api/v1/user/asset: at 1.1.portfolioId: expected 1' }),
    );
  });

  it('passes fields it does not know through, and names the first bad field of a record by its path', () => {
    const read = parseAnswer(UserAssets, { '1': [{ ...record('1'), tier: { level: 2 } }] }, 'rapidx', 'GET /api/v1/user/asset');
    expect(read['1']?.[0]).toMatchObject({ tier: { level: 2 }, balance: '1.5', frozen: null });
    expect(() => parseAnswer(UserAssets, { '1': [record('1'), { ...record('1'), coin: '', balance: '1,5' }] }, 'rapidx', 'GET /api/v1/user/asset')).toThrow(
      expect.objectContaining({ detail: 'GET /api/v1/user/asset: at 1.1.coin: expected text' }),
    );
    expect(() => parseAnswer(UserAssets, { '1': [{ ...record('1'), updateAt: '1.5' }] }, 'rapidx', 'GET /api/v1/user/asset')).toThrow(
      expect.objectContaining({ detail: 'GET /api/v1/user/asset: at 1.0.updateAt: expected epoch milliseconds' }),
    );
    expect(() => parseAnswer(UserAssets, { '1': [null] }, 'rapidx', 'GET /api/v1/user/asset')).toThrow(expect.objectContaining({ detail: 'GET /api/v1/user/asset: at 1.0: expected an object' }));
  });
});
