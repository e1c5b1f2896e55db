import type { ReadErrorKind } from '../../shared/domain/holding';
import type { Db } from './database';

export type SyncLogKind = 'ok' | 'warning' | ReadErrorKind;

export interface SyncLogEntry {
  readonly connectionId: string;
  readonly at: string;
  readonly kind: SyncLogKind;
  readonly message: string;
}

interface Row {
  connection_id: string;
  at: number;
  kind: SyncLogKind;
  message: string;
}

const KEEP_PER_CONNECTION = 500;

/** Outcome of every read, newest kept per connection; its messages are the user-facing sentences. */
export class SyncLogRepo {
  private readonly insert;
  private readonly prune;

  constructor(private readonly db: Db) {
    this.insert = db.prepare<[string, number, SyncLogKind, string]>('INSERT INTO sync_log (connection_id, at, kind, message) VALUES (?, ?, ?, ?)');
    // Walks the connection's index newest first and deletes what lies past the first 500 (usually one
    // line): every read adds a line, and gathering the 500 kept ids to compare each line against cost more.
    this.prune = db.prepare<[string]>(
      `DELETE FROM sync_log WHERE id IN
         (SELECT id FROM sync_log WHERE connection_id = ? ORDER BY at DESC, id DESC LIMIT -1 OFFSET ${KEEP_PER_CONNECTION})`,
    );
  }

  add(connectionId: string, at: Date, kind: SyncLogKind, message: string): void {
    this.db.transaction(() => {
      this.insert.run(connectionId, at.getTime(), kind, message);
      this.prune.run(connectionId);
    })();
  }

  recent(connectionId: string, limit: number): SyncLogEntry[] {
    return this.db
      .prepare<[string, number], Row>('SELECT * FROM sync_log WHERE connection_id = ? ORDER BY at DESC, id DESC LIMIT ?')
      .all(connectionId, limit)
      .map(toEntry);
  }

  /** The newest entry per connection that is not a warning: did the last read succeed? */
  lastOutcomes(): Map<string, SyncLogEntry> {
    const rows = this.db
      .prepare<[], Row>(
        `SELECT l.* FROM sync_log l JOIN
           (SELECT connection_id, MAX(id) AS id FROM sync_log WHERE kind != 'warning' GROUP BY connection_id) newest ON newest.id = l.id`,
      )
      .all();
    return new Map(rows.map((row) => [row.connection_id, toEntry(row)]));
  }
}

function toEntry(row: Row): SyncLogEntry {
  return { connectionId: row.connection_id, at: new Date(row.at).toISOString(), kind: row.kind, message: row.message };
}
