import type { Db } from './database';

function isSqliteError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_');
}

/** One set's summary as its maker wrote it: the text is the portfolio's (portfolio/set-summary-codec.ts). */
export interface StoredSetSummary {
  readonly setId: number;
  readonly content: string;
}

/**
 * Each holding set's summary, kept beside it (migration 005). Sets never change, so a summary made once
 * holds for as long as its set and the rules that made it. A cache: a summary not kept is only made again.
 */
export class SetSummariesRepo {
  private readonly select;
  private readonly insert;

  constructor(private readonly db: Db) {
    this.select = db.prepare<[string, string], { set_id: number; content: string }>(
      'SELECT set_id, content FROM holding_set_summaries WHERE rules = ? AND set_id IN (SELECT value FROM json_each(?))',
    );
    this.insert = db.prepare<[number, string, string]>(
      'INSERT INTO holding_set_summaries (set_id, rules, content) VALUES (?, ?, ?) ON CONFLICT (set_id) DO UPDATE SET rules = excluded.rules, content = excluded.content',
    );
  }

  /** The kept summaries of these sets made by these rules, by set id; a set without one is left out. */
  get(setIds: readonly number[], rules: string): Map<number, string> {
    if (setIds.length === 0) return new Map();
    return new Map(this.select.all(rules, JSON.stringify(setIds)).map((row) => [row.set_id, row.content]));
  }

  /**
   * Keeps summaries if the database can take them now: never waits for another process's write (the
   * summary is on its way to a reader), and a read-only open, a full disk or a set removed meanwhile only
   * means they are made again next time. Returns whether they were kept.
   */
  keepIfFree(summaries: readonly StoredSetSummary[], rules: string): boolean {
    if (summaries.length === 0 || this.db.readonly || !this.db.open) return false;
    const waited = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      this.db.transaction(() => {
        for (const { setId, content } of summaries) this.insert.run(setId, rules, content);
      }).immediate();
      return true;
    } catch (error) {
      if (isSqliteError(error)) return false;
      throw error;
    } finally {
      this.db.pragma(`busy_timeout = ${waited}`);
    }
  }
}
