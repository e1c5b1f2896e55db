import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionsRepo } from '../../../src/main/store/connections-repo';
import { openDatabase, type Db } from '../../../src/main/store/database';
import { SnapshotsRepo, type SnapshotInput } from '../../../src/main/store/snapshots-repo';
import { HOUR } from '../../../src/shared/time';
import { testConnection } from '../../support/connection';
import { holding } from '../../support/holdings';
import { tempDir } from '../../support/temp-dir';

const T0 = Date.UTC(2026, 10, 21, 12, 0, 0);
const connection = testConnection();
const read = (at: number): SnapshotInput => ({
  connectionId: 'c1',
  at: new Date(at),
  holdings: [holding({ venue: 'rapidx', connectionId: 'c1', asset: 'BTC', quantity: '1', priceUsd: '90000', valueUsd: '90000' })],
  positions: [],
  accountTotals: [],
  accountCount: 1,
  totalUsd: '90000',
});

describe('confirming the last snapshot without the read (the demo backfill)', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;

  beforeEach(() => {
    dir = tempDir();
    db = openDatabase(join(dir.path, 'holdfast.sqlite'));
    new ConnectionsRepo(db).insert(connection);
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  /** Every stored row of both tables, as SQL returns them. */
  const stored = () => ({
    snapshots: db.prepare('SELECT taken_at, confirmed_ms, total_usd, set_id FROM snapshots ORDER BY taken_at').all(),
    rollup: db.prepare('SELECT * FROM series_rollup ORDER BY grain_hours, slot').all(),
  });

  it('stores what recording the same read again stores, and never moves a confirmation back', () => {
    const byRecord = new SnapshotsRepo(db);
    byRecord.record(read(T0));
    expect(byRecord.record(read(T0 + 2 * HOUR - 1))).toBe('confirmed');
    byRecord.record(read(T0 + HOUR));
    const expected = stored();

    db.exec('DELETE FROM snapshots; DELETE FROM series_rollup; DELETE FROM holding_sets;');
    const byConfirm = new SnapshotsRepo(db);
    byConfirm.record(read(T0));
    expect(byConfirm.confirmLatest('c1', new Date(T0 + 2 * HOUR - 1))).toBe(true);
    expect(byConfirm.confirmLatest('c1', new Date(T0 + HOUR))).toBe(true);
    expect(stored()).toEqual(expected);
  });

  it('is false, and stores nothing, for a connection with no snapshot yet', () => {
    expect(new SnapshotsRepo(db).confirmLatest('c1', new Date(T0))).toBe(false);
    expect(stored()).toEqual({ snapshots: [], rollup: [] });
  });
});
