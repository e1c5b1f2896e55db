import { describe, expect, it } from 'vitest';
import { parseAsset, parseManualPrice } from '../../../src/main/portfolio/manual-prices';
import { buildPriceBook, priceOf, pricedFrom } from '../../../src/main/portfolio/price-book';
import { priceChecks, priceSpread, type PriceObservation } from '../../../src/main/portfolio/price-checks';
import { compareDecimals, Dec, decimalString } from '../../../src/shared/decimal';
import { seededRandom } from '../../../src/main/venues/shared/simulator/random';
import { rowPriceOrigin } from '../../../src/main/portfolio/price-origin';
import { PRICE_SPREAD_LIMIT } from '../../../src/main/portfolio/policy';
import { summariseSet } from '../../../src/main/portfolio/set-summary';
import { unpricedAssets } from '../../../src/main/portfolio/unpriced';
import { bookPricesOf, valueHoldings } from '../../../src/main/portfolio/valuation';
import type { ManualPrice, PriceOrigin } from '../../../src/shared/domain/prices';
import type { VenueId } from '../../../src/shared/domain/venue';
import { holding } from '../../support/holdings';

const eurManual: ManualPrice = { asset: 'EUR', priceUsd: '1.08', setAt: '2026-11-20T09:00:00.000Z' };
const rapidxBtc = holding({ venue: 'rapidx', asset: 'BTC', quantity: '1', priceUsd: '60200.5', valueUsd: '60200.5' });
const rapidxEur = holding({ venue: 'rapidx', asset: 'EUR', quantity: '10', priceUsd: '1.05', valueUsd: '10.5' });

describe('manual prices in the price book', () => {
  it('price an asset no venue prices, after every venue price', () => {
    const book = buildPriceBook([{ venue: 'rapidx', at: 1, connectionId: 'rx', holdings: [rapidxBtc] }], [eurManual, { ...eurManual, asset: 'BTC', priceUsd: '1' }]);
    expect(priceOf(book, 'eur')).toBe('1.08');
    // A venue's price always wins.
    expect(priceOf(book, 'BTC')).toBe('60200.5');
    const venueEur = buildPriceBook([{ venue: 'rapidx', at: 1, connectionId: 'rx', holdings: [rapidxEur] }], [eurManual]);
    expect(priceOf(venueEur, 'EUR')).toBe('1.05');
  });

  it('say where each price came from: another venue with its snapshot time, a manual price with its date, a peg', () => {
    const book = buildPriceBook([{ venue: 'rapidx', at: Date.parse('2026-11-21T10:00:00.000Z'), connectionId: 'rx', holdings: [rapidxBtc] }], [eurManual, { ...eurManual, asset: 'USDT', priceUsd: '0.99' }]);
    expect(pricedFrom(book, 'BTC')).toEqual({ price: '60200.5', origin: { kind: 'book', venue: 'rapidx', connectionId: 'rx', at: '2026-11-21T10:00:00.000Z' } });
    expect(pricedFrom(book, 'EUR')).toEqual({ price: '1.08', origin: { kind: 'manual', venue: null, connectionId: null, at: eurManual.setAt } });
    // The user's price of a stablecoin no venue prices comes before the peg of 1.
    expect(pricedFrom(book, 'USDT')?.price).toBe('0.99');
    expect(pricedFrom(book, 'DAI')).toEqual({ price: '1', origin: { kind: 'peg', venue: null, connectionId: null, at: null } });
    expect(pricedFrom(book, 'XYZ')).toBeNull();
  });

  it('are recorded once per asset for the rows the book valued, never for rows their venue valued', () => {
    const book = buildPriceBook([{ venue: 'rapidx', at: 1, connectionId: 'rx', holdings: [rapidxBtc] }], [eurManual]);
    const cadenza = [
      holding({ venue: 'cadenza', asset: 'EUR', quantity: '100', accountId: 'a' }),
      holding({ venue: 'cadenza', asset: 'EUR', quantity: '5', accountId: 'b' }),
      holding({ venue: 'cadenza', asset: 'BTC', quantity: '0.5' }),
      holding({ venue: 'cadenza', asset: 'XYZ', quantity: '1' }),
      holding({ venue: 'cadenza', asset: 'ETH', quantity: '1', priceUsd: '3000', valueUsd: '3000' }),
    ];
    expect(bookPricesOf(cadenza, book).map((b) => [b.asset, b.priceUsd, b.origin.kind])).toEqual([
      ['EUR', '1.08', 'manual'],
      ['BTC', '60200.5', 'book'],
    ]);
    expect(valueHoldings(cadenza, book).map((h) => h.valueUsd)).toEqual(['108', '5.4', '30100.25', null, '3000']);
  });
});

describe('a manual price as typed', () => {
  it('is a positive plain decimal, kept canonical', () => {
    expect(parseManualPrice(' 1.08 ')).toBe('1.08');
    expect(parseManualPrice('1000.50')).toBe('1000.5');
    expect(parseManualPrice('0.000001')).toBe('0.000001');
  });

  it('is refused with a sentence otherwise', () => {
    expect(() => parseManualPrice('1,08')).toThrow('"1,08" is not a price: write a positive number of US dollars, such as 1.08.');
    for (const text of ['abc', '-1', '1e3', '', '.5', '1.']) expect(() => parseManualPrice(text)).toThrow(/is not a price/);
    expect(() => parseManualPrice('0')).toThrow('A price must be more than 0.');
    expect(() => parseManualPrice('0.000')).toThrow('A price must be more than 0.');
  });

  it('names an asset by its symbol', () => {
    expect(parseAsset(' eur ')).toBe('EUR');
    expect(parseAsset('1000SATS')).toBe('1000SATS');
    expect(() => parseAsset('EUR; drop')).toThrow('"EUR; drop" is not an asset symbol: use letters and digits, such as EUR.');
  });
});

describe('what net worth leaves out', () => {
  const place = (connectionId: string, venue: VenueId, accountLabel: string, asset: string, quantity: string, holdings = 1) => ({ connectionId, venue, accountLabel, asset, quantity, holdings });

  it('sums each asset across venues and accounts, says where it sits, and values it only where a price is known today', () => {
    const book = buildPriceBook([{ venue: 'rapidx', at: Date.parse('2026-11-21T10:00:00.000Z'), connectionId: 'rx', holdings: [holding({ venue: 'rapidx', asset: 'GBP', quantity: '1', priceUsd: '1.25', valueUsd: '1.25' })] }], [eurManual]);
    const assets = unpricedAssets(
      [
        place('cz', 'cadenza', 'Main', 'EUR', '233659.02686949'),
        place('cz', 'cadenza', 'Basis', 'EUR', '99474.3805115'),
        place('cz', 'cadenza', 'Main', 'eur', '0.5'),
        place('tf', 'treadfi', 'Desk', 'GBP', '10', 2),
        place('cz', 'cadenza', 'Main', 'ZZZ', '3'),
        place('cz', 'cadenza', 'Main', 'AAA', '7'),
      ],
      book,
    );
    expect(assets.map((a) => a.asset)).toEqual(['EUR', 'GBP', 'AAA', 'ZZZ']);
    const [eur, gbp, aaa] = assets;
    expect(eur).toMatchObject({ quantity: '333133.90738099', holdings: 3 });
    expect(eur?.places).toEqual([
      { connectionId: 'cz', venue: 'cadenza', accountLabel: 'Main', quantity: '233659.52686949', holdings: 2 },
      { connectionId: 'cz', venue: 'cadenza', accountLabel: 'Basis', quantity: '99474.3805115', holdings: 1 },
    ]);
    expect(eur?.indicative).toEqual({ priceUsd: '1.08', valueUsd: '359784.6199714692', origin: { kind: 'manual', venue: null, connectionId: null, at: eurManual.setAt } });
    expect(gbp?.indicative).toEqual({ priceUsd: '1.25', valueUsd: '12.5', origin: { kind: 'book', venue: 'rapidx', connectionId: 'rx', at: '2026-11-21T10:00:00.000Z' } });
    expect(gbp?.holdings).toBe(2);
    expect(aaa?.indicative).toBeNull();
  });

  it('is kept per set from the stored rows: unpriced quantity per asset and account', () => {
    const set = summariseSet({
      holdings: [
        holding({ venue: 'cadenza', asset: 'EUR', quantity: '100', accountLabel: 'Main' }),
        holding({ venue: 'cadenza', asset: 'EUR', quantity: '0.25', accountLabel: 'Main' }),
        holding({ venue: 'cadenza', asset: 'EUR', quantity: '5', accountLabel: 'Basis' }),
        holding({ venue: 'cadenza', asset: 'BTC', quantity: '1', priceUsd: '60000', valueUsd: '60000' }),
      ],
      accountTotals: [],
    });
    expect(set.unpriced).toEqual([
      { asset: 'EUR', accountLabel: 'Main', quantity: '100.25', holdings: 2 },
      { asset: 'EUR', accountLabel: 'Basis', quantity: '5', holdings: 1 },
    ]);
  });
});

describe('price spread checks', () => {
  const venueOrigin = (venue: VenueId): PriceOrigin => ({ kind: 'venue', venue, connectionId: venue, at: '2026-11-21T10:00:00.000Z' });
  const seen = (asset: string, priceUsd: string, venue: VenueId, rows = 1): PriceObservation => ({ asset, priceUsd, rows, point: () => ({ priceUsd, connectionId: venue, venue, origin: venueOrigin(venue) }) });

  it('flag an asset whose prices are more than 1 % apart, as (max − min) ÷ min, with where each end came from', () => {
    expect(PRICE_SPREAD_LIMIT).toBe('0.01');
    const checks = priceChecks([seen('BTC', '71329', 'connex', 3), seen('BTC', '98704', 'ltp', 2), seen('btc', '80000', 'rapidx'), seen('ETH', '3000', 'rapidx'), seen('ETH', '3030', 'ltp')]);
    // ETH is exactly 1 % apart: not flagged.
    expect(checks).toEqual([
      {
        asset: 'BTC',
        spread: '0.383785',
        limit: '0.01',
        min: { priceUsd: '71329', connectionId: 'connex', venue: 'connex', origin: venueOrigin('connex') },
        max: { priceUsd: '98704', connectionId: 'ltp', venue: 'ltp', origin: venueOrigin('ltp') },
        rows: 6,
      },
    ]);
    expect(priceChecks([seen('ETH', '3000', 'rapidx'), seen('ETH', '3030.01', 'ltp')]).map((c) => c.asset)).toEqual(['ETH']);
  });

  it('list the widest spread first and skip an asset priced at 0', () => {
    const checks = priceChecks([seen('A', '1', 'rapidx'), seen('A', '1.5', 'ltp'), seen('B', '1', 'rapidx'), seen('B', '3', 'ltp'), seen('C', '0', 'rapidx'), seen('C', '1', 'ltp')]);
    expect(checks.map((c) => [c.asset, c.spread])).toEqual([
      ['B', '2'],
      ['A', '0.5'],
    ]);
  });

  it('work each spread out exactly as decimal.js does, rounded half-even, over seeded prices', () => {
    const random = seededRandom(5);
    const price = () => decimalString(`${Math.floor(random() * 10 ** Math.floor(random() * 6))}.${String(Math.floor(random() * 1e8)).padStart(8, '0')}`);
    for (let n = 0; n < 2_000; n++) {
      const min = price();
      if (compareDecimals(min, '0') <= 0) continue;
      const max = random() < 0.2 ? decimalString(new Dec(min).times('1.01')) : random() < 0.5 ? min : price();
      const exact = new Dec(max).minus(min).div(min);
      const expected = { spread: decimalString(exact.toDecimalPlaces(6, Dec.ROUND_HALF_EVEN)), overLimit: exact.gt(PRICE_SPREAD_LIMIT) };
      expect([min, max, priceSpread(min, max)]).toEqual([min, max, expected]);
    }
    // Halves round to the even neighbour: 1/16 = 0.0625 at 3 places would be 0.062; here 6 places, 1/2^7 = 0.0078125 → 0.007812.
    expect(priceSpread('128', '129').spread).toBe('0.007812');
    expect(priceSpread('1e2', '101').spread).toBe('0.01');
  });

  it('take each set’s lowest and highest token price per asset', () => {
    const set = summariseSet({
      holdings: [
        holding({ venue: 'rapidx', asset: 'BTC', quantity: '1', priceUsd: '71329', sourceUpdatedAt: '2026-11-21T09:59:00.000Z' }),
        holding({ venue: 'rapidx', asset: 'BTC', quantity: '1', priceUsd: '98704' }),
        holding({ venue: 'rapidx', asset: 'BTC', quantity: '1', priceUsd: '80000' }),
        holding({ venue: 'rapidx', asset: 'BTC-PERP', kind: 'position', quantity: '1', priceUsd: '1' }),
      ],
      accountTotals: [],
    });
    expect([...set.priceRanges]).toEqual([['BTC', { min: { price: '71329', sourceUpdatedAt: '2026-11-21T09:59:00.000Z' }, max: { price: '98704', sourceUpdatedAt: null }, rows: 3 }]]);
  });
});

describe('where a row’s price came from', () => {
  const rx = holding({ venue: 'rapidx', asset: 'BTC', quantity: '1', priceUsd: '60000', sourceUpdatedAt: '2026-11-21T09:59:00.000Z' });
  const cz = holding({ venue: 'cadenza', asset: 'BTC', quantity: '1', priceUsd: '60000' });

  it('is its venue’s own price at the venue’s time, else at the read’s', () => {
    expect(rowPriceOrigin(rx, undefined)).toEqual({ kind: 'venue', venue: 'rapidx', connectionId: 'conn-rapidx', at: '2026-11-21T09:59:00.000Z' });
    expect(rowPriceOrigin({ ...rx, sourceUpdatedAt: null }, undefined)?.at).toBe(rx.fetchedAt);
    expect(rowPriceOrigin({ ...rx, priceUsd: null }, undefined)).toBeNull();
  });

  it('is the book price recorded with the snapshot, and unknown for a book-valued row stored before origins were', () => {
    const origin: PriceOrigin = { kind: 'book', venue: 'rapidx', connectionId: 'rx', at: '2026-11-21T09:58:00.000Z' };
    expect(rowPriceOrigin(cz, { asset: 'BTC', priceUsd: '60000', origin })).toEqual(origin);
    expect(rowPriceOrigin(cz, undefined)).toEqual({ kind: 'book', venue: null, connectionId: null, at: null });
    // A Cadenza position's mark is its venue's own.
    expect(rowPriceOrigin({ ...cz, kind: 'position' }, undefined)?.kind).toBe('venue');
  });
});
