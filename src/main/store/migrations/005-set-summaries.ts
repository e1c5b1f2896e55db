import type { Migration } from './index';

/**
 * What the portfolio's summary needs of each holding set, kept beside the set (store/set-summaries-repo.ts):
 * the first summary after a start reads these few rows instead of decoding every stored holding. `rules`
 * names the summary rules that made the row; a row made by other rules is made again. The foreign key takes
 * a row with its set, so a set id used again never finds another set's summary.
 */
export const m005SetSummaries: Migration = {
  version: 5,
  name: 'set summaries',
  up(db) {
    db.exec(`
      CREATE TABLE holding_set_summaries (
        set_id  INTEGER PRIMARY KEY REFERENCES holding_sets(id) ON DELETE CASCADE,
        rules   TEXT NOT NULL,
        content TEXT NOT NULL
      ) STRICT;
    `);
  },
};
