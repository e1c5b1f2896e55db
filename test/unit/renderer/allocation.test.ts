import { describe, expect, it } from 'vitest';
import type { Holding } from '../../../src/shared/domain/holding';
import { allocate } from '../../../src/renderer/src/views/dashboard/allocation';
import { exchangeName } from '../../../src/renderer/src/views/dashboard/exchange-names';

const holding = (asset: string, valueUsd: string | null, exchange: string | null = null): Holding => ({
  connectionId: 'c',
  venue: 'rapidx',
  accountId: 'a',
  accountLabel: 'A',
  wallet: null,
  exchange,
  asset,
  kind: 'token',
  quantity: '1',
  available: null,
  locked: null,
  borrowed: null,
  equity: null,
  priceUsd: valueUsd,
  valueUsd,
  exposureUsd: null,
  unrealizedPnl: null,
  sourceUpdatedAt: null,
  fetchedAt: '2026-01-01T00:00:00.000Z',
});

describe('allocation', () => {
  it('shows the top 15 and folds the rest into an Other that lists them, in exact decimals', () => {
    const holdings = Array.from({ length: 20 }, (_, i) => holding(`A${String(i).padStart(2, '0')}`, `${20 - i}.1`));
    const { slices, other, totalUsd } = allocate([...holdings, holding('X', null)], (h) => h.asset);
    expect(slices).toHaveLength(16);
    expect(slices[0]).toEqual({ key: 'A00', valueUsd: '20.1' });
    expect(slices.at(-1)).toEqual({ key: 'Other', valueUsd: '15.5' });
    expect(other.map((s) => s.key)).toEqual(['A15', 'A16', 'A17', 'A18', 'A19']);
    expect(totalUsd).toBe('212');
  });

  it('never folds a single leftover into Other', () => {
    const holdings = Array.from({ length: 16 }, (_, i) => holding(`A${i}`, '1'));
    expect(allocate(holdings, (h) => h.asset)).toMatchObject({ other: [] });
    expect(allocate(holdings, (h) => h.asset).slices).toHaveLength(16);
  });

  it('merges an exchange’s spellings into one name', () => {
    expect(['OKX', 'OKEX', 'okex', 'OKEx'].map(exchangeName)).toEqual(['OKX', 'OKX', 'OKX', 'OKX']);
    expect(['BINANCE', 'Binance', 'binance'].map(exchangeName)).toEqual(['Binance', 'Binance', 'Binance']);
    expect(['Gate.io', 'GATEIO'].map(exchangeName)).toEqual(['Gate', 'Gate']);
    expect(exchangeName('Some New DEX')).toBe('Some New DEX');
    expect(exchangeName(null)).toBe('(none)');
    const merged = allocate([holding('BTC', '10', 'OKX'), holding('ETH', '5', 'OKEX'), holding('BTC', '1', 'BINANCE')], (h) => exchangeName(h.exchange));
    expect(merged.slices).toEqual([
      { key: 'OKX', valueUsd: '15' },
      { key: 'Binance', valueUsd: '1' },
    ]);
  });
});
