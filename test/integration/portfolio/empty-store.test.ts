import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Portfolio } from '../../../src/main/portfolio/portfolio';
import { AccountAliasesRepo } from '../../../src/main/store/account-aliases-repo';
import { ConnectionsRepo } from '../../../src/main/store/connections-repo';
import { openDatabase, type Db } from '../../../src/main/store/database';
import { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import { SyncLogRepo } from '../../../src/main/store/sync-log-repo';
import { MINUTE } from '../../../src/shared/time';
import { tempDir } from '../../support/temp-dir';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

describe('views of now before anything is stored', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  let portfolio: Portfolio;

  beforeEach(() => {
    dir = tempDir();
    db = openDatabase(join(dir.path, 'holdfast.sqlite'));
    portfolio = new Portfolio({
      connections: new ConnectionsRepo(db),
      snapshots: new SnapshotsRepo(db),
      syncLog: new SyncLogRepo(db),
      aliases: new AccountAliasesRepo(db),
      pollStates: () => new Map(),
      intervalMs: () => MINUTE,
      now: () => new Date(NOW),
    });
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  // The alert service asks for the risk board every minute; a refusal there ended `holdfast serve`.
  it('the risk board of now is empty, not refused as a past with no history', () => {
    expect(portfolio.risk({})).toEqual({ asOf: new Date(NOW).toISOString(), accounts: [] });
    expect(portfolio.positions({})).toEqual({ asOf: new Date(NOW).toISOString(), positions: [] });
  });

  it('a past instant is still refused, with the reason', () => {
    expect(() => portfolio.risk({ at: new Date(NOW - MINUTE).toISOString() })).toThrow('No snapshots are stored yet, so there is no past to show; sync first.');
  });
});
