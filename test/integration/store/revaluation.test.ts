import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/store/database';
import { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import { holding } from '../../support/holdings';
import { tempDir } from '../../support/temp-dir';

const dir = tempDir();
afterEach(() => dir.remove());

it('the same venue answer valued with a new price is a new snapshot, never a confirmation of the old one', () => {
  const db = openDatabase(join(dir.path, 'holdfast.sqlite'));
  db.prepare(`INSERT INTO connections VALUES ('cz', 'cadenza', 'cz', 'http://127.0.0.1:1', 'k…y', 1, 60, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`).run();
  const repo = new SnapshotsRepo(db);
  const answer = holding({ venue: 'cadenza', connectionId: 'cz', asset: 'EUR', quantity: '1000' });
  const read = { connectionId: 'cz', positions: [], accountTotals: [], accountCount: 1 };
  const unpriced = { ...read, holdings: [answer], totalUsd: '0' };
  expect(repo.record({ ...unpriced, at: new Date(1_000) })).toBe('new');
  expect(repo.record({ ...unpriced, at: new Date(2_000) })).toBe('confirmed');

  // A manual price arrives: the venue says the same, the valuation differs.
  const manual = { kind: 'manual' as const, venue: null, connectionId: null, at: '2026-11-21T10:00:00.000Z' };
  const priced = { ...read, holdings: [{ ...answer, priceUsd: '1.08', valueUsd: '1080' }], totalUsd: '1080', bookPrices: [{ asset: 'EUR', priceUsd: '1.08', origin: manual }] };
  expect(repo.record({ ...priced, at: new Date(3_000) })).toBe('new');
  expect(repo.record({ ...priced, at: new Date(4_000) })).toBe('confirmed');
  const [latest] = repo.latestWithHoldings(5_000);
  expect(latest?.total_usd).toBe('1080');
  expect(repo.setContent(latest?.set_id as number).bookPrices).toEqual([{ asset: 'EUR', priceUsd: '1.08', origin: manual }]);

  // The price removed: valued as before, a new snapshot again, and the past keeps what it showed.
  expect(repo.record({ ...unpriced, at: new Date(5_000) })).toBe('new');
  expect(repo.latestWithHoldings(3_500)[0]?.total_usd).toBe('1080');
  expect(repo.latestWithHoldings(6_000)[0]?.total_usd).toBe('0');
  db.close();
});
