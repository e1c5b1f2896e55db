import type { Migration } from './index';

/**
 * Snapshots keep every read's totals forever; the holdings detail lives in content-addressed holding
 * sets, so identical reads share one set and compaction can drop detail without touching totals.
 * Times are integer milliseconds: range scans over a year of 60-second polls stay index-only.
 */
export const m003Snapshots: Migration = {
  version: 3,
  name: 'snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE holding_sets (
        id            INTEGER PRIMARY KEY,
        content_hash  TEXT NOT NULL UNIQUE,
        holding_count INTEGER NOT NULL
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
        id             INTEGER PRIMARY KEY,
        connection_id  TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        taken_at       INTEGER NOT NULL,
        confirmed_at   INTEGER NOT NULL,
        total_usd      TEXT NOT NULL,
        unpriced_count INTEGER NOT NULL,
        holding_count  INTEGER NOT NULL,
        account_count  INTEGER NOT NULL,
        set_id         INTEGER REFERENCES holding_sets(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX snapshots_by_connection_time ON snapshots (connection_id, taken_at);
      CREATE INDEX snapshots_by_time ON snapshots (taken_at);
      CREATE INDEX snapshots_by_set ON snapshots (set_id);

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
