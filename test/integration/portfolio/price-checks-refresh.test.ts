import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Holding } from '../../../src/shared/domain/holding';
import { AccountAliasesRepo } from '../../../src/main/store/account-aliases-repo';
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

  /** One read of one BTC row, with the venue's own total for its account. */
  function read(connectionId: string, agoMs: number, btcPriceUsd: string): void {
    const row = holding({ venue: 'rapidx', connectionId, asset: 'BTC', quantity: '1', priceUsd: btcPriceUsd, valueUsd: btcPriceUsd, sourceUpdatedAt: new Date(NOW - agoMs).toISOString() });
    const holdings: Holding[] = [row];
    const accountTotals = [{ accountId: row.accountId, accountLabel: row.accountLabel, wallet: null, reportedUsd: btcPriceUsd }];
    env.snapshots.record({ connectionId, at: new Date(NOW - agoMs), holdings, positions: [], accountTotals, accountCount: 1, totalUsd: btcPriceUsd });
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

  it('are kept while nothing is read, also when the user has named an account, which the summary shows', () => {
    read('a', 2 * MINUTE, '100000');
    read('b', MINUTE, '110000');
    new AccountAliasesRepo(env.db).set('a', holding({ venue: 'rapidx', asset: 'BTC', quantity: '1' }).accountId, 'Main book', new Date(NOW).toISOString());
    const first = env.portfolio.priceChecks();
    expect(first.map((c) => c.asset)).toEqual(['BTC']);
    expect(env.portfolio.priceChecks()).toBe(first);
    expect(env.portfolio.summary().reconciliation.map((r) => [r.connectionId, r.accountLabel])).toContainEqual(['a', 'Main book']);
  });
});
