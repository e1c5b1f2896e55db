import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Portfolio } from '../../../src/main/portfolio/portfolio';
import type { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import { DAY, HOUR, MINUTE } from '../../../src/shared/time';
import { testConnection } from '../../support/connection';
import { holding } from '../../support/holdings';
import { portfolioDb, type PortfolioDb } from '../../support/portfolio-db';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
const connection = testConnection();

describe('the summary\'s change figures', () => {
  let env: PortfolioDb;
  let snapshots: SnapshotsRepo;
  let portfolio: Portfolio;

  /** One read of `valueUsd` at `at`, confirmed by reads every minute for `confirmedForMs`. */
  function read(at: number, valueUsd: string, confirmedForMs = 0): void {
    for (let t = at; t <= at + confirmedForMs; t += MINUTE) {
      const holdings = [holding({ venue: 'rapidx', connectionId: 'c1', asset: 'BTC', quantity: '1', priceUsd: valueUsd, valueUsd })];
      snapshots.record({ connectionId: 'c1', at: new Date(t), holdings, positions: [], accountTotals: [], accountCount: 1, totalUsd: valueUsd });
    }
  }

  beforeEach(() => {
    env = portfolioDb(NOW);
    env.connections.insert(connection);
    ({ snapshots, portfolio } = env);
  });
  afterEach(() => env.remove());

  it('with no data that far back there is no baseline and no change, never "$0.00 since now"', () => {
    read(NOW - 10 * MINUTE, '100', 10 * MINUTE);
    const changes = portfolio.summary().changes;
    expect(changes.map((c) => c.window)).toEqual(['1d', '1w', '1m']);
    for (const change of changes) {
      expect(change.baselineUsd).toBeNull();
      expect(change.changeUsd).toBeNull();
    }
  });

  it('compares net worth now with the value the chart shows at the window\'s start', async () => {
    read(NOW - DAY - 5 * MINUTE, '80', 10 * MINUTE);
    read(NOW - 2 * HOUR, '100', 2 * HOUR);
    const summary = portfolio.summary();
    const day = summary.changes.find((c) => c.window === '1d');
    expect(summary.netWorthUsd).toBe('100');
    expect(day).toMatchObject({ since: new Date(NOW - DAY).toISOString(), baselineUsd: '80', changeUsd: '20', missing: 0 });
    // A week back nobody had read anything: no baseline.
    expect(summary.changes.find((c) => c.window === '1w')?.baselineUsd).toBeNull();
    // The chart's point at the same instant is the same figure.
    const history = portfolio.historySeries({ range: '1d', maxPoints: 1440 });
    expect(history.points[0]?.t).toBe(new Date(NOW - DAY + MINUTE).toISOString());
    expect(history.points[0]?.valueUsd).toBe('80');
  });
});
