import { describe, expect, it } from 'vitest';
import { summariseSet } from '../../../src/main/portfolio/set-summary';
import { decodeSetSummary, encodeSetSummary } from '../../../src/main/portfolio/set-summary-codec';
import { holding } from '../../support/holdings';

describe('a kept set summary', () => {
  it('decodes to the summary it was made from, every part of it', () => {
    const summary = summariseSet({
      holdings: [
        holding({ venue: 'rapidx', asset: 'BTC', quantity: '1', priceUsd: '60000', valueUsd: '60000', sourceUpdatedAt: '2026-11-30T11:58:00.000Z' }),
        holding({ venue: 'rapidx', asset: 'btc', quantity: '2', priceUsd: '61000', valueUsd: '122000', accountId: 'acct-2', accountLabel: 'Second', wallet: 'Spot' }),
        holding({ venue: 'rapidx', asset: 'ETH', quantity: '3', priceUsd: '3000', valueUsd: '9000' }),
        holding({ venue: 'rapidx', asset: 'EUR', quantity: '10.5' }),
        holding({ venue: 'rapidx', asset: 'ZERO', quantity: '1', priceUsd: '0', valueUsd: '0' }),
        holding({ venue: 'rapidx', asset: 'CHF', quantity: '10', priceUsd: '1.13', valueUsd: '11.3', exchange: 'OKEX' }),
      ],
      accountTotals: [{ accountId: 'acct-2', accountLabel: 'Second', wallet: 'Spot', reportedUsd: '122000.5' }],
      bookPrices: [
        { asset: 'EUR', priceUsd: '1.08', origin: { kind: 'manual', venue: null, connectionId: null, at: '2026-11-29T09:00:00.000Z' } },
        { asset: 'CHF', priceUsd: '1.13', origin: { kind: 'manual', venue: null, connectionId: null, at: null } },
      ],
      otherAccountRows: [{ accountId: 'futures', accountLabel: 'Futures' }],
    });
    expect(summary.bookOffers).toEqual([
      { asset: 'BTC', price: '60000' },
      { asset: 'ETH', price: '3000' },
      { asset: 'CHF', price: '1.13' },
    ]);
    expect(summary.accounts.map((a) => a.accountId)).toEqual(['acct-1', 'acct-2', 'futures']);
    expect([...summary.valueByAsset]).toEqual([
      ['BTC', '60000'],
      ['btc', '122000'],
      ['ETH', '9000'],
      ['ZERO', '0'],
      ['CHF', '11.3'],
    ]);
    expect([...summary.valueByExchange]).toEqual([
      ['Binance', '191000'],
      ['OKX', '11.3'],
    ]);
    // EUR's manual price values no row (EUR is unpriced): only CHF is valued at one.
    expect(summary.manualPrices.map((p) => p.asset)).toEqual(['CHF']);
    const decoded = decodeSetSummary(encodeSetSummary(summary));
    expect(decoded).toEqual(summary);
    // A range of one row is one point at both ends, as when it was made.
    const eth = decoded?.priceRanges.get('ETH');
    expect(eth?.min).toBe(eth?.max);
  });
});
