import { join } from 'node:path';
import { Portfolio, type PortfolioDeps } from '../../src/main/portfolio/portfolio';
import { AccountAliasesRepo } from '../../src/main/store/account-aliases-repo';
import { ConnectionsRepo } from '../../src/main/store/connections-repo';
import { openDatabase, type Db } from '../../src/main/store/database';
import { SnapshotsRepo } from '../../src/main/store/snapshots-repo';
import { SyncLogRepo } from '../../src/main/store/sync-log-repo';
import { MINUTE } from '../../src/shared/time';
import { tempDir } from './temp-dir';

export interface PortfolioDb {
  readonly db: Db;
  readonly connections: ConnectionsRepo;
  readonly snapshots: SnapshotsRepo;
  readonly portfolio: Portfolio;
  /** Closes the database and removes its folder. */
  readonly remove: () => void;
}

/** The portfolio over a database as a start makes it (nothing read yet), at a fixed now; connections poll every minute. */
export function portfolioOver(db: Db, snapshots: SnapshotsRepo, nowMs: number, more: Partial<PortfolioDeps> = {}): Portfolio {
  return new Portfolio({
    connections: new ConnectionsRepo(db),
    snapshots,
    syncLog: new SyncLogRepo(db),
    aliases: new AccountAliasesRepo(db),
    pollStates: () => new Map(),
    intervalMs: () => MINUTE,
    now: () => new Date(nowMs),
    ...more,
  });
}

/** A real database file in a fresh folder and the portfolio over it, at a fixed now; connections poll every minute. */
export function portfolioDb(nowMs: number): PortfolioDb {
  const dir = tempDir();
  const db = openDatabase(join(dir.path, 'holdfast.sqlite'));
  const connections = new ConnectionsRepo(db);
  const snapshots = new SnapshotsRepo(db);
  const portfolio = portfolioOver(db, snapshots, nowMs);
  return {
    db,
    connections,
    snapshots,
    portfolio,
    remove: () => {
      db.close();
      dir.remove();
    },
  };
}
