import type { Migration } from './index';

/**
 * The user's names for accounts, keyed as the venues key them. The foreign key removes a connection's
 * names with it; snapshots keep the venue's own name, so a name given later applies to the past too.
 */
export const m004AccountAliases: Migration = {
  version: 4,
  name: 'account aliases',
  up(db) {
    db.exec(`
      CREATE TABLE account_aliases (
        connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        account_id    TEXT NOT NULL,
        alias         TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        PRIMARY KEY (connection_id, account_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
