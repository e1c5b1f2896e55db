import type { Holding } from '../../src/shared/domain/holding';

/** A unified holding with every unknown null, overridden where a test cares. */
export function holding(overrides: Partial<Holding> & Pick<Holding, 'venue' | 'asset' | 'quantity'>): Holding {
  return {
    connectionId: `conn-${overrides.venue}`,
    accountId: 'acct-1',
    accountLabel: 'Account 1',
    wallet: null,
    exchange: 'BINANCE',
    kind: 'token',
    available: null,
    locked: null,
    borrowed: null,
    equity: null,
    priceUsd: null,
    valueUsd: null,
    exposureUsd: null,
    unrealizedPnl: null,
    sourceUpdatedAt: null,
    fetchedAt: '2026-11-21T10:00:00.000Z',
    ...overrides,
  };
}
