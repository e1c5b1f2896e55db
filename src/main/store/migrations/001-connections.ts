import type { Migration } from './index';

export const m001Connections: Migration = {
  version: 1,
  name: 'connections',
  up(db) {
    db.exec(`
      CREATE TABLE connections (
        id                TEXT PRIMARY KEY,
        venue             TEXT NOT NULL CHECK (venue IN ('rapidx', 'connex', 'ltp', 'cadenza', 'treadfi')),
        label             TEXT NOT NULL,
        base_url          TEXT NOT NULL,
        key_hint          TEXT NOT NULL,
        enabled           INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        poll_interval_sec INTEGER NOT NULL DEFAULT 60,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
    `);
  },
};
