import { describe, expect, it } from 'vitest';
import { exposureOf } from '../../../src/main/portfolio/exposure';
import { buildPriceBook } from '../../../src/main/portfolio/price-book';
import { holding } from '../../support/holdings';

const book = buildPriceBook([
  { venue: 'rapidx', at: 1, holdings: [holding({ venue: 'rapidx', asset: 'BTC', quantity: '1', priceUsd: '90000' }), holding({ venue: 'rapidx', asset: 'ETH', quantity: '1', priceUsd: '3000' })] },
]);

describe('exposureOf', () => {
  it('nets spot and perp legs per coin across venues and accounts; stablecoins are cash', () => {
    const { underlyings, cash } = exposureOf(
      [
        // RapidX spot: 2 BTC of balance but 1.5 of equity (0.5 borrowed) — equity is what is held net of debt.
        holding({ venue: 'rapidx', connectionId: 'rx', asset: 'BTC', quantity: '2', equity: '1.5', valueUsd: '135000' }),
        holding({ venue: 'treadfi', connectionId: 'tf', accountId: 'a2', asset: 'BTC:PERP-USDT', kind: 'position', quantity: '-2.5', valueUsd: '10' }),
        holding({ venue: 'cadenza', connectionId: 'cz', asset: 'BTC-USDT-SWAP', kind: 'position', quantity: '0.25', valueUsd: null }),
        holding({ venue: 'ltp', connectionId: 'lt', asset: 'ETH', quantity: '3', valueUsd: '9000' }),
        holding({ venue: 'ltp', connectionId: 'lt', asset: 'USDT', quantity: '1000', valueUsd: '1000' }),
        holding({ venue: 'cadenza', connectionId: 'cz', asset: 'usdt', quantity: '500', valueUsd: '500' }),
        holding({ venue: 'cadenza', connectionId: 'cz', asset: 'NOPRICE', quantity: '7' }),
      ],
      book,
    );
    expect(underlyings.map((u) => u.underlying)).toEqual(['BTC', 'ETH', 'NOPRICE']);
    const btc = underlyings.find((u) => u.underlying === 'BTC');
    expect(btc).toMatchObject({ spotQuantity: '1.5', perpQuantity: '-2.25', netQuantity: '-0.75', priceUsd: '90000', netUsd: '-67500', grossUsd: '382500' });
    expect(btc?.legs.map((l) => [l.venue, l.kind, l.instrument, l.quantity])).toEqual([
      ['rapidx', 'spot', 'BTC', '1.5'],
      ['treadfi', 'perp', 'BTC:PERP-USDT', '-2.5'],
      ['cadenza', 'perp', 'BTC-USDT-SWAP', '0.25'],
    ]);
    expect(underlyings.find((u) => u.underlying === 'ETH')).toMatchObject({ netQuantity: '3', netUsd: '9000', grossUsd: '9000' });
    expect(underlyings.find((u) => u.underlying === 'NOPRICE')).toMatchObject({ priceUsd: null, netUsd: null, grossUsd: null });
    expect(cash).toEqual([{ asset: 'USDT', quantity: '1500', valueUsd: '1500' }]);
  });

  it('is flat where a long and a short of the same coin cancel out', () => {
    const { underlyings } = exposureOf(
      [
        holding({ venue: 'treadfi', asset: 'ETH:PERP-USDT', kind: 'position', quantity: '4' }),
        holding({ venue: 'cadenza', asset: 'ETH-PERPETUAL', kind: 'position', quantity: '-4' }),
      ],
      book,
    );
    expect(underlyings).toHaveLength(1);
    expect(underlyings[0]).toMatchObject({ underlying: 'ETH', netQuantity: '0', netUsd: '0', grossUsd: '24000' });
  });
});
