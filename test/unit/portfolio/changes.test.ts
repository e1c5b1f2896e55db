import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../../src/main/portfolio/changes';
import { Dec } from '../../../src/shared/decimal';
import { holding } from '../../support/holdings';

const btc = (quantity: string, valueUsd: string | null) => holding({ venue: 'rapidx', asset: 'BTC', quantity, valueUsd });

describe('changesBetween', () => {
  it('splits a change into price and quantity effects, hand-computed', () => {
    // BTC: 2 @ 50,000 → 3 @ 60,000. Price effect: 2 × 10,000 = 20,000; quantity effect: 180,000 − 100,000 − 20,000 = 60,000.
    // ETH: 10 @ 3,000 → 10 @ 2,500 (quantity unchanged): all price effect.
    // SOL: 100 @ 150 → 80 @ 150 (price unchanged): all quantity effect.
    // DOGE appeared, XRP vanished: all quantity effect.
    const from = [btc('2', '100000'), holding({ venue: 'ltp', asset: 'ETH', quantity: '10', valueUsd: '30000' }), holding({ venue: 'ltp', asset: 'SOL', quantity: '100', valueUsd: '15000' }), holding({ venue: 'ltp', asset: 'XRP', quantity: '50', valueUsd: '100' })];
    const to = [btc('1', '60000'), btc('2', '120000'), holding({ venue: 'ltp', asset: 'ETH', quantity: '10', valueUsd: '25000' }), holding({ venue: 'ltp', asset: 'SOL', quantity: '80', valueUsd: '12000' }), holding({ venue: 'ltp', asset: 'DOGE', quantity: '1000', valueUsd: '300' })];
    const byAsset = new Map(changesBetween(from, to).map((c) => [c.asset, c]));
    expect(byAsset.get('BTC')).toEqual({ asset: 'BTC', quantityFrom: '2', quantityTo: '3', valueFromUsd: '100000', valueToUsd: '180000', changeUsd: '80000', priceEffectUsd: '20000', quantityEffectUsd: '60000' });
    expect(byAsset.get('ETH')).toMatchObject({ changeUsd: '-5000', priceEffectUsd: '-5000', quantityEffectUsd: '0' });
    expect(byAsset.get('SOL')).toMatchObject({ changeUsd: '-3000', priceEffectUsd: '0', quantityEffectUsd: '-3000' });
    expect(byAsset.get('DOGE')).toMatchObject({ quantityFrom: '0', valueFromUsd: null, changeUsd: '300', priceEffectUsd: '0', quantityEffectUsd: '300' });
    expect(byAsset.get('XRP')).toMatchObject({ quantityTo: '0', valueToUsd: null, changeUsd: '-100', priceEffectUsd: '0', quantityEffectUsd: '-100' });
    expect([...byAsset.keys()]).toEqual(['BTC', 'ETH', 'SOL', 'DOGE', 'XRP']);
  });

  it('adds up exactly even when a price is a repeating quotient', () => {
    const [change] = changesBetween([btc('3', '100')], [btc('7', '200')]);
    if (!change) throw new Error('no change');
    expect(new Dec(change.priceEffectUsd).plus(change.quantityEffectUsd).toFixed()).toBe(change.changeUsd);
    expect(change.priceEffectUsd).toBe('-14.285714285714285714');
  });
});
