import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionsRepo } from '../../../src/main/store/connections-repo';
import { openDatabase, type Db } from '../../../src/main/store/database';
import { SnapshotsRepo, type SnapshotInput } from '../../../src/main/store/snapshots-repo';
import { testConnection } from '../../support/connection';
import { holding } from '../../support/holdings';
import { tempDir } from '../../support/temp-dir';

const T0 = Date.UTC(2026, 10, 21, 12, 0, 0);
const read = (at: number, priceUsd: string): SnapshotInput => ({
  connectionId: 'c1',
  at: new Date(at),
  holdings: [holding({ venue: 'rapidx', connectionId: 'c1', asset: 'BTC', quantity: '1', priceUsd, valueUsd: priceUsd })],
  positions: [],
  accountTotals: [],
  accountCount: 1,
  totalUsd: priceUsd,
});

// A day of polling writes a new set every read and reads none of them back: left cached, their pages
// filled the 32 MiB page cache and stayed resident (the day benchmark's memory growth).
describe('the page cache after a snapshot write', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  let releases: () => number;

  beforeEach(() => {
    dir = tempDir();
    db = openDatabase(join(dir.path, 'holdfast.sqlite'));
    new ConnectionsRepo(db).insert(testConnection());
    const pragma = vi.spyOn(db, 'pragma');
    releases = () => pragma.mock.calls.filter(([source]) => source === 'shrink_memory').length;
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('is released once a new set is committed, and kept when the read only confirms the last one', () => {
    const snapshots = new SnapshotsRepo(db);
    expect(snapshots.record(read(T0, '90000'))).toBe('new');
    expect(releases()).toBe(1);
    expect(snapshots.record(read(T0 + 1_000, '90000'))).toBe('confirmed');
    expect(releases()).toBe(1);
    expect(snapshots.record(read(T0 + 2_000, '90001'))).toBe('new');
    expect(releases()).toBe(2);
    expect(snapshots.setContent(2).holdings[0]?.priceUsd).toBe('90001');
  });

  it('is left to the caller inside its own transaction (a batch import releases nothing per snapshot)', () => {
    const snapshots = new SnapshotsRepo(db);
    db.transaction(() => {
      snapshots.record(read(T0, '90000'));
      snapshots.record(read(T0 + 1_000, '90001'));
    })();
    expect(releases()).toBe(0);
  });
});
