import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionsRepo } from '../../../src/main/store/connections-repo';
import { openDatabase, type Db } from '../../../src/main/store/database';
import { SyncLogRepo } from '../../../src/main/store/sync-log-repo';
import { testConnection } from '../../support/connection';
import { tempDir } from '../../support/temp-dir';

const T0 = Date.UTC(2026, 10, 21, 12, 0, 0);

describe('the sync log', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  let log: SyncLogRepo;

  beforeEach(() => {
    dir = tempDir();
    db = openDatabase(join(dir.path, 'holdfast.sqlite'));
    const connections = new ConnectionsRepo(db);
    connections.insert(testConnection({ id: 'a', label: 'a' }));
    connections.insert(testConnection({ id: 'b', label: 'b' }));
    log = new SyncLogRepo(db);
  });

  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('keeps the newest 500 lines of each connection, the newest by time and then by order written', () => {
    // Two lines share each second: the one written later is the newer.
    for (let i = 0; i < 560; i += 1) log.add('a', new Date(T0 + Math.floor(i / 2) * 1000), 'ok', `a${i}`);
    for (let i = 0; i < 20; i += 1) log.add('b', new Date(T0 + i * 1000), 'ok', `b${i}`);
    const kept = log.recent('a', 1_000);
    expect(kept.length).toBe(500);
    expect([kept[0]?.message, kept.at(-1)?.message]).toEqual(['a559', 'a60']);
    expect(log.recent('b', 1_000).length).toBe(20);
    // A line dated before the ones kept is the oldest, and goes at once.
    log.add('a', new Date(T0 - 1000), 'warning', 'late');
    expect(log.recent('a', 1_000).map((entry) => entry.message)).not.toContain('late');
    expect(log.recent('a', 1_000).length).toBe(500);
  });
});
