import type { Db } from './database';

export interface StoredAlias {
  readonly connectionId: string;
  readonly accountId: string;
  readonly alias: string;
}

/** The user's account names: persistence only; what a name must look like and how it is applied is the domain's. */
export class AccountAliasesRepo {
  private readonly selectAll;
  private readonly upsert;
  private readonly deleteOne;

  constructor(db: Db) {
    this.selectAll = db.prepare<[], StoredAlias>('SELECT connection_id AS connectionId, account_id AS accountId, alias FROM account_aliases ORDER BY connection_id, account_id');
    this.upsert = db.prepare<[string, string, string, string]>(
      `INSERT INTO account_aliases (connection_id, account_id, alias, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (connection_id, account_id) DO UPDATE SET alias = excluded.alias, updated_at = excluded.updated_at`,
    );
    this.deleteOne = db.prepare<[string, string]>('DELETE FROM account_aliases WHERE connection_id = ? AND account_id = ?');
  }

  list(): StoredAlias[] {
    return this.selectAll.all();
  }

  set(connectionId: string, accountId: string, alias: string, updatedAt: string): void {
    this.upsert.run(connectionId, accountId, alias, updatedAt);
  }

  clear(connectionId: string, accountId: string): void {
    this.deleteOne.run(connectionId, accountId);
  }
}
