import type { Migration } from './index';

/**
 * A year of 60-second polls is half a million snapshots per connection, so the layout is chosen for
 * size and range scans: snapshots are keyed by (series, taken_at) without a rowid, a series is a small
 * integer standing for a connection, and confirmed_at is stored as an offset that is 0 (no bytes) for
 * most reads. Holdings detail lives in content-addressed sets, counted by reference (triggers) so that
 * compaction can free them without an index on snapshots.set_id. series_hourly keeps each hour's last
 * snapshot so long history ranges read thousands of rows, not millions.
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
        id            INTEGER PRIMARY KEY,
        content_hash  TEXT NOT NULL UNIQUE,
        holding_count INTEGER NOT NULL,
        refs          INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE holdings (
        set_id            INTEGER NOT NULL REFERENCES holding_sets(id) ON DELETE CASCADE,
        ordinal           INTEGER NOT NULL,
        account_id        TEXT NOT NULL,
        account_label     TEXT NOT NULL,
        wallet            TEXT,
        exchange          TEXT,
        asset             TEXT NOT NULL,
        kind              TEXT NOT NULL CHECK (kind IN ('token', 'position')),
        quantity          TEXT NOT NULL,
        available         TEXT,
        locked            TEXT,
        borrowed          TEXT,
        equity            TEXT,
        price_usd         TEXT,
        value_usd         TEXT,
        exposure_usd      TEXT,
        unrealized_pnl    TEXT,
        source_updated_at TEXT,
        PRIMARY KEY (set_id, ordinal)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE position_details (
        set_id         INTEGER NOT NULL REFERENCES holding_sets(id) ON DELETE CASCADE,
        ordinal        INTEGER NOT NULL,
        account_id     TEXT NOT NULL,
        exchange       TEXT,
        asset          TEXT NOT NULL,
        side           TEXT NOT NULL,
        leverage       TEXT,
        initial_margin TEXT,
        maint_margin   TEXT,
        margin_balance TEXT,
        entry_price    TEXT,
        mark_price     TEXT,
        funding_fee    TEXT,
        PRIMARY KEY (set_id, ordinal)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE account_totals (
        set_id        INTEGER NOT NULL REFERENCES holding_sets(id) ON DELETE CASCADE,
        ordinal       INTEGER NOT NULL,
        account_id    TEXT NOT NULL,
        account_label TEXT NOT NULL,
        wallet        TEXT,
        reported_usd  TEXT NOT NULL,
        PRIMARY KEY (set_id, ordinal)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE snapshots (
        series         INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
        taken_at       INTEGER NOT NULL,
        confirmed_ms   INTEGER NOT NULL DEFAULT 0,
        total_usd      TEXT NOT NULL,
        unpriced_count INTEGER NOT NULL,
        holding_count  INTEGER NOT NULL,
        account_count  INTEGER NOT NULL,
        set_id         INTEGER,
        PRIMARY KEY (series, taken_at)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX snapshots_with_holdings ON snapshots (series, taken_at) WHERE set_id IS NOT NULL;

      CREATE TRIGGER snapshot_refs_insert AFTER INSERT ON snapshots WHEN NEW.set_id IS NOT NULL
      BEGIN UPDATE holding_sets SET refs = refs + 1 WHERE id = NEW.set_id; END;
      CREATE TRIGGER snapshot_refs_release AFTER UPDATE OF set_id ON snapshots WHEN OLD.set_id IS NOT NULL
      BEGIN UPDATE holding_sets SET refs = refs - 1 WHERE id = OLD.set_id; END;
      CREATE TRIGGER snapshot_refs_delete AFTER DELETE ON snapshots WHEN OLD.set_id IS NOT NULL
      BEGIN UPDATE holding_sets SET refs = refs - 1 WHERE id = OLD.set_id; END;

      CREATE TABLE series_hourly (
        series       INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
        hour         INTEGER NOT NULL,
        taken_at     INTEGER NOT NULL,
        confirmed_at INTEGER NOT NULL,
        total_usd    TEXT NOT NULL,
        PRIMARY KEY (series, hour)
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
