import { describe, expect, it } from 'vitest';
import { nonceAt, preHash, sign, signedHeaders } from '../../../../src/main/venues/ltp-family/signing';

const SECRET = 'simulator-secret';
const NONCE = '1712345678';

describe('LTP-family signing', () => {
  it.each([
    ['&1712345678', 'c9f067afeeba5efd0a398c20d0766c8228a608481e0777d9ac89a38647921c0b'],
    ['exchangeType=BINANCE&page=1&pageSize=1000&1712345678', '733659e0795d3ec56a6adece8cce939795def6bf5c474e785d1ea97b8cac75c7'],
    ['accountId=10001,10002&currency=USDT&1712345678', 'a6ee31ed5b9b6df6a2c4d92bb2b40c29174a70bb4e4e07524c15b4145ecdc917'],
  ])('matches the venues.md §1.4 vector for %s', (message, expected) => {
    expect(sign(SECRET, message)).toBe(expected);
  });

  it('builds the pre-hash sorted by key in ASCII order, values raw', () => {
    expect(preHash([], NONCE)).toBe('&1712345678');
    expect(preHash([['pageSize', '1000'], ['page', '1'], ['exchangeType', 'BINANCE']], NONCE)).toBe('exchangeType=BINANCE&page=1&pageSize=1000&1712345678');
    expect(preHash([['currency', 'USDT'], ['accountId', '10001,10002']], NONCE)).toBe('accountId=10001,10002&currency=USDT&1712345678');
    // ASCII: upper case sorts before lower case.
    expect(preHash([['b', '1'], ['B', '2'], ['a', 'x y']], NONCE)).toBe('B=2&a=x y&b=1&1712345678');
  });

  it('signs the sorted params in the three headers, nonce in whole seconds', () => {
    const headers = signedHeaders({ apiKey: 'key', apiSecret: SECRET }, [['page', '1'], ['exchangeType', 'BINANCE'], ['pageSize', '1000']], new Date(1712345678999));
    expect(headers).toEqual({
      'X-MBX-APIKEY': 'key',
      nonce: NONCE,
      signature: '733659e0795d3ec56a6adece8cce939795def6bf5c474e785d1ea97b8cac75c7',
      'Content-Type': 'application/json',
    });
    expect(nonceAt(new Date(1712345678000))).toBe(NONCE);
  });
});
