import { describe, expect, it } from 'vitest';
import { buildPriceBook, priceOf } from '../../../src/main/portfolio/price-book';
import { totalsOf, valueHoldings } from '../../../src/main/portfolio/valuation';
import { summariseSet } from '../../../src/main/portfolio/set-summary';
import { holding } from '../../support/holdings';

const rapidxBtc = holding({ venue: 'rapidx', asset: 'BTC', quantity: '1', priceUsd: '60200.5', valueUsd: '60200.5' });
const ltpBtc = holding({ venue: 'ltp', asset: 'BTC', quantity: '2', priceUsd: '60100', valueUsd: '120200' });
const treadBtc = holding({ venue: 'treadfi', asset: 'btc', quantity: '1', priceUsd: '60000', valueUsd: '60000' });
const treadEth = holding({ venue: 'treadfi', asset: 'ETH', quantity: '3', priceUsd: '3000.25', valueUsd: '9000.75' });
const perp = holding({ venue: 'rapidx', asset: 'SOL', kind: 'position', quantity: '-10', priceUsd: '150', valueUsd: '12' });

describe('price book', () => {
  it('prefers RapidX/ConneX index prices, then LTP, then Tread.fi', () => {
    const all = buildPriceBook([
      { venue: 'treadfi', at: 3, holdings: [treadBtc, treadEth] },
      { venue: 'ltp', at: 2, holdings: [ltpBtc] },
      { venue: 'rapidx', at: 1, holdings: [rapidxBtc] },
    ]);
    expect(all.get('BTC')).toEqual({ price: '60200.5', venue: 'rapidx', at: 1 });
    expect(all.get('ETH')?.venue).toBe('treadfi');
    expect(buildPriceBook([{ venue: 'treadfi', at: 3, holdings: [treadBtc] }, { venue: 'ltp', at: 2, holdings: [ltpBtc] }]).get('BTC')?.price).toBe('60100');
  });

  it('takes the newer snapshot between two sources of the same rank', () => {
    const connexBtc = { ...rapidxBtc, venue: 'connex' as const, priceUsd: '60300' };
    expect(buildPriceBook([{ venue: 'rapidx', at: 5, holdings: [rapidxBtc] }, { venue: 'connex', at: 9, holdings: [connexBtc] }]).get('BTC')?.price).toBe('60300');
    expect(buildPriceBook([{ venue: 'connex', at: 1, holdings: [connexBtc] }, { venue: 'rapidx', at: 5, holdings: [rapidxBtc] }]).get('BTC')?.price).toBe('60200.5');
  });

  it('ignores positions, Cadenza and non-positive prices as sources', () => {
    const cadenza = holding({ venue: 'cadenza', asset: 'ADA', quantity: '1', priceUsd: '0.5' });
    const zero = holding({ venue: 'ltp', asset: 'DOGE', quantity: '0', priceUsd: '0' });
    const book = buildPriceBook([{ venue: 'rapidx', at: 1, holdings: [perp] }, { venue: 'cadenza', at: 1, holdings: [cadenza] }, { venue: 'ltp', at: 1, holdings: [zero] }]);
    expect(book.size).toBe(0);
  });

  it('values stablecoins at 1 only where no venue prices them', () => {
    const usdt = holding({ venue: 'rapidx', asset: 'USDT', quantity: '1', priceUsd: '0.9998' });
    const book = buildPriceBook([{ venue: 'rapidx', at: 1, holdings: [usdt] }]);
    expect(priceOf(book, 'USDT')).toBe('0.9998');
    for (const stable of ['USDC', 'usd', 'FDUSD', 'DAI']) expect(priceOf(book, stable)).toBe('1');
    expect(priceOf(book, 'PYUSD')).toBeNull();
  });
});

describe('valuation of Cadenza holdings', () => {
  const book = buildPriceBook([{ venue: 'rapidx', at: 1, holdings: [rapidxBtc] }, { venue: 'treadfi', at: 1, holdings: [treadEth] }]);
  const cadenza = [
    holding({ venue: 'cadenza', asset: 'BTC', quantity: '1.123456789012345678' }),
    holding({ venue: 'cadenza', asset: 'ETH', quantity: '0.5' }),
    holding({ venue: 'cadenza', asset: 'USDC', quantity: '1000.01' }),
    holding({ venue: 'cadenza', asset: 'XYZ', quantity: '42' }),
  ];

  it('prices from the book, exactly, and leaves unknown assets unpriced', () => {
    const valued = valueHoldings(cadenza, book);
    expect(valued.map((h) => [h.asset, h.priceUsd, h.valueUsd])).toEqual([
      ['BTC', '60200.5', '67632.660426937715988439'],
      ['ETH', '3000.25', '1500.125'],
      ['USDC', '1', '1000.01'],
      ['XYZ', null, null],
    ]);
  });

  it('totals sum the priced rows and count the unpriced', () => {
    expect(totalsOf(valueHoldings(cadenza, book))).toEqual({ totalUsd: '70132.795426937715988439', unpricedCount: 1 });
  });

  it('leaves holdings the venue valued, and positions, as they are', () => {
    expect(valueHoldings([rapidxBtc, perp], book)).toEqual([rapidxBtc, perp]);
  });
});

describe('reconciliation', () => {
  it('shows the venue total beside the sum of our rows for that account and wallet', () => {
    const rows = [
      holding({ venue: 'ltp', asset: 'USDT', quantity: '100', valueUsd: '100.25', accountId: '9007199254740993', wallet: 'Spot' }),
      holding({ venue: 'ltp', asset: 'BTC', quantity: '0.001', valueUsd: '60.1', accountId: '9007199254740993', wallet: 'Spot' }),
      holding({ venue: 'ltp', asset: 'USDT', quantity: '5', valueUsd: '5', accountId: '9007199254740993', wallet: 'Funding' }),
    ];
    const accountTotals = [
      { accountId: '9007199254740993', accountLabel: 'DMA', wallet: 'Spot', reportedUsd: '160.4' },
      { accountId: '9007199254740993', accountLabel: 'DMA', wallet: 'Funding', reportedUsd: '5' },
    ];
    const set = summariseSet({ holdings: rows, accountTotals });
    expect(set).toMatchObject({ totalUsd: '165.35', unpricedCount: 0, holdingCount: 3 });
    expect(set.reconciliation.map((r) => [r.wallet, r.reportedUsd, r.computedUsd, r.differenceUsd])).toEqual([
      ['Spot', '160.4', '160.35', '0.05'],
      ['Funding', '5', '5', '0'],
    ]);
  });
});

describe('positions in net worth', () => {
  it('a position its venue left unvalued counts at its unrealised P&L, never as unpriced', () => {
    const [perp, token] = valueHoldings(
      [holding({ venue: 'cadenza', asset: 'BTC-PERPETUAL', kind: 'position', quantity: '-2', unrealizedPnl: '-120.5' }), holding({ venue: 'cadenza', asset: 'NOPE', quantity: '1' })],
      new Map(),
    );
    expect(perp?.valueUsd).toBe('-120.5');
    expect(token?.valueUsd).toBeNull();
    expect(totalsOf([perp!, token!])).toEqual({ totalUsd: '-120.5', unpricedCount: 1 });
  });
});
