import { describe, expect, it } from 'vitest';
import { allocationOf, type VenueSet } from '../../../src/main/portfolio/allocation';
import { exchangeName } from '../../../src/main/portfolio/exchange-names';
import { summariseSet } from '../../../src/main/portfolio/set-summary';
import type { StoredBookPrice } from '../../../src/main/store/set-codec';
import type { Holding } from '../../../src/shared/domain/holding';
import type { VenueId } from '../../../src/shared/domain/venue';
import { holding } from '../../support/holdings';

const AS_OF = '2026-11-30T12:00:00.000Z';

const row = (asset: string, valueUsd: string | null, more: Partial<Holding> = {}): Holding =>
  holding({ venue: 'rapidx', asset, quantity: '1', priceUsd: valueUsd, valueUsd, ...more });

/** One connection's newest set, summarised as the reader summarises it. */
const set = (venue: VenueId, holdings: Holding[], bookPrices: StoredBookPrice[] = []): VenueSet => ({ venue, set: summariseSet({ holdings, accountTotals: [], bookPrices }) });

const manual = (asset: string, priceUsd: string, at: string | null): StoredBookPrice => ({ asset, priceUsd, origin: { kind: 'manual', venue: null, connectionId: null, at } });

describe('the allocation', () => {
  it('shows the top 15 and folds the rest into an Other that lists them, in exact decimals, leaving unpriced rows out', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(`A${String(i).padStart(2, '0')}`, `${20 - i}.1`));
    const view = allocationOf([set('rapidx', [...rows, row('X', null), row('A00', null)])], AS_OF);
    expect(view.asOf).toBe(AS_OF);
    expect(view.totalUsd).toBe('212');
    expect(view.byAsset.slices).toHaveLength(15);
    expect(view.byAsset.slices[0]).toEqual({ key: 'A00', valueUsd: '20.1' });
    expect(view.byAsset.slices.map((s) => s.key)).not.toContain('X');
    expect(view.byAsset.other).toEqual({
      valueUsd: '15.5',
      slices: [
        { key: 'A15', valueUsd: '5.1' },
        { key: 'A16', valueUsd: '4.1' },
        { key: 'A17', valueUsd: '3.1' },
        { key: 'A18', valueUsd: '2.1' },
        { key: 'A19', valueUsd: '1.1' },
      ],
    });
  });

  it('never folds a single leftover into Other, and orders equal values by name', () => {
    const rows = Array.from({ length: 16 }, (_, i) => row(`A${String.fromCharCode(80 - i)}`, '1'));
    const { byAsset } = allocationOf([set('rapidx', rows)], AS_OF);
    expect(byAsset.other).toBeNull();
    expect(byAsset.slices.map((s) => s.key)).toEqual(rows.map((r) => r.asset).reverse());
  });

  it('sums one asset, venue and exchange across sets of several connections exactly, beyond a double’s digits', () => {
    const view = allocationOf(
      [
        set('rapidx', [row('BTC', '60000.000000000000000001', { exchange: 'OKX' }), row('ETH', '3000.1', { exchange: 'BINANCE' }), row('EUR', null, { exchange: 'OKX' })]),
        set('cadenza', [row('BTC', '0.000000000000000002', { venue: 'cadenza', exchange: 'OKEX' }), row('btc', '1', { venue: 'cadenza', exchange: 'Binance' })]),
        set('rapidx', [row('ETH', '-0.1', { exchange: 'okex' })]),
        // A connection with nothing priced has no share: its venue is no slice of zero.
        set('treadfi', [row('EUR', null, { venue: 'treadfi' })]),
      ],
      AS_OF,
    );
    expect(view.totalUsd).toBe('63001.000000000000000003');
    expect(view.byAsset.slices).toEqual([
      { key: 'BTC', valueUsd: '60000.000000000000000003' },
      { key: 'ETH', valueUsd: '3000' },
      // The asset as each row names it: "btc" is not BTC, as the Holdings rows show it.
      { key: 'btc', valueUsd: '1' },
    ]);
    expect(view.byVenue.slices).toEqual([
      { key: 'RapidX', valueUsd: '63000.000000000000000001' },
      { key: 'Cadenza', valueUsd: '1.000000000000000002' },
    ]);
    // OKEX, okex and OKX are one exchange, as are BINANCE and Binance.
    expect(view.byExchange.slices).toEqual([
      { key: 'OKX', valueUsd: '59999.900000000000000003' },
      { key: 'Binance', valueUsd: '3001.1' },
    ]);
  });

  it('names each asset a manual price values once, with its price and when it was set; a recorded price no row is valued at is not named', () => {
    const eur = manual('EUR', '1.08', '2026-11-29T09:00:00.000Z');
    const view = allocationOf(
      [
        set('cadenza', [row('USDC', '1', { venue: 'cadenza' }), row('EUR', '10.8', { venue: 'cadenza', priceUsd: '1.08' }), row('EUR', '2.16', { venue: 'cadenza', priceUsd: '1.08' })], [eur, manual('GBP', '1.27', null)]),
        set('treadfi', [row('EUR', '11', { venue: 'treadfi', priceUsd: '1.1' })], [manual('EUR', '1.1', '2026-11-30T09:00:00.000Z')]),
        // Book prices from a venue are not manual.
        set('cadenza', [row('BTC', '60000', { venue: 'cadenza' })], [{ asset: 'BTC', priceUsd: '60000', origin: { kind: 'book', venue: 'rapidx', connectionId: 'rx', at: null } }]),
      ],
      AS_OF,
    );
    // Two sets valued at two manual EUR prices: the later set's, as the Holdings rows name them last.
    expect(view.manualPrices).toEqual([{ asset: 'EUR', priceUsd: '1.1', setAt: '2026-11-30T09:00:00.000Z' }]);
  });
});

describe('one name per exchange', () => {
  it('merges an exchange’s spellings, keeps an unknown one as the venue spells it, and names a missing one', () => {
    expect(['OKX', 'OKEX', 'okex', 'OKEx'].map(exchangeName)).toEqual(['OKX', 'OKX', 'OKX', 'OKX']);
    expect(['BINANCE', 'Binance', 'binance'].map(exchangeName)).toEqual(['Binance', 'Binance', 'Binance']);
    expect(['Gate.io', 'GATEIO'].map(exchangeName)).toEqual(['Gate', 'Gate']);
    expect(exchangeName(' Some New DEX ')).toBe('Some New DEX');
    expect(exchangeName(null)).toBe('(none)');
    expect(exchangeName('  ')).toBe('(none)');
  });
});
