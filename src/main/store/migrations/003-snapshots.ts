import type { Migration } from './index';

/**
 * A year of 60-second polls is half a million snapshots per connection, so the layout is chosen for
 * size and range scans: snapshots are keyed by (series, taken_at) without a rowid, a series is a small
 * integer standing for a connection, and confirmed_at is stored as an offset that is 0 (no bytes) for
 * most reads. A snapshot's holdings, positions and venue totals live in one compressed set row
 * (store/set-codec.ts) that consecutive identical reads share, counted by reference with triggers so
 * compaction can free sets without an index on snapshots.set_id. series_rollup keeps the last snapshot
 * of every hour and of every six hours, so that long history ranges read thousands of rows, not millions.
 */
export const m003Snapshots: Migration = {
  version: 3,
  name: 'snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE series (
        id            INTEGER PRIMARY KEY,
        connection_id TEXT NOT NULL UNIQUE REFERENCES connections(id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE holding_sets (
        id           INTEGER PRIMARY KEY,
        content_hash BLOB NOT NULL,
        refs         INTEGER NOT NULL DEFAULT 0,
        content      BLOB NOT NULL
      ) STRICT;
      CREATE INDEX holding_sets_unreferenced ON holding_sets (id) WHERE refs <= 0;

      CREATE TABLE snapshots (
        series       INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
        taken_at     INTEGER NOT NULL,
        confirmed_ms INTEGER NOT NULL DEFAULT 0,
        total_usd    TEXT NOT NULL,
        set_id       INTEGER,
        PRIMARY KEY (series, taken_at)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX snapshots_with_holdings ON snapshots (series, taken_at) WHERE set_id IS NOT NULL;

      CREATE TRIGGER snapshot_refs_insert AFTER INSERT ON snapshots WHEN NEW.set_id IS NOT NULL
      BEGIN UPDATE holding_sets SET refs = refs + 1 WHERE id = NEW.set_id; END;
      CREATE TRIGGER snapshot_refs_release AFTER UPDATE OF set_id ON snapshots WHEN OLD.set_id IS NOT NULL
      BEGIN UPDATE holding_sets SET refs = refs - 1 WHERE id = OLD.set_id; END;
      CREATE TRIGGER snapshot_refs_delete AFTER DELETE ON snapshots WHEN OLD.set_id IS NOT NULL
      BEGIN UPDATE holding_sets SET refs = refs - 1 WHERE id = OLD.set_id; END;

      CREATE TABLE series_rollup (
        series       INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
        grain_hours  INTEGER NOT NULL,
        slot         INTEGER NOT NULL,
        taken_at     INTEGER NOT NULL,
        confirmed_at INTEGER NOT NULL,
        total_usd    TEXT NOT NULL,
        PRIMARY KEY (series, grain_hours, slot)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_log (
        id            INTEGER PRIMARY KEY,
        connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        at            INTEGER NOT NULL,
        kind          TEXT NOT NULL,
        message       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sync_log_by_connection ON sync_log (connection_id, at);
    `);
  },
};
