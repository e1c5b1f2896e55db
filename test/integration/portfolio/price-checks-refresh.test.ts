import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Holding } from '../../../src/shared/domain/holding';
import { MINUTE } from '../../../src/shared/time';
import { testConnection } from '../../support/connection';
import { holding } from '../../support/holdings';
import { portfolioDb, type PortfolioDb } from '../../support/portfolio-db';

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

describe('the summary\'s price checks, kept between summaries', () => {
  let env: PortfolioDb;
  beforeEach(() => {
    env = portfolioDb(NOW);
    for (const id of ['a', 'b']) env.connections.insert(testConnection({ id, label: `Desk ${id}` }));
  });
  afterEach(() => env.remove());

  function read(connectionId: string, agoMs: number, btcPriceUsd: string): void {
    const holdings: Holding[] = [holding({ venue: 'rapidx', connectionId, asset: 'BTC', quantity: '1', priceUsd: btcPriceUsd, valueUsd: btcPriceUsd, sourceUpdatedAt: new Date(NOW - agoMs).toISOString() })];
    env.snapshots.record({ connectionId, at: new Date(NOW - agoMs), holdings, positions: [], accountTotals: [], accountCount: 1, totalUsd: btcPriceUsd });
  }

  const checkedAssets = () => env.portfolio.priceChecks().map((c) => c.asset);

  it('follow every new read: a price moving apart is listed at once, and gone once it is back', () => {
    read('a', 2 * MINUTE, '100000');
    read('b', 2 * MINUTE, '100000');
    expect(checkedAssets()).toEqual([]);
    expect(checkedAssets()).toEqual([]);

    read('b', MINUTE, '110000');
    expect(checkedAssets()).toEqual(['BTC']);
    expect(checkedAssets()).toEqual(['BTC']);

    read('b', MINUTE / 2, '100000');
    expect(checkedAssets()).toEqual([]);
  });
});
